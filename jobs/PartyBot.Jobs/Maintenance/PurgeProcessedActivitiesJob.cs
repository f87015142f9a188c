using Microsoft.Extensions.Logging;
using PartyBot.Core.Storage;
using Quartz;

namespace PartyBot.Jobs.Maintenance;

/// <summary>Forgets inbound activity ids older than the retention period (a day by default).</summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeProcessedActivitiesJob(ProcessedActivityStore store, ILogger<PurgeProcessedActivitiesJob> logger) : IJob
{
    public const string Name = "PurgeProcessedActivities";
    public const string DefaultCron = "0 30 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var removed = await store.PurgeExpiredAsync(cancellationToken);
        LogPurged(logger, removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} processed activity ids")]
    private static partial void LogPurged(ILogger logger, int count);
}
