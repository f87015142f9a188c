using PartyBot.Core.Reports;
using Quartz;

namespace PartyBot.Jobs.Reports;

/// <summary>Writes the obligations due (<see cref="ReportObligations"/>), then climbs the ladder (<see cref="ReportChaser"/>); runs again safely.</summary>
[DisallowConcurrentExecution]
internal sealed class ReportScannerJob(ReportObligations obligations, ReportChaser chaser) : IJob
{
    public const string Name = "Reports";

    /// <summary>Every 30 minutes: the window opens at 07:30 on a run.</summary>
    public const string DefaultCron = "0 0/30 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await obligations.GenerateAsync(cancellationToken);
        await chaser.ChaseAsync(cancellationToken);
    }
}
