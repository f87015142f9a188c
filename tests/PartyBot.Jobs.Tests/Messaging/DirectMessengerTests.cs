using PartyBot.BotFramework.Schema;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Tests.Meetings;

namespace PartyBot.Jobs.Tests.Messaging;

public sealed class DirectMessengerTests
{
    [Fact]
    public async Task Send_NoPersonalConversation_CreatesOne_AndRemembersIt()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var member = NoticeRig.NewMember("M2", "Trần Thị Bình", MemberStatus.Probationary, "aad-2");

        Assert.Equal(DeliveryResult.Sent, await rig.Scoped<DirectMessenger>().SendAsync(member, Activity.CreateMessage("Chào đồng chí"), CancellationToken.None));
        Assert.Equal(DeliveryResult.Sent, await rig.Scoped<DirectMessenger>().SendAsync(member, Activity.CreateMessage("Lần hai"), CancellationToken.None));

        var create = Assert.Single(rig.Channel.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var body = create.Body!.Value;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user-2", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(NoticeRig.BotId, body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(NoticeRig.TenantId, body.GetProperty("tenantId").GetString());
        Assert.Equal(NoticeRig.TenantId, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(2, rig.Posts("a:fake-29:user-2").Count);
        Assert.Equal("a:fake-29:user-2", (await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!.PersonalConversationId);
    }

    [Fact]
    public async Task Send_MemberNeverWroteToTheBot_NoAddress()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var unknown = NoticeRig.NewMember("M9", "Vũ Văn Giang", MemberStatus.Full, "aad-unknown");
        var noAad = NoticeRig.NewMember("M4", "Phạm Thị Dung", MemberStatus.Full, null);

        Assert.Equal(DeliveryResult.NoAddress, await rig.Scoped<DirectMessenger>().SendAsync(unknown, Activity.CreateMessage("x"), CancellationToken.None));
        Assert.Equal(DeliveryResult.NoAddress, await rig.Scoped<DirectMessenger>().SendAsync(noAad, Activity.CreateMessage("x"), CancellationToken.None));
        Assert.Empty(rig.Channel.Calls);
    }

    [Theory]
    [InlineData("ConversationBlockedByUser")]
    [InlineData("BotNotInConversationRoster")]
    public async Task Send_BotBlockedOrRemoved_UnreachableWithoutRetry(string errorCode)
    {
        await using var rig = await NoticeRig.CreateAsync();
        var member = NoticeRig.NewMember("M1", "Nguyễn Văn An", MemberStatus.Full, "aad-1");
        rig.Channel.EnqueueFailure(403, errorCode: errorCode);

        Assert.Equal(DeliveryResult.Unreachable, await rig.Scoped<DirectMessenger>().SendAsync(member, Activity.CreateMessage("x"), CancellationToken.None));
        Assert.Single(rig.Channel.Calls);
    }
}
