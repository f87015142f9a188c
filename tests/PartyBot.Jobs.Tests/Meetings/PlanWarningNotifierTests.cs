using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class PlanWarningNotifierTests
{
    [Fact]
    public async Task Notify_SameWarningTwice_OneOutboxRow_SecretaryToldOnceByTheDispatcher()
    {
        await using var rig = await NoticeRig.CreateAsync();
        PlanWarning[] warnings = [new(NoticeRig.UnitId, "R-2027-01", "Ngày họp định kỳ tháng 1/2027 rơi vào ngày nghỉ.")];

        var first = await rig.Scoped<PlanWarningNotifier>().NotifyAsync(warnings, CancellationToken.None);
        Assert.Empty(rig.AllActivityPosts()); // written to the outbox, not sent inline
        await rig.DispatchAsync();
        var second = await rig.Scoped<PlanWarningNotifier>().NotifyAsync(warnings, CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal(1, first.Queued);
        Assert.Equal(1, second.AlreadyDone);
        var row = await rig.Outbox.FindAsync(PlanWarningNotifier.ClaimKey(warnings[0]), CancellationToken.None);
        Assert.Equal((PlanWarningNotifier.Kind, OutboxStatus.Sent), (row!.Message.Kind, row.Status));
        var post = Assert.Single(rig.AllActivityPosts());
        Assert.EndsWith("/a:personal-1/activities", post.Path, StringComparison.Ordinal);
        Assert.Equal(warnings[0].Text, post.Body!.Value.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PlanAndNotify_DayOffAddedUnderAPlannedMeeting_MovesItAndTellsTheSecretaryOnce()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await PlanAndNotifyAsync(rig);
        Assert.Empty(rig.AllActivityPosts());

        // Tuesday 1/12/2026, the planned date of December's meeting, becomes a day off.
        await rig.Services.GetRequiredService<WorkingCalendar>().SetOverrideAsync(
            new CalendarOverride(new DateOnly(2026, 12, 1), CalendarOverrideKind.DayOff, "Nghỉ theo quyết định của Đảng ủy"), CancellationToken.None);
        var first = await PlanAndNotifyAsync(rig);
        var second = await PlanAndNotifyAsync(rig);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero), (await rig.Meetings.GetAsync(NoticeRig.UnitId, "R-2026-12", CancellationToken.None))?.StartsAt);
        Assert.Equal((1, 0), (first.Queued, second.Queued));
        var post = Assert.Single(rig.AllActivityPosts());
        Assert.EndsWith("/a:personal-1/activities", post.Path, StringComparison.Ordinal);
        Assert.Equal(
            "Lịch nghỉ đã thay đổi: ngày 01/12/2026 nay là ngày nghỉ (Nghỉ theo quyết định của Đảng ủy), nên PartyBot dời buổi họp định kỳ tháng 12/2026 sang Thứ Tư ngày 02/12/2026.",
            post.Body!.Value.GetProperty("text").GetString());
    }

    /// <summary>What the planning job does in one run, then a round of the host's outbox dispatcher.</summary>
    private static async Task<DeliveryTally> PlanAndNotifyAsync(NoticeRig rig)
    {
        var summary = await rig.Scoped<MeetingPlanner>().PlanAsync(CancellationToken.None);
        var tally = await rig.Scoped<PlanWarningNotifier>().NotifyAsync(summary.Warnings, CancellationToken.None);
        await rig.DispatchAsync();
        return tally;
    }
}
