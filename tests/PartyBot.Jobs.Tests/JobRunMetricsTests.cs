using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace PartyBot.Jobs.Tests;

/// <summary>The meter PartyBot.Jobs counts every run of a job in the hosted Quartz, by job and outcome.</summary>
public sealed class JobRunMetricsTests
{
    [Fact]
    public async Task JobRuns_InHostedQuartz_CountedByJobAndOutcome()
    {
        var runs = new TaskCompletionSource<(string? Job, string? Outcome)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JobRunMetrics.MeterName && instrument.Name == JobRunMetrics.RunsName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? job = null, outcome = null;
            foreach (var tag in tags)
            {
                job = tag.Key == "job" ? tag.Value as string : job;
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
            }
            if (job == "PurgeProcessedActivities")
            {
                runs.TrySetResult((job, outcome));
            }
        });
        listener.Start();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        using var host = await JobsHost.BuildAsync(time, new Dictionary<string, string?> { ["Jobs:PurgeProcessedActivities:Cron"] = "* * * * * ?" });
        await host.StartAsync();

        var (_, outcome) = await runs.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("succeeded", outcome);
        await host.StopAsync();
    }
}
