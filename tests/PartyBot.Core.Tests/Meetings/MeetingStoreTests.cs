using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Meetings;

public sealed class MeetingStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset December1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_ThenGet_RoundTripsEveryField()
    {
        var harness = await MeetingHarness.CreateAsync();
        var meeting = new Meeting("CB/1", "T-2026-12", MeetingKind.Thematic, December1.ToOffset(TimeSpan.FromHours(7)), 120,
            MeetingStatus.Announced, "Hội trường A", new Uri("https://teams.example/meet/1"), "Học tập và làm theo tư tưởng Hồ Chí Minh",
            ["m1", "m2"], [new AgendaItem("Kết nạp đảng viên", 4)], null, "u9", false, "kiểm tra", "conv", "act");

        Assert.True(await harness.Meetings.AddAsync(meeting, None));
        var read = await harness.Meetings.GetAsync("CB/1", "T-2026-12", None);

        Assert.NotNull(read);
        Assert.Equal(December1, read.StartsAt);
        Assert.Equal(TimeSpan.Zero, read.StartsAt.Offset);
        Assert.Equal(meeting.Preparers, read.Preparers);
        Assert.Equal(meeting.Agenda, read.Agenda);
        Assert.Equal(meeting with { StartsAt = December1, PreparerMemberIds = read.PreparerMemberIds, ExtraAgenda = read.ExtraAgenda }, read);
    }

    [Fact]
    public async Task Add_SameIdTwice_KeepsTheFirst()
    {
        var harness = await MeetingHarness.CreateAsync();
        var meeting = Regular("CB1", December1);

        Assert.True(await harness.Meetings.AddAsync(meeting, None));
        Assert.False(await harness.Meetings.AddAsync(meeting with { Place = "khác" }, None));
        Assert.Null((await harness.Meetings.GetAsync("CB1", meeting.Id, None))?.Place);
    }

    [Fact]
    public async Task Update_ConcurrentChange_RetriesOnFreshDataAndKeepsBoth()
    {
        var harness = await MeetingHarness.CreateAsync();
        var meeting = Regular("CB1", December1);
        await harness.Meetings.AddAsync(meeting, None);
        var calls = 0;

        var updated = await harness.Meetings.UpdateAsync("CB1", meeting.Id, m =>
        {
            if (calls++ == 0)
            {
                // Another writer changes the row between our read and our write: our write gets a 412.
                harness.Meetings.UpdateAsync("CB1", meeting.Id, other => other with { Topic = "từ người khác" }, None).GetAwaiter().GetResult();
            }
            return m with { Place = "Phòng họp 2" };
        }, None);

        Assert.Equal(2, calls);
        Assert.Equal("Phòng họp 2", updated?.Place);
        var stored = await harness.Meetings.GetAsync("CB1", meeting.Id, None);
        Assert.Equal(("Phòng họp 2", "từ người khác"), (stored?.Place, stored?.Topic));
    }

    [Fact]
    public async Task Update_RowChangingOnEveryAttempt_GivesUpAfterTheBound()
    {
        var harness = await MeetingHarness.CreateAsync();
        var meeting = Regular("CB1", December1);
        await harness.Meetings.AddAsync(meeting, None);
        var calls = 0;

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => harness.Meetings.UpdateAsync("CB1", meeting.Id, m =>
        {
            calls++;
            harness.Meetings.UpdateAsync("CB1", meeting.Id, other => other with { Topic = $"lần {calls}" }, None).GetAwaiter().GetResult();
            return m with { Place = "không bao giờ" };
        }, None));

        Assert.Equal((412, MeetingStore.MaxUpdateAttempts), (error.Status, calls));
    }

    [Fact]
    public async Task Update_MissingMeeting_ReturnsNull()
    {
        var harness = await MeetingHarness.CreateAsync();

        Assert.Null(await harness.Meetings.UpdateAsync("CB1", "R-2026-12", m => m, None));
    }

    [Fact]
    public async Task ListForUnit_Window_IncludesFromExcludesTo()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.Meetings.AddAsync(Regular("CB1", December1), None);
        await harness.Meetings.AddAsync(Regular("CB1", December1.AddMonths(1)), None);
        await harness.Meetings.AddAsync(Regular("CB2", December1), None);

        var listed = await harness.Meetings.ListForUnitAsync("CB1", December1, December1.AddMonths(1), None);

        Assert.Equal(["R-2026-12"], listed.Select(m => m.Id));
    }

    [Fact]
    public async Task ListStarting_AcrossUnits_ReadsOnlyTheGivenPartitionsInOrder()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.Meetings.AddAsync(Regular("CB1", December1.AddHours(2)), None);
        await harness.Meetings.AddAsync(Regular("CB2", December1), None);
        await harness.Meetings.AddAsync(Regular("CB3", December1), None);
        await harness.Meetings.AddAsync(Regular("CB1", December1.AddDays(5)) with { Id = "T-2026-12", Kind = MeetingKind.Thematic }, None);

        var listed = await harness.Meetings.ListStartingAsync(["CB1", "CB2"], December1, December1.AddDays(1), None);

        Assert.Equal(["CB2", "CB1"], listed.Select(m => m.UnitId));
    }

    private static Meeting Regular(string unitId, DateTimeOffset startsAt)
    {
        var local = startsAt.ToOffset(TimeSpan.FromHours(7));
        return new Meeting(unitId, Meeting.RegularId(local.Year, local.Month), MeetingKind.Regular, startsAt, 90, PlannedAutomatically: true);
    }
}
