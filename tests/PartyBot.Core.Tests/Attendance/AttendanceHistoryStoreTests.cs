using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Attendance;

public sealed class AttendanceHistoryStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task List_YearInVietnamTime_IncludesItsFirstMinuteAndExcludesTheNextYearsFirst()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var from = VietnamTime.YearStart(2026);
        var entries = new[]
        {
            Entry("DV05", "R-2025-12", new DateTimeOffset(2025, 12, 31, 16, 59, 0, TimeSpan.Zero)),
            Entry("DV05", "X-first", new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero)),
            Entry("DV05", "R-2026-06", new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero)),
            Entry("DV05", "X-last", new DateTimeOffset(2026, 12, 31, 16, 59, 0, TimeSpan.Zero)),
            Entry("DV05", "R-2027-01", new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero)),
            Entry("DV06", "R-2026-06", new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero)),
        };
        await harness.History.SaveAsync(entries, None);

        var year = await harness.History.ListAsync("DV05", from, from.AddYears(1), None);

        Assert.Equal(["X-first", "R-2026-06", "X-last"], year.Select(e => e.MeetingId));
        Assert.Equal(entries[2], year[1]);
    }

    [Fact]
    public async Task Save_Again_ReplacesTheSameRows()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var entry = Entry("DV05", "R-2026-06", new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero));

        await harness.History.SaveAsync([entry], None);
        await harness.History.SaveAsync([entry with { State = AttendanceState.Excused, Reason = "Ốm" }], None);

        var saved = Assert.Single(await harness.History.ListAsync("DV05", VietnamTime.YearStart(2026), VietnamTime.YearStart(2027), None));
        Assert.Equal((AttendanceState.Excused, "Ốm"), (saved.State, saved.Reason));
    }

    [Fact]
    public async Task Save_TwoMeetingsAtTheSameTime_BothKept()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var at = new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero);

        await harness.History.SaveAsync([Entry("DV05", "R-2026-06", at), Entry("DV05", "R-2026-06", at) with { UnitId = "CB|2" }, Entry("DV05", "T-2026-06", at)], None);

        Assert.Equal(3, (await harness.History.ListAsync("DV05", VietnamTime.YearStart(2026), VietnamTime.YearStart(2027), None)).Count);
    }

    [Fact]
    public async Task Save_ManyEntries_AllWritten()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var entries = Enumerable.Range(1, 120).Select(i => Entry($"DV{i:D3}", "R-2026-06", new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero))).ToList();

        await harness.History.SaveAsync(entries, None);

        foreach (var entry in entries.Where((_, i) => i % 17 == 0))
        {
            Assert.Equal([entry], await harness.History.ListAsync(entry.MemberId, VietnamTime.YearStart(2026), VietnamTime.YearStart(2027), None));
        }
    }

    [Fact]
    public async Task List_MemberIdWithKeyCharacters_RoundTrips()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var entry = Entry("a/b#c?d%", "R/2026|06", new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero));

        await harness.History.SaveAsync([entry], None);

        Assert.Equal([entry], await harness.History.ListAsync("a/b#c?d%", VietnamTime.YearStart(2026), VietnamTime.YearStart(2027), None));
    }

    private static AttendanceHistoryEntry Entry(string memberId, string meetingId, DateTimeOffset startsAt) =>
        new(memberId, "CB1", meetingId, MeetingKind.Regular, startsAt, AttendanceState.Unexcused);
}
