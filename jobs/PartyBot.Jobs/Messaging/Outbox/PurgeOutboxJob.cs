using Microsoft.Extensions.Logging;
using PartyBot.Core.Outbox;
using Quartz;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>Deletes finished outbox rows older than <see cref="OutboxOptions.Retention"/>.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeOutboxJob(OutboxStore store, ILogger<PurgeOutboxJob> logger) : IJob
{
    public const string Name = "PurgeOutbox";
    public const string DefaultCron = "0 40 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var removed = await store.PurgeFinishedAsync(cancellationToken);
        LogPurged(logger, removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} finished outbox rows past their retention")]
    private static partial void LogPurged(ILogger logger, int count);
}
