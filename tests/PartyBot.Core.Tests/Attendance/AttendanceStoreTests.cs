using PartyBot.Core.Attendance;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Attendance;

public sealed class AttendanceStoreTests
{
    private const string Meeting = "R-2026-12";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Change_NoRow_CreatesItThenUpdatesIt()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var store = harness.Attendance;
        var now = harness.Time.GetUtcNow();

        var (created, afterCreate) = await store.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Attending, RsvpAt = now }, None);
        var (updated, afterUpdate) = await store.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { CheckedInAt = now }, None);

        Assert.Equal(new AttendanceEntry("DV03"), created);
        Assert.Equal(afterCreate, updated);
        Assert.Equal(new AttendanceEntry("DV03", RsvpAnswer.Attending, RsvpAt: now, CheckedInAt: now), afterUpdate);
        Assert.Equal(afterUpdate, await store.GetAsync(harness.UnitId, Meeting, "DV03", None));
        Assert.Equal([afterUpdate], await store.ListAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Change_EveryField_RoundTrips()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var now = harness.Time.GetUtcNow();
        var full = new AttendanceEntry("DV02", RsvpAnswer.Excused, "Đi công tác Đà Nẵng", now.AddDays(-2), now, AttendanceState.Excused, "Về sớm vì con ốm", "DV01", now.AddMinutes(5));

        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV02", "DV01", _ => full, None);

        Assert.Equal(full, await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV02", None));
    }

    [Fact]
    public async Task Change_MemberIdCannotBeChangedByTheChange()
    {
        var harness = await AttendanceHarness.CreateAsync();

        var (_, after) = await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV02", "DV02", e => e with { MemberId = "DV09", Rsvp = RsvpAnswer.Attending }, None);

        Assert.Equal("DV02", after.MemberId);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV09", None));
    }

    [Fact]
    public async Task Get_NoRow_IsNull()
    {
        var harness = await AttendanceHarness.CreateAsync();

        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV01", None));
        Assert.Empty(await harness.Attendance.ListAsync(harness.UnitId, Meeting, None));
        Assert.Empty(await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Change_SameAnswerTwice_WritesNoSecondLogLine()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var at = harness.Time.GetUtcNow();
        AttendanceEntry Attending(AttendanceEntry e) => e with { Rsvp = RsvpAnswer.Attending, RsvpAt = at };

        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", Attending, None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var (before, after) = await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", Attending, None);

        Assert.Equal(before, after);
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Change_NoChangeOnAMissingRow_WritesNothing()
    {
        var harness = await AttendanceHarness.CreateAsync();

        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV01", e => e, None);

        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV03", None));
        Assert.Empty(await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Changes_EveryChange_LoggedWithWhoWhenWhatInOrder()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var store = harness.Attendance;
        var t0 = harness.Time.GetUtcNow();

        await store.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Excused, RsvpReason = "Ốm", RsvpAt = t0 }, None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await store.ChangeAsync(harness.UnitId, Meeting, "DV04", "DV04", e => e with { Rsvp = RsvpAnswer.Attending, RsvpAt = t0 }, None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await store.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { CheckedInAt = t0.AddMinutes(2) }, None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await store.ChangeAsync(harness.UnitId, Meeting, "DV04", "DV01", e => e with { Mark = AttendanceState.Unexcused, MarkedBy = "DV01", MarkedAt = t0.AddMinutes(3) }, None);

        var changes = await store.ChangesAsync(harness.UnitId, Meeting, None);

        Assert.Equal(
        [
            new AttendanceChange("DV03", "DV03", t0, "rsvp", "None", "Excused", "Ốm"),
            new AttendanceChange("DV04", "DV04", t0.AddMinutes(1), "rsvp", "None", "Attending"),
            new AttendanceChange("DV03", "DV03", t0.AddMinutes(2), "checkin", null, t0.AddMinutes(2).ToString("O")),
            new AttendanceChange("DV04", "DV01", t0.AddMinutes(3), "mark", "Pending", "Unexcused"),
        ], changes);
    }

    [Fact]
    public async Task Changes_AreKeptPerMeeting()
    {
        var harness = await AttendanceHarness.CreateAsync();

        await harness.Attendance.ChangeAsync(harness.UnitId, "R-2026-12", "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Attending }, None);
        await harness.Attendance.ChangeAsync(harness.UnitId, "T-2026-12", "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Excused, RsvpReason = "Ốm" }, None);
        await harness.Attendance.ChangeAsync("CB-other", "R-2026-12", "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Excused, RsvpReason = "Ốm" }, None);

        Assert.Equal(RsvpAnswer.Attending, Assert.Single(await harness.Attendance.ListAsync(harness.UnitId, "R-2026-12", None)).Rsvp);
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Theory]
    [InlineData("a/b#c?d\\e")]
    [InlineData("m|x")]
    [InlineData("log|1")]
    [InlineData("29:1abc-ĐV")]
    public async Task Change_MemberIdWithKeyCharacters_StaysAMemberRow(string memberId)
    {
        var harness = await AttendanceHarness.CreateAsync();

        await harness.Attendance.ChangeAsync(harness.UnitId, "R|2026/12", memberId, memberId, e => e with { Rsvp = RsvpAnswer.Attending }, None);

        Assert.Equal(memberId, Assert.Single(await harness.Attendance.ListAsync(harness.UnitId, "R|2026/12", None)).MemberId);
        Assert.Equal(memberId, Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R|2026/12", None)).MemberId);
        Assert.NotNull(await harness.Attendance.GetAsync(harness.UnitId, "R|2026/12", memberId, None));
    }

    [Fact]
    public async Task Change_TwoHundredMembersAtOnce_TwoHundredRowsAndLogLines()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var now = harness.Time.GetUtcNow();
        var members = Enumerable.Range(1, 200).Select(i => $"DV{i:D3}").ToList();

        await Task.WhenAll(members.Select(m => harness.Attendance.ChangeAsync(harness.UnitId, Meeting, m, m, e => e with { CheckedInAt = now }, None)));

        var rows = await harness.Attendance.ListAsync(harness.UnitId, Meeting, None);
        Assert.Equal(members, rows.Select(r => r.MemberId).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(now, r.CheckedInAt));
        Assert.Equal(200, (await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None)).Count);
    }

    [Fact]
    public async Task Change_SameMemberClickingTenTimesAtOnce_OneRowOneLogLine()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var clicks = Enumerable.Range(0, 10).Select(i => harness.Time.GetUtcNow().AddSeconds(i)).ToList();

        // The check-in rule: the first time counts, a later click changes nothing.
        var results = await Task.WhenAll(clicks.Select(at =>
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e.CheckedInAt is null ? e with { CheckedInAt = at } : e, None)));

        var row = Assert.Single(await harness.Attendance.ListAsync(harness.UnitId, Meeting, None));
        Assert.Contains(row.CheckedInAt!.Value, clicks);
        Assert.All(results, r => Assert.Equal(row, r.After));
        Assert.Equal(1, results.Count(r => r.Before.CheckedInAt is null));
        var change = Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None));
        Assert.Equal(row.CheckedInAt.Value.ToString("O"), change.To);
    }

    [Fact]
    public async Task Change_RsvpCheckInAndMarkAtOnce_NoneIsLost()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var now = harness.Time.GetUtcNow();
        var members = Enumerable.Range(1, 20).Select(i => $"DV{i:D2}").ToList();

        // For each member, three writers race on the same (new) row: the member answers, the member checks in,
        // the secretary marks.
        await Task.WhenAll(members.SelectMany(m => new[]
        {
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, m, m, e => e with { Rsvp = RsvpAnswer.Attending, RsvpAt = now }, None),
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, m, m, e => e with { CheckedInAt = now }, None),
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, m, "DV01", e => e with { Mark = AttendanceState.Present, MarkedBy = "DV01", MarkedAt = now }, None),
        }));

        var rows = await harness.Attendance.ListAsync(harness.UnitId, Meeting, None);
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(new AttendanceEntry(r.MemberId, RsvpAnswer.Attending, null, now, now, AttendanceState.Present, null, "DV01", now), r));
        var changes = await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None);
        Assert.All(members, m => Assert.Equal(["checkin", "mark", "rsvp"], changes.Where(c => c.MemberId == m).Select(c => c.What).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Change_UpToMaxAttemptsDifferentWritersOnOneRowAtOnce_EachAppliedAndLoggedOnce()
    {
        // Each writer commits once, so a writer loses at most (writers - 1) times: within the bound, none fails.
        var harness = await AttendanceHarness.CreateAsync();
        var reasons = Enumerable.Range(1, ConcurrentWrites.MaxAttempts).Select(i => $"Lý do {i}").ToList();

        await Task.WhenAll(reasons.Select(reason =>
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Excused, RsvpReason = reason }, None)));

        var row = Assert.Single(await harness.Attendance.ListAsync(harness.UnitId, Meeting, None));
        var changes = await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None);
        Assert.Equal(reasons, changes.Select(c => c.Reason!).Order(StringComparer.Ordinal));
        Assert.Contains(row.RsvpReason, reasons);
    }

    [Fact]
    public async Task Change_AnotherWriterCreatesTheRowFirst_RetriedAndBothKept()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var now = harness.Time.GetUtcNow();
        var calls = 0;

        var (before, after) = await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e =>
        {
            if (calls++ == 0)
            {
                // The secretary's mark lands between our read (no row) and our add: the add gets a 409.
                harness.Time.Advance(TimeSpan.FromSeconds(1));
                harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV01", o => o with { Mark = AttendanceState.Excused, MarkReason = "Ốm", MarkedBy = "DV01" }, None).GetAwaiter().GetResult();
                harness.Time.Advance(TimeSpan.FromSeconds(1));
            }
            return e with { CheckedInAt = now };
        }, None);

        Assert.Equal(2, calls);
        Assert.Equal(AttendanceState.Excused, before.Mark);
        Assert.Equal((AttendanceState.Excused, now), (after.Mark, after.CheckedInAt));
        Assert.Equal(after, await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV03", None));
        Assert.Equal(["mark", "checkin"], (await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None)).Select(c => c.What));
    }

    [Fact]
    public async Task Change_AnotherWriterUpdatesTheRowFirst_RetriedOnFreshDataAndBothKept()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var now = harness.Time.GetUtcNow();
        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Attending, RsvpAt = now }, None);
        var calls = 0;

        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e =>
        {
            if (calls++ == 0)
            {
                harness.Time.Advance(TimeSpan.FromSeconds(1));
                harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", o => o with { Rsvp = RsvpAnswer.Excused, RsvpReason = "Ốm" }, None).GetAwaiter().GetResult();
                harness.Time.Advance(TimeSpan.FromSeconds(1));
            }
            return e with { CheckedInAt = now };
        }, None);

        Assert.Equal(2, calls);
        var row = await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV03", None);
        Assert.Equal((RsvpAnswer.Excused, "Ốm", (DateTimeOffset?)now), (row?.Rsvp, row?.RsvpReason, row?.CheckedInAt));
        // Nothing is logged for the attempt that lost: one line for the first answer, the changed answer, the check-in.
        Assert.Equal(["rsvp", "rsvp", "checkin"], (await harness.Attendance.ChangesAsync(harness.UnitId, Meeting, None)).Select(c => c.What));
    }

    [Fact]
    public async Task Change_RowChangingOnEveryAttempt_GivesUpAfterTheBound()
    {
        var harness = await AttendanceHarness.CreateAsync();
        await harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e => e with { Rsvp = RsvpAnswer.Attending }, None);
        var calls = 0;

        var error = await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV03", e =>
        {
            calls++;
            harness.Attendance.ChangeAsync(harness.UnitId, Meeting, "DV03", "DV01", o => o with { MarkReason = $"lần {calls}", Mark = AttendanceState.Excused }, None).GetAwaiter().GetResult();
            return e with { CheckedInAt = harness.Time.GetUtcNow() };
        }, None));

        Assert.Equal((412, ConcurrentWrites.MaxAttempts), (error.Status, calls));
        Assert.Null((await harness.Attendance.GetAsync(harness.UnitId, Meeting, "DV03", None))?.CheckedInAt);
    }
}
