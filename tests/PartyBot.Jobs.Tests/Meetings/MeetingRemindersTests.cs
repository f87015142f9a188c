using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class MeetingRemindersTests
{
    /// <summary>23/11/2026 14:00 Vietnam time: later on the rig's day.</summary>
    private static readonly DateTimeOffset ThisAfternoon = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDue_TwoScansInParallel_OneOutboxRowPerSummonedMember_OneReminderEachAfterDispatch()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", ThisAfternoon);

        var tallies = await Task.WhenAll(
            rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None),
            rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None));

        // M1 (personal chat) and M2 (chat to be created) get one row each; M3 is exempt; M4 has no address, which the
        // secretary (M1) is told once. Nothing is sent before the dispatcher's round.
        Assert.Equal(
            new[] { MeetingReminders.ReminderKey(meeting, "M1"), MeetingReminders.ReminderKey(meeting, "M2"), MeetingReminders.ReportKey(meeting) }
                .Order(StringComparer.Ordinal),
            await rig.DueKeysAsync());
        Assert.Equal((2, 2, 2), (tallies.Sum(t => t.Queued), tallies.Sum(t => t.AlreadyDone), tallies.Sum(t => t.NoAddress)));
        Assert.Empty(rig.AllActivityPosts());

        await rig.DispatchAsync();

        var toSecretary = rig.Posts("a:personal-1");
        Assert.Equal(3, rig.AllActivityPosts().Count);
        Assert.Equal(2, toSecretary.Count);
        Assert.Single(rig.Posts("a:fake-29:user-2"));
        Assert.Empty(rig.Posts("a:personal-3"));
        var report = Assert.Single(toSecretary, c => c.Body!.Value.TryGetProperty("text", out _));
        Assert.Contains("Phạm Thị Dung", report.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task SendDue_JobRunAgainAfterDelivery_SendsNothingMore()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("R-2026-11", ThisAfternoon);
        await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        var again = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal((0, 2), (again.Queued, again.AlreadyDone));
        Assert.Equal(3, rig.AllActivityPosts().Count);
    }

    [Fact]
    public async Task Dispatch_MemberWithoutPersonalChat_ChatCreatedAndRemembered_NextReminderGoesStraightThere()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("R-2026-11", ThisAfternoon);
        await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal("a:fake-29:user-2", (await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!.PersonalConversationId);
        rig.Time.Advance(TimeSpan.FromDays(1));
        await rig.AddMeetingAsync("R-2026-11b", ThisAfternoon.AddDays(1));
        await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Single(rig.Channel.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(2, rig.Posts("a:fake-29:user-2").Count);
    }

    [Fact]
    public async Task SendDue_CancelledOrOtherDayMeeting_EnqueuesNothing()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("off", ThisAfternoon, status: MeetingStatus.Cancelled);
        await rig.AddMeetingAsync("tomorrow", ThisAfternoon.AddDays(1));

        var tally = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal(0, tally.Queued);
        Assert.Empty(rig.AllActivityPosts());
    }

    [Fact]
    public async Task SendDue_MemberBlockedTheBot_RowUnreachable_CountedAndNotRetriedOnTheNextScan()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await AddOtherCellMeetingAsync(rig);
        rig.Channel.EnqueueFailure(403, errorCode: "ConversationBlockedByUser");

        var first = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();
        var second = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal(1, first.Queued);
        Assert.Equal((0, 1), (second.Queued, second.Unreachable));
        Assert.Equal(OutboxStatus.Unreachable, (await rig.Outbox.FindAsync(MeetingReminders.ReminderKey(meeting, "B1"), CancellationToken.None))!.Status);
        Assert.Single(rig.Posts("a:personal-b1"));
    }

    [Fact]
    public async Task SendDue_ServerErrorOnce_TheDispatcherRetries_AndOneReminderArrives()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await AddOtherCellMeetingAsync(rig);
        rig.Channel.EnqueueFailure(500);

        await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();
        rig.Time.Advance(TimeSpan.FromSeconds(10)); // past the first back-off
        await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();
        await rig.DispatchAsync();

        Assert.Equal([500, 200], rig.Posts("a:personal-b1").Select(c => c.AnsweredStatus));
    }

    /// <summary>Chi bộ CB2, no secretary, one member B1 with a personal chat, and a meeting this afternoon.</summary>
    private static async Task<Meeting> AddOtherCellMeetingAsync(NoticeRig rig)
    {
        await rig.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        await rig.Organization.SaveMemberAsync(
            new Member("B1", "Hoàng Văn Em", "CB2", MemberStatus.Full, new HashSet<UnitRole>(), "aad-b1"), null, CancellationToken.None);
        await rig.AddUserAsync("aad-b1", "29:user-b1", "a:personal-b1");
        return await rig.AddMeetingAsync("R-2026-11", ThisAfternoon, unitId: "CB2");
    }
}
