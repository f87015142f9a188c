using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Organization;

/// <summary>
/// Through the real host: a member (M02, Lê Thị Hoa) who blocked the bot is marked unreachable by the dispatcher, the
/// secretary is told and sees it in "thành viên", and the member's next message makes him or her reachable again.
/// </summary>
public sealed class UnreachableMemberTests : IAsyncLifetime
{
    private Attendance.AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await Attendance.AttendanceHost.StartAsync();
        await bot.SendAsync("trợ giúp", Member1);     // both have a personal chat with the bot
        await bot.SendAsync("trợ giúp", Secretary1);
        bot.Channel.ResetCalls();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task BlockedMember_SecretaryToldAndSeesItInTheList_UntilTheMemberWritesAgain()
    {
        bot.Channel.EnqueueFailureFor(TestActivities.PersonalConversationId(Member1), 403, errorCode: "ConversationBlockedByUser");
        Assert.Equal(SendOutcome.Queued, await EnqueueToMemberAsync("test/first"));

        await bot.Host.DispatchAsync(); // refused: M02 marked, the secretary's notice written
        await bot.Host.DispatchAsync(); // the notice delivered

        var spell = (await bot.Host.Service<ConversationStore>().FindUserAsync(Member1, CancellationToken.None))!.Unreachable;
        Assert.Equal(new Unreachability(UnreachableReason.Blocked, bot.Time.GetUtcNow()), spell);
        var notice = Assert.Single(PostsTo(Secretary1));
        Assert.Equal(ReachabilityTexts.SecretaryNotice("Lê Thị Hoa", "M02", spell!), notice.Text());
        Assert.Equal(SendOutcome.Unreachable, await EnqueueToMemberAsync("test/meanwhile")); // not hammered meanwhile

        await bot.SendAsync("thành viên", Secretary1);
        var list = PostsTo(Secretary1)[^1].CardText();
        Assert.Contains(ReachabilityTexts.MemberListLine(spell!), list, StringComparison.Ordinal);
        Assert.Contains("Không nhắn riêng được từ 09:00 30/11/2026: đã chặn ứng dụng PartyBot.", list, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromHours(2));
        await bot.SendAsync("trợ giúp", Member1);
        await bot.SendAsync("thành viên", Secretary1);

        Assert.Null((await bot.Host.Service<ConversationStore>().FindUserAsync(Member1, CancellationToken.None))!.Unreachable);
        Assert.DoesNotContain("Không nhắn riêng được", PostsTo(Secretary1)[^1].CardText(), StringComparison.Ordinal);
        Assert.Equal(SendOutcome.Queued, await EnqueueToMemberAsync("test/after"));
    }

    private IReadOnlyList<RecordedCall> PostsTo(string aad) =>
        [.. bot.Channel.Calls.Where(c => c.IsActivityPost() && c.Path.Contains(TestActivities.PersonalConversationId(aad), StringComparison.Ordinal))];

    private async Task<SendOutcome> EnqueueToMemberAsync(string key)
    {
        var member = (await bot.Host.Service<OrganizationStore>().FindMemberAsync("M02", CancellationToken.None))!;
        using var scope = bot.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MemberOutbox>().EnqueueAsync(key, "test", member, Activity.CreateMessage(key), CancellationToken.None);
    }
}
