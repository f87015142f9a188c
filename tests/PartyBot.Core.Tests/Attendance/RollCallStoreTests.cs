using Azure.Data.Tables;
using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Attendance;

public sealed class RollCallStoreTests
{
    private const string Meeting = "R-2026-12";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = AttendanceHarness.December1;

    [Fact]
    public async Task Open_Twice_ReturnsTheFirst()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var first = Open(harness, "DV01", Start.AddMinutes(-30));

        var (opened, openedNow) = await harness.RollCalls.OpenAsync(first, None);
        var (again, openedAgain) = await harness.RollCalls.OpenAsync(Open(harness, "DV02", Start), None);

        Assert.True(openedNow);
        Assert.False(openedAgain);
        Assert.Equal(first, opened);
        Assert.Equal(first, again);
        Assert.Equal(first, await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Open_ManyAtOnce_ExactlyOneOpensAndAllSeeIt()
    {
        var harness = await AttendanceHarness.CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => harness.RollCalls.OpenAsync(Open(harness, $"DV{i:D2}", Start.AddMinutes(-i)), None)));

        Assert.Single(results, r => r.Opened);
        var stored = await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None);
        Assert.All(results, r => Assert.Equal(stored, r.RollCall));
    }

    [Fact]
    public async Task Get_NoRollCall_IsNull()
    {
        var harness = await AttendanceHarness.CreateAsync();

        Assert.Null(await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Update_NoRollCall_ReturnsNullAndCreatesNothing()
    {
        var harness = await AttendanceHarness.CreateAsync();

        Assert.Null(await harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { CardActivityId = "a1" }, None));
        Assert.Null(await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Update_UnitAndMeetingCannotBeChangedByTheChange()
    {
        var harness = await AttendanceHarness.CreateAsync();
        await harness.RollCalls.OpenAsync(Open(harness, "DV01", Start), None);

        var updated = await harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { UnitId = "CB-x", MeetingId = "x", CardActivityId = "a1" }, None);

        Assert.Equal((harness.UnitId, Meeting, "a1"), (updated?.UnitId, updated?.MeetingId, updated?.CardActivityId));
        Assert.Equal(updated, await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None));
    }

    [Fact]
    public async Task Update_AnotherWriterFirst_RetriedOnFreshDataAndBothKept()
    {
        var harness = await AttendanceHarness.CreateAsync();
        await harness.RollCalls.OpenAsync(Open(harness, "DV01", Start), None);
        var calls = 0;

        var updated = await harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r =>
        {
            if (calls++ == 0)
            {
                // The card is posted between our read and our write: our write gets a 412.
                harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, o => o with { CardConversationId = "19:cb@thread.tacv2", CardActivityId = "act-1" }, None).GetAwaiter().GetResult();
            }
            return r with { Status = RollCallStatus.Closed, ClosedAt = Start.AddHours(2), ClosedBy = "DV01" };
        }, None);

        Assert.Equal(2, calls);
        var stored = await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None);
        Assert.Equal(updated, stored);
        Assert.Equal((RollCallStatus.Closed, "19:cb@thread.tacv2", "act-1"), (stored?.Status, stored?.CardConversationId, stored?.CardActivityId));
    }

    [Fact]
    public async Task Update_ManyWritersAtOnce_EveryChangeKept()
    {
        var harness = await AttendanceHarness.CreateAsync();
        await harness.RollCalls.OpenAsync(Open(harness, "DV01", Start), None);

        // Two different changes race, each several times (as from several hosts): both survive.
        var results = await Task.WhenAll(
            harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { CardActivityId = "act-1" }, None),
            harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { CardConversationId = "conv-1" }, None),
            harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { ClosedBy = "DV02" }, None));

        Assert.All(results, Assert.NotNull);
        var stored = await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None);
        Assert.Equal(("act-1", "conv-1", "DV02"), (stored?.CardActivityId, stored?.CardConversationId, stored?.ClosedBy));
    }

    [Fact]
    public async Task Update_ClosedWithTheRecordOfALargeChiBo_RoundTripsWithinOneProperty()
    {
        var harness = await AttendanceHarness.CreateAsync();
        await harness.RollCalls.OpenAsync(Open(harness, "DV001", Start), None);
        var record = LargeRecord(200);

        await harness.RollCalls.UpdateAsync(harness.UnitId, Meeting, r => r with { Status = RollCallStatus.Closed, ClosedAt = Start.AddHours(2), ClosedBy = "DV001", Record = record }, None);
        var stored = await harness.RollCalls.GetAsync(harness.UnitId, Meeting, None);

        Assert.NotNull(stored?.Record);
        Assert.Equal(record.Tally, stored.Record.Tally);
        Assert.Equal(record.Lines, stored.Record.Lines);
        Assert.Equal((RollCallStatus.Closed, Start.AddHours(2), "DV001"), (stored.Status, stored.ClosedAt, stored.ClosedBy));
        // Azure Table storage takes a string property of at most 64 KiB in UTF-16 (32 K characters) and an entity of at
        // most 1 MiB; Azurite checks neither, so the test does.
        var entity = (await harness.Tables.Store.Table(TableNames.RollCalls).GetEntityAsync<TableEntity>(TableKeys.Escape(harness.UnitId), Meeting, cancellationToken: None)).Value;
        var strings = entity.Select(p => p.Value).OfType<string>().ToList();
        Assert.All(strings, value => Assert.InRange(value.Length, 0, 32 * 1024));
        Assert.InRange(strings.Sum(v => 2L * v.Length), 1, 1024 * 1024 - 64 * 1024);
    }

    [Fact]
    public async Task Open_KeyCharactersInIds_RoundTrip()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var rollCall = Open(harness, "DV01", Start) with { UnitId = "CB/1#?", MeetingId = "R|2026\\12" };

        await harness.RollCalls.OpenAsync(rollCall, None);

        Assert.Equal(rollCall, await harness.RollCalls.GetAsync("CB/1#?", "R|2026\\12", None));
    }

    /// <summary>A closed roll call of a large chi bộ with long Vietnamese names, most absent with a reason of 100 characters.</summary>
    internal static RollCallRecord LargeRecord(int members)
    {
        // Characters outside the BMP too (a surrogate pair must survive the split into several properties).
        var reason = string.Concat(Enumerable.Repeat("ệ🙏", 20)) + " Đi công tác tại Thành phố Hồ Chí Minh theo quyết định của Giám đốc";
        var lines = Enumerable.Range(1, members).Select(i => new RollCallLine(
            $"DV{i:D3}",
            $"Nguyễn Thị Phương Thảo Nguyễn {i}",
            i % 10 == 0 ? MemberStatus.Probationary : MemberStatus.Full,
            i % 3 == 0 ? AttendanceState.Present : AttendanceState.Excused,
            i % 3 == 0 ? null : reason[..100],
            i % 3 == 0 ? Start.AddMinutes(i % 30) : null,
            i % 3 == 0 ? null : "DV001")).ToList();
        return new RollCallRecord(AttendanceTally.Of(lines), lines);
    }

    private static RollCall Open(AttendanceHarness harness, string by, DateTimeOffset at) =>
        new(harness.UnitId, Meeting, RollCallStatus.Open, at, by, Start, Start.AddMinutes(30));
}
