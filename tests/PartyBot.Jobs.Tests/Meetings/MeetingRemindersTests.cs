using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class MeetingRemindersTests
{
    /// <summary>23/11/2026 14:00 Vietnam time: later on the rig's day.</summary>
    private static readonly DateTimeOffset ThisAfternoon = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDue_TwoScansInParallel_OneReminderPerSummonedMember_NoneForTheExempt()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("R-2026-11", ThisAfternoon);

        var tallies = await Task.WhenAll(
            rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None),
            rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None));

        // M1 (personal chat) and M2 (chat created) get one each; M3 is exempt; M4 has no address, which the
        // secretary (M1) is told once.
        var toSecretary = rig.Posts("a:personal-1");
        Assert.Equal(3, rig.AllActivityPosts().Count);
        Assert.Equal(2, toSecretary.Count);
        Assert.Single(rig.Posts("a:fake-29:user-2"));
        Assert.Empty(rig.Posts("a:personal-3"));
        Assert.Equal(2, tallies.Sum(t => t.Sent));
        Assert.Equal(1, tallies.Sum(t => t.NoAddress));
        var report = Assert.Single(toSecretary, c => c.Body!.Value.TryGetProperty("text", out _));
        Assert.Contains("Phạm Thị Dung", report.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_CancelledOrOtherDayMeeting_SendsNothing()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("off", ThisAfternoon, status: MeetingStatus.Cancelled);
        await rig.AddMeetingAsync("tomorrow", ThisAfternoon.AddDays(1));

        var tally = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);

        Assert.Equal(0, tally.Sent);
        Assert.Empty(rig.AllActivityPosts());
    }

    [Fact]
    public async Task SendDue_MemberBlockedTheBot_CountedUnreachable_AndNotRetriedOnTheNextScan()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        await rig.Organization.SaveMemberAsync(
            new Member("B1", "Hoàng Văn Em", "CB2", MemberStatus.Full, new HashSet<UnitRole>(), "aad-b1"), null, CancellationToken.None);
        await rig.AddUserAsync("aad-b1", "29:user-b1", "a:personal-b1");
        await rig.AddMeetingAsync("R-2026-11", ThisAfternoon, unitId: "CB2");
        rig.Channel.EnqueueFailure(403, errorCode: "ConversationBlockedByUser");

        var first = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        var second = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Unreachable);
        Assert.Equal(0, first.Sent);
        Assert.Equal(0, second.Sent + second.Unreachable + second.Failed);
        Assert.Equal(1, second.AlreadyDone);
        Assert.Single(rig.Posts("a:personal-b1"));
    }

    [Fact]
    public async Task SendDue_ServerErrorOnce_GivesTheClaimBack_AndTheNextScanSends()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        await rig.Organization.SaveMemberAsync(
            new Member("B1", "Hoàng Văn Em", "CB2", MemberStatus.Full, new HashSet<UnitRole>(), "aad-b1"), null, CancellationToken.None);
        await rig.AddUserAsync("aad-b1", "29:user-b1", "a:personal-b1");
        await rig.AddMeetingAsync("R-2026-11", ThisAfternoon, unitId: "CB2");
        rig.Channel.EnqueueFailure(400, errorCode: "BadArgument");

        var first = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);
        var second = await rig.Scoped<MeetingReminders>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Failed);
        Assert.Equal(1, second.Sent);
    }
}
