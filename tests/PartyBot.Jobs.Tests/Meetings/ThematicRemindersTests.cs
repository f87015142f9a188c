using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class ThematicRemindersTests
{
    [Fact]
    public async Task SendDue_NoThematicSessionPastMidQuarter_SecretaryToldOnce()
    {
        await using var rig = await NoticeRig.CreateAsync();

        var first = await rig.Scoped<ThematicReminders>().SendDueAsync(CancellationToken.None);
        var second = await rig.Scoped<ThematicReminders>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        var post = Assert.Single(rig.AllActivityPosts());
        Assert.EndsWith("/a:personal-1/activities", post.Path, StringComparison.Ordinal);
        Assert.Contains("sinh hoạt chuyên đề", post.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
