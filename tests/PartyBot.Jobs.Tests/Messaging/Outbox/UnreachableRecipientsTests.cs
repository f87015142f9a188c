using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Conversations;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Jobs.Tests.Meetings;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

/// <summary>
/// A 1:1 the connector refuses (403 blocked / not in roster, 404): the member is marked unreachable, the secretary (M1,
/// personal chat "a:personal-1") is told once per spell, no new 1:1 is written until the member writes again.
/// The blocked member is M2 ("Trần Thị Bình"), here with a personal chat "a:personal-2".
/// </summary>
public sealed class UnreachableRecipientsTests
{
    private const string Personal2 = "a:personal-2";

    [Fact]
    public async Task Blocked_TwoUnreachableRowsOnTwoDispatchers_MemberMarked_SecretaryToldExactlyOnce()
    {
        await using var rig = await CreateAsync();
        var blockedAt = rig.Time.GetUtcNow();
        rig.Channel.EnqueueFailureFor(Personal2, 403, errorCode: "ConversationBlockedByUser");
        rig.Channel.EnqueueFailureFor(Personal2, 403, errorCode: "ConversationBlockedByUser");
        // Two 1:1s written before the first was refused: one due now, one a minute later.
        Assert.Equal(SendOutcome.Queued, await EnqueueToM2Async(rig, "test/now"));
        await rig.Outbox.EnqueueAsync(new OutboxMessage("test/later", "test", await TargetOfM2Async(rig), Json("later"), blockedAt.AddMinutes(1)), CancellationToken.None);
        var other = rig.AnotherHost().GetRequiredService<OutboxDispatcher>();

        await rig.DispatchAsync();                                   // host 1: "test/now" refused, M2 marked, the notice written
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await other.DispatchOnceAsync(CancellationToken.None);       // host 2: "test/later" refused too; the notice delivered
        await rig.DispatchAsync();
        await other.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxStatus.Unreachable, (await rig.Outbox.FindAsync("test/now", CancellationToken.None))!.Status);
        Assert.Equal(OutboxStatus.Unreachable, (await rig.Outbox.FindAsync("test/later", CancellationToken.None))!.Status);
        var spell = (await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!.Unreachable;
        Assert.Equal(new Unreachability(UnreachableReason.Blocked, blockedAt), spell);
        var notice = Assert.Single(rig.Posts("a:personal-1"));
        Assert.Equal(ReachabilityTexts.SecretaryNotice("Trần Thị Bình", "M2", spell!), notice.Body!.Value.GetProperty("text").GetString());
        Assert.Contains("Lý do: đã chặn ứng dụng PartyBot.", notice.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, rig.Posts(Personal2).Count);
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task Observer_ToldAtOnceOnTwoHostsOfRowsFinishedAtDifferentTimes_OneSpell_OneNotice()
    {
        await using var rig = await CreateAsync();
        var target = await TargetOfM2Async(rig);
        var now = rig.Time.GetUtcNow();
        OutboxEntry Refused(string key, DateTimeOffset at) => new(
            new OutboxMessage(key, "test", target, Json(key), now), OutboxStatus.Unreachable, at, 1, 0, "403 BotNotInConversationRoster", null, null, now, at, default);
        IOutboxObserver ObserverOf(IServiceProvider host) => host.CreateScope().ServiceProvider.GetServices<IOutboxObserver>().OfType<UnreachableRecipients>().Single();
        var (first, second) = (ObserverOf(rig.Services), ObserverOf(rig.AnotherHost()));

        await Task.WhenAll(
            first.OnFinishedAsync(Refused("test/a", now), DeliveryOutcome.Unreachable, CancellationToken.None),
            second.OnFinishedAsync(Refused("test/b", now.AddSeconds(1)), DeliveryOutcome.Unreachable, CancellationToken.None),
            first.OnFinishedAsync(Refused("test/a", now), DeliveryOutcome.Unreachable, CancellationToken.None));
        await rig.DispatchAsync();

        var spell = (await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!.Unreachable!;
        Assert.Equal(UnreachableReason.NotInRoster, spell.Reason);
        var notice = Assert.Single(rig.Posts("a:personal-1"));
        Assert.Contains(ReachabilityTexts.Reason(UnreachableReason.NotInRoster), notice.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkedUnreachable_NewOneToOnesSkipped_UntilTheMemberWritesAgain_ThenANewSpellIsToldAgain()
    {
        await using var rig = await CreateAsync();
        rig.Channel.EnqueueFailureFor(Personal2, 404);
        await EnqueueToM2Async(rig, "test/first");
        await rig.DispatchAsync();
        await rig.DispatchAsync();

        var skipped = await EnqueueToM2Async(rig, "test/while-unreachable");
        Assert.Equal(SendOutcome.Unreachable, skipped);
        Assert.Null(await rig.Outbox.FindAsync("test/while-unreachable", CancellationToken.None));

        // M2 writes to the bot (the turn records the address): reachable again, 1:1s go out.
        rig.Time.Advance(TimeSpan.FromHours(1));
        await rig.AddUserAsync("aad-2", "29:user-2", Personal2);
        Assert.Null((await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!.Unreachable);
        Assert.Equal(SendOutcome.Queued, await EnqueueToM2Async(rig, "test/after"));
        rig.Channel.EnqueueFailureFor(Personal2, 403, errorCode: "ConversationBlockedByUser");
        await rig.DispatchAsync();
        await rig.DispatchAsync();

        // Two spells, two notices: the first said the chat was gone, the second that the bot was blocked.
        var notices = rig.Posts("a:personal-1").Select(c => c.Body!.Value.GetProperty("text").GetString()!).ToList();
        Assert.Equal(2, notices.Count);
        Assert.Contains(ReachabilityTexts.Reason(UnreachableReason.ConversationGone), notices[0], StringComparison.Ordinal);
        Assert.Contains(ReachabilityTexts.Reason(UnreachableReason.Blocked), notices[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretaryUnreachable_TheDeputyIsTold()
    {
        await using var rig = await CreateAsync();
        await rig.Organization.SaveMemberAsync(
            NoticeRig.NewMember("M5", "Đỗ Thị Giang", Core.Organization.MemberStatus.Full, "aad-5", null, Core.Organization.UnitRole.DeputySecretary), null, CancellationToken.None);
        await rig.AddUserAsync("aad-5", "29:user-5", "a:personal-5");
        rig.Channel.EnqueueFailureFor("a:personal-1", 403, errorCode: "ConversationBlockedByUser");
        var secretary = (await rig.Organization.FindMemberAsync("M1", CancellationToken.None))!;
        await rig.Scoped<MemberOutbox>().EnqueueAsync("test/to-secretary", "test", secretary, Activity.CreateMessage("x"), CancellationToken.None);

        await rig.DispatchAsync();
        await rig.DispatchAsync();

        var notice = Assert.Single(rig.Posts("a:personal-5"));
        Assert.Contains("Nguyễn Văn An (mã M1)", notice.Body!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("403 ConversationBlockedByUser", UnreachableReason.Blocked)]
    [InlineData("403 BotNotInConversationRoster", UnreachableReason.NotInRoster)]
    [InlineData("404 NotFound", UnreachableReason.ConversationGone)]
    [InlineData("404", UnreachableReason.ConversationGone)]
    public void ReasonOf_TheStoredAnswer_GivesTheReason(string answer, UnreachableReason expected) =>
        Assert.Equal(expected, UnreachableRecipients.ReasonOf(answer));

    private static async Task<NoticeRig> CreateAsync()
    {
        var rig = await NoticeRig.CreateAsync();
        await rig.AddUserAsync("aad-2", "29:user-2", Personal2);
        return rig;
    }

    private static async Task<SendOutcome> EnqueueToM2Async(NoticeRig rig, string key)
    {
        var member = (await rig.Organization.FindMemberAsync("M2", CancellationToken.None))!;
        return await rig.Scoped<MemberOutbox>().EnqueueAsync(key, "test", member, Activity.CreateMessage(key), CancellationToken.None);
    }

    private static async Task<OutboxTarget> TargetOfM2Async(NoticeRig rig) =>
        MemberOutbox.TargetOf((await rig.Conversations.FindUserAsync("aad-2", CancellationToken.None))!);

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(Activity.CreateMessage(text), BotJson.Options);
}
