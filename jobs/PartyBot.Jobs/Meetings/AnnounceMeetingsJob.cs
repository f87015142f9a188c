using Microsoft.Extensions.Logging;
using Quartz;

namespace PartyBot.Jobs.Meetings;

/// <summary>Queues the agenda card of every meeting due for its notice (<see cref="MeetingPublisher.AnnounceDueAsync"/>); a missed run catches up.</summary>
[DisallowConcurrentExecution]
internal sealed partial class AnnounceMeetingsJob(MeetingPublisher publisher, ILogger<AnnounceMeetingsJob> logger) : IJob
{
    public const string Name = "AnnounceMeetings";

    /// <summary>Every 15 minutes.</summary>
    public const string DefaultCron = "0 0/15 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var queued = await publisher.AnnounceDueAsync(cancellationToken);
        LogRun(logger, queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting notices: {Queued} agenda cards queued")]
    private static partial void LogRun(ILogger logger, int queued);
}
