using Azure.Data.Tables;
using PartyBot.Core.Meetings;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Meetings;

/// <summary>The MeetingDays index behind <see cref="MeetingStore.ListDueAsync"/>: found from its day, moved, built for old tables.</summary>
public sealed class MeetingDayIndexTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset December1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset December8 = December1.AddDays(7);

    [Fact]
    public async Task ListDue_MeetingMovedToAnotherDay_FoundOnTheNewDayOnly()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.Meetings.AddAsync(Meeting("CB1", "a", December1), None);
        await harness.Meetings.AddAsync(Meeting("CB2", "b", December1), None);

        await harness.Meetings.UpdateAsync("CB1", "a", m => m with { StartsAt = December8 }, None);

        Assert.Equal(["CB2/b"], Ids(await harness.Meetings.ListDueAsync(December1.AddHours(-1), December1.AddHours(23), None)));
        Assert.Equal(["CB1/a"], Ids(await harness.Meetings.ListDueAsync(December8.AddHours(-1), December8.AddHours(23), None)));
    }

    [Fact]
    public async Task ListDue_TablesFromBeforeTheIndex_BuildsItOnceThenFindsByDay()
    {
        var harness = await MeetingHarness.CreateAsync();
        // Written as a host before the index wrote it: the meeting row alone, no MeetingDays row and no marker.
        await harness.Tables.Store.Table(TableNames.Meetings).AddEntityAsync(MeetingEntities.ToEntity(Meeting("CB1", "old", December1)), None);

        var found = await new MeetingStore(harness.Tables.Store).ListDueAsync(December1.AddHours(-1), December1.AddHours(1), None);

        Assert.Equal(["CB1/old"], Ids(found));
        var rows = await harness.Tables.Store.Table(TableNames.MeetingDays).QueryAsync<TableEntity>(cancellationToken: None).ToListAsync(None);
        Assert.Equal(["d20261201", "marker"], rows.Select(r => r.PartitionKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListDue_IndexRowWithoutItsMeeting_CrashBetweenTheTwoWrites_IsIgnored()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.Meetings.AddAsync(Meeting("CB1", "a", December1), None);
        await harness.Tables.Store.Table(TableNames.MeetingDays).UpsertEntityAsync(
            new TableEntity("d20261201", "CB2|lost") { ["UnitId"] = "CB2", ["MeetingId"] = "lost" }, TableUpdateMode.Replace, None);

        Assert.Equal(["CB1/a"], Ids(await harness.Meetings.ListDueAsync(December1.AddHours(-1), December1.AddHours(1), None)));
    }

    private static Meeting Meeting(string unitId, string id, DateTimeOffset startsAt) => new(unitId, id, MeetingKind.Regular, startsAt, 90);

    private static string[] Ids(IEnumerable<Meeting> meetings) => [.. meetings.Select(m => $"{m.UnitId}/{m.Id}")];
}
