using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class ThematicRemindersTests
{
    [Fact]
    public async Task SendDue_NoThematicSessionPastMidQuarter_RunTwice_OneOutboxRow_SecretaryToldOnce()
    {
        await using var rig = await NoticeRig.CreateAsync();

        var first = await rig.Scoped<ThematicReminders>().SendDueAsync(CancellationToken.None);
        var second = await rig.Scoped<ThematicReminders>().SendDueAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first.Queued, second.Queued));
        Assert.Equal(1, second.AlreadyDone);
        Assert.Equal([$"thematic-secretary/{NoticeRig.UnitId}/2026Q4"], await rig.DueKeysAsync());
        Assert.Empty(rig.AllActivityPosts());

        await rig.DispatchAsync();
        await rig.Scoped<ThematicReminders>().SendDueAsync(CancellationToken.None);
        await rig.DispatchAsync();

        var post = Assert.Single(rig.AllActivityPosts());
        Assert.EndsWith("/a:personal-1/activities", post.Path, StringComparison.Ordinal);
        Assert.Contains("sinh hoạt chuyên đề", post.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
