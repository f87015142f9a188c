using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Quartz;

namespace PartyBot.Jobs;

/// <summary>
/// Meter <c>PartyBot.Jobs</c>: counter <c>partybot.jobs.runs</c> tagged <c>job</c> and <c>outcome</c> (succeeded,
/// failed), and histogram <c>partybot.jobs.duration</c> in seconds, for every Quartz job of the host; and each run's end
/// in the log at Debug (Quartz logs only the start), which tests turn on to know when a host's jobs have run.
/// </summary>
public sealed partial class JobRunMetrics : IJobListener
{
    public const string MeterName = "PartyBot.Jobs";
    public const string RunsName = "partybot.jobs.runs";

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private readonly ILogger<JobRunMetrics> _logger;

    public JobRunMetrics(IMeterFactory meters, ILogger<JobRunMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logger = logger;
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>(RunsName, description: "Job runs by job and outcome");
        _duration = meter.CreateHistogram<double>("partybot.jobs.duration", unit: "s", description: "How long a job run took");
    }

    public string Name => nameof(JobRunMetrics);

    ValueTask IJobListener.JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IJobListener.JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = new KeyValuePair<string, object?>("job", context.JobDetail.Key.Name);
        _runs.Add(1, job, new KeyValuePair<string, object?>("outcome", jobException is null ? "succeeded" : "failed"));
        _duration.Record(context.JobRunTime.TotalSeconds, job);
        LogRan(_logger, context.JobDetail.Key.Name, jobException is null ? "succeeded" : "failed", context.JobRunTime.TotalSeconds);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} ran: {Outcome} in {Seconds:0.000} s")]
    private static partial void LogRan(ILogger logger, string job, string outcome, double seconds);
}
