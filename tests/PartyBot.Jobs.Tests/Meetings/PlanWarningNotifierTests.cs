using PartyBot.Core.Meetings;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class PlanWarningNotifierTests
{
    [Fact]
    public async Task Notify_SameWarningTwice_SecretaryToldOnce()
    {
        await using var rig = await NoticeRig.CreateAsync();
        PlanWarning[] warnings = [new(NoticeRig.UnitId, "R-2027-01", "Ngày họp định kỳ tháng 1/2027 rơi vào ngày nghỉ.")];

        var first = await rig.Scoped<PlanWarningNotifier>().NotifyAsync(warnings, CancellationToken.None);
        var second = await rig.Scoped<PlanWarningNotifier>().NotifyAsync(warnings, CancellationToken.None);

        Assert.Equal(1, first.Sent);
        Assert.Equal(1, second.AlreadyDone);
        var post = Assert.Single(rig.AllActivityPosts());
        Assert.EndsWith("/a:personal-1/activities", post.Path, StringComparison.Ordinal);
        Assert.Equal(warnings[0].Text, post.Body!.Value.GetProperty("text").GetString());
    }
}
