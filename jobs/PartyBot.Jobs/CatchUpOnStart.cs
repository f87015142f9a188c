using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace PartyBot.Jobs;

/// <summary>
/// Runs the scanner jobs named in Jobs:RunOnStart (comma-separated) once when the host starts, so a fresh
/// deployment (or a newcomer's first local run) sees next months' meetings planned without waiting for 06:00.
/// The jobs are idempotent scanners, so an extra run is harmless.
/// </summary>
internal sealed partial class CatchUpOnStart(ISchedulerFactory schedulers, IConfiguration configuration, ILogger<CatchUpOnStart> logger) : IHostedService
{
    public const string DefaultJobs = "PlanMeetings,AnnounceMeetings";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var name in (configuration["Jobs:RunOnStart"] ?? DefaultJobs).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await scheduler.TriggerJob(new JobKey(name), null!, cancellationToken);
            LogTriggered(logger, name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} triggered at start")]
    private static partial void LogTriggered(ILogger logger, string job);
}
