using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Bot.Tests.Organization;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Turns;

/// <summary>
/// A read-only turn in steady state costs no storage call (README, "Performance"): the references are written only when
/// they change, the member and the tree come from memory, a redelivery is dropped from memory, and a user who is no
/// member is not looked up at the connector on every message. Counted at the TableServiceClient, against Azurite.
/// </summary>
public sealed class CheapTurnTests
{
    // Lifetimes longer than any test, so that what is counted does not depend on how fast the machine is.
    private static readonly Dictionary<string, string?> LongLifetimes = new()
    {
        ["Cache:TreeLifetime"] = "00:10:00",
        ["Cache:MemberLifetime"] = "00:10:00",
        ["Cache:UnknownUserLifetime"] = "00:10:00",
        ["Cache:ImportCheckInterval"] = "00:10:00",
    };

    [Fact]
    public async Task HelpTurn_KnownMemberInSteadyState_MakesNoStorageCall()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;
        await TestOrganization.SeedAsync(host);
        await host.PostAsync(Help(TestOrganization.Member1, channel)); // the first turn writes the references
        counter.Reset();

        await host.PostAsync(Help(TestOrganization.Member1, channel));
        await host.PostAsync(Help(TestOrganization.Member1, channel));

        Assert.Empty(counter.Calls);
        Assert.Equal(3, channel.Calls.Count(c => c.IsActivityPost()));
    }

    [Fact]
    public async Task HelpTurn_UnknownUserAgain_NoConnectorLookupAndNoStorageCall()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;
        await host.PostAsync(Help("aad-stranger", channel));
        counter.Reset();

        await host.PostAsync(Help("aad-stranger", channel));

        Assert.Empty(counter.Calls);
        Assert.Single(channel.Calls, c => c.Method == "GET" && c.Path.Contains("/members/", StringComparison.Ordinal));
        Assert.Equal(2, channel.Calls.Count(c => c.IsActivityPost()));
    }

    [Fact]
    public async Task HelpTurn_Redelivered_AnsweredOnceWithoutAClaimRow()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;
        var message = Help("aad-member-9", channel);

        await host.PostAsync(message);
        await host.PostAsync(message);

        Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.DoesNotContain(counter.Calls, c => c.Contains(TableNames.ProcessedActivities, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StateChangingCommand_StillClaimsTheActivityInStorage()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;

        await host.PostAsync(TestActivities.Message("liên kết chi bộ CB1", "aad-member-9", ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Contains(counter.Writes, c => c.Contains(TableNames.ProcessedActivities, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MemberMarkedUnreachable_NextHelpTurnWritesTheAddressAndEndsTheSpell()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;
        await TestOrganization.SeedAsync(host);
        await host.PostAsync(Help(TestOrganization.Member1, channel));
        var conversations = host.Service<ConversationStore>();
        await conversations.MarkUnreachableAsync(TestOrganization.Member1, UnreachableReason.Blocked, DateTimeOffset.UtcNow, CancellationToken.None);
        counter.Reset();

        await host.PostAsync(Help(TestOrganization.Member1, channel));

        Assert.Single(counter.Writes);
        Assert.Null((await conversations.FindUserAsync(TestOrganization.Member1, CancellationToken.None))!.Unreachable);
    }

    [Fact]
    public async Task GroupChatTurnAfterPersonal_SameUser_WritesNothingNew()
    {
        await using var channel = await FakeChannel.StartAsync();
        var (host, counter) = await StartCountingAsync(channel);
        await using var _ = host;
        await TestOrganization.SeedAsync(host);
        await host.PostAsync(Help(TestOrganization.Member1, channel));
        await host.PostAsync(TestActivities.Message("trợ giúp", TestOrganization.Member1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));
        counter.Reset();

        await host.PostAsync(TestActivities.Message("trợ giúp", TestOrganization.Member1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));
        await host.PostAsync(Help(TestOrganization.Member1, channel));

        Assert.Empty(counter.Writes);
        var user = await host.Service<ConversationStore>().FindUserAsync(TestOrganization.Member1, CancellationToken.None);
        Assert.Equal(TestActivities.PersonalConversationId(TestOrganization.Member1), user!.PersonalConversationId);
    }

    private static Activity Help(string aadObjectId, FakeChannel channel) =>
        TestActivities.Message("trợ giúp", aadObjectId, ConversationTypes.Personal, channel.ServiceUrl);

    private static async Task<(BotHost Host, StorageCallCounter Counter)> StartCountingAsync(FakeChannel channel)
    {
        var counter = new StorageCallCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync(), options);
        var host = await BotHost.StartAsync(channel, settings: LongLifetimes, services: s => s.AddSingleton(service));
        return (host, counter);
    }
}
