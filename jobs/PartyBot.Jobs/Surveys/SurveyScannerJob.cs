using Quartz;

namespace PartyBot.Jobs.Surveys;

/// <summary>The survey scanner (<see cref="SurveyScanner"/>); runs again safely, nothing is sent twice.</summary>
[DisallowConcurrentExecution]
internal sealed class SurveyScannerJob(SurveyScanner scanner) : IJob
{
    public const string Name = "Surveys";

    /// <summary>Every 30 minutes.</summary>
    public const string DefaultCron = "0 0/30 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken);
}
