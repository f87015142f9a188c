using PartyBot.Core.Meetings;
using PartyBot.Core.Reports;

namespace PartyBot.Core.Tests.Reports;

/// <summary>Obligations from the catalogue: each once (two runs, two hosts), only when due soon, none for a cancelled meeting.</summary>
public sealed class ReportObligationsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static Meeting Meeting(string unit, string id, DateTimeOffset start, MeetingStatus status = MeetingStatus.Announced) =>
        new(unit, id, MeetingKind.Regular, start, 120, status);

    [Fact]
    public async Task Generate_TwiceOnTwoHosts_EachObligationOnce()
    {
        var harness = await ReportHarness.CreateAsync(ReportHarness.At(2026, 12, 2));
        await harness.Meetings.AddAsync(Meeting("CB1", "R-2026-12", ReportHarness.At(2026, 12, 1)), None);

        var scans = await Task.WhenAll(harness.Obligations.GenerateAsync(None), harness.Another().Obligations.GenerateAsync(None));
        var again = await harness.Obligations.GenerateAsync(None);

        // Per chi bộ: the Q4 and the yearly report (due 16/12, within 30 days); CB1 also its meeting's minutes.
        Assert.Equal(5, scans.Sum(s => s.Added));
        Assert.Equal(0, again.Added);
        Assert.Equal(
            ["bien-ban:R-2026-12 2026-12-03", "nam:2026 2026-12-16", "quy:2026-Q4 2026-12-16"],
            (await harness.Reports.ListAsync("CB1", null, null, None)).Select(r => $"{r.Id} {r.DueOn:yyyy-MM-dd}").Order(StringComparer.Ordinal));
        Assert.Empty(await harness.Reports.ListAsync("DU", null, null, None)); // the default catalogue asks chi bộ only
    }

    [Fact]
    public async Task Generate_FarFromTheDueDay_WritesNothingYet_ThirtyDaysBefore_Writes()
    {
        var harness = await ReportHarness.CreateAsync(ReportHarness.At(2026, 11, 1), new ReportOptions { LookBackDays = 30 });

        Assert.Equal(0, (await harness.Obligations.GenerateAsync(None)).Added); // Q3's was due 16/9, Q4's on 16/12

        harness.Tables.Time.SetUtcNow(ReportHarness.At(2026, 11, 16));
        Assert.Equal(4, (await harness.Obligations.GenerateAsync(None)).Added); // the Q4 and the yearly report of both chi bộ
    }

    [Fact]
    public async Task Generate_CancelledMeeting_OwesNoMinutes_CancelledLater_Withdrawn()
    {
        var harness = await ReportHarness.CreateAsync(ReportHarness.At(2026, 12, 2));
        await harness.Meetings.AddAsync(Meeting("CB1", "R-2026-12", ReportHarness.At(2026, 12, 1), MeetingStatus.Cancelled), None);
        await harness.Meetings.AddAsync(Meeting("CB2", "R-2026-12", ReportHarness.At(2026, 12, 1)), None);

        await harness.Obligations.GenerateAsync(None);
        Assert.Null(await harness.Reports.GetAsync("CB1", "bien-ban:R-2026-12", None));
        Assert.Equal(ReportStatus.Owed, (await harness.Reports.GetAsync("CB2", "bien-ban:R-2026-12", None))!.Status);

        await harness.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { Status = MeetingStatus.Cancelled }, None);
        var scan = await harness.Obligations.GenerateAsync(None);

        Assert.Equal(1, scan.Withdrawn);
        Assert.Equal(ReportStatus.Withdrawn, (await harness.Reports.GetAsync("CB2", "bien-ban:R-2026-12", None))!.Status);
        Assert.Equal(0, (await harness.Obligations.GenerateAsync(None)).Withdrawn);
    }

    [Fact]
    public async Task Generate_MeetingNotEndedYet_OwesNothingYet()
    {
        var harness = await ReportHarness.CreateAsync(ReportHarness.At(2026, 12, 1, 9));
        await harness.Meetings.AddAsync(Meeting("CB1", "R-2026-12", ReportHarness.At(2026, 12, 1, 8)), None);

        await harness.Obligations.GenerateAsync(None);

        Assert.Null(await harness.Reports.GetAsync("CB1", "bien-ban:R-2026-12", None));
    }
}
