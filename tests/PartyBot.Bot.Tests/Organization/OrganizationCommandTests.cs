using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Organization;

public sealed class OrganizationCommandTests : IAsyncLifetime
{
    private FakeChannel channel = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        host = await BotHost.StartAsync(channel);
        await SeedAsync(host);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Theory]
    [InlineData("tôi là ai")]
    [InlineData("toi la ai")]
    [InlineData("Hồ sơ")]
    public async Task Profile_KnownByEntraId_ShowsUnitStatusAndRoles(string text)
    {
        var card = await SendAndGetCardAsync(text, Secretary1);

        Assert.Contains("Nguyễn Văn An", card, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở", card, StringComparison.Ordinal);
        Assert.Contains("Chính thức", card, StringComparison.Ordinal);
        Assert.Contains("Bí thư", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_UnknownEntraIdButEmailInRoster_LinksMemberAndRemembersIt()
    {
        const string newAad = "aad-binh-first-time";
        channel.AddMember(new ChannelAccount { Id = TestActivities.UserId(newAad), Name = "Trần Thị Bình", ObjectId = newAad, Email = EmailOnlyMember });

        var card = await SendAndGetCardAsync("tôi là ai", newAad);

        Assert.Contains("Trần Thị Bình", card, StringComparison.Ordinal);
        Assert.Contains("Dự bị", card, StringComparison.Ordinal);
        var linked = await host.Service<OrganizationStore>().FindByAadObjectIdAsync(newAad, CancellationToken.None);
        Assert.Equal("M03", linked?.Id);

        channel.ResetCalls();
        await host.PostAsync(TestActivities.Message("hồ sơ", newAad, ConversationTypes.Personal, channel.ServiceUrl));
        Assert.DoesNotContain(channel.Calls, c => c.Method == "GET");
    }

    [Fact]
    public async Task Profile_NotAMember_GetsPoliteAnswerButHelpStillWorks()
    {
        await host.PostAsync(TestActivities.Message("tôi là ai", "aad-stranger", ConversationTypes.Personal, channel.ServiceUrl));
        Assert.Equal(OrganizationTexts.NotAMember, Assert.Single(channel.Calls, c => c.IsActivityPost()).Text());

        await host.PostAsync(TestActivities.Message("trợ giúp", "aad-stranger", ConversationTypes.Personal, channel.ServiceUrl));
        Assert.NotNull(channel.Calls.Last(c => c.IsActivityPost()).CardJson());
    }

    [Theory]
    [InlineData(Secretary1, ConversationTypes.GroupChat)]
    [InlineData(Secretary1, ConversationTypes.Channel)]
    [InlineData(Administrator, ConversationTypes.GroupChat)]
    public async Task LinkCell_BySecretaryOrAdministrator_LinksConversationAndConfirmsWithCard(string caller, string conversationType)
    {
        var card = await SendAndGetCardAsync("liên kết chi bộ CB1", caller, conversationType);

        Assert.Contains("Chi bộ Văn phòng Sở", card, StringComparison.Ordinal);
        var expected = conversationType == ConversationTypes.Channel ? TestActivities.ChannelId : TestActivities.GroupChatId;
        Assert.Equal(expected, (await Unit("CB1")).ConversationId);
    }

    [Theory]
    [InlineData(Member1, "liên kết chi bộ CB1", "Chỉ bí thư")]
    [InlineData(Follower, "liên kết chi bộ CB1", "Chỉ bí thư")]
    [InlineData(Secretary2, "liên kết chi bộ CB1", "Chỉ bí thư")]
    [InlineData(Secretary1, "liên kết chi bộ CB9", "Không có đơn vị")]
    [InlineData(Secretary1, "liên kết chi bộ DBCS-SXD", "không phải là chi bộ")]
    [InlineData(Secretary1, "liên kết chi bộ", "Cú pháp")]
    public async Task LinkCell_Refused_AnswersWhyAndChangesNothing(string caller, string text, string expected)
    {
        var answer = await SendAndGetTextAsync(text, caller, ConversationTypes.GroupChat);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Null((await Unit("CB1")).ConversationId);
    }

    [Fact]
    public async Task LinkCell_InPersonalChat_IsRefused()
    {
        var answer = await SendAndGetTextAsync("liên kết chi bộ CB1", Secretary1, ConversationTypes.Personal);

        Assert.Equal(OrganizationTexts.LinkOnlyInGroup, answer);
        Assert.Null((await Unit("CB1")).ConversationId);
    }

    [Fact]
    public async Task LinkCell_ConversationAlreadyLinkedToOtherCell_IsRefused()
    {
        await SendAndGetCardAsync("liên kết chi bộ CB1", Secretary1, ConversationTypes.GroupChat);

        var answer = await SendAndGetTextAsync("liên kết chi bộ CB2", Secretary2, ConversationTypes.GroupChat);

        Assert.Contains("Chi bộ Văn phòng Sở", answer, StringComparison.Ordinal);
        Assert.Null((await Unit("CB2")).ConversationId);
    }

    [Fact]
    public async Task Members_BySecretary_ListsOwnCellWithStatuses()
    {
        var card = await SendAndGetCardAsync("thành viên", Secretary1);

        Assert.Contains("Lê Thị Hoa", card, StringComparison.Ordinal);
        Assert.Contains("M02", card, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bình", card, StringComparison.Ordinal);
        Assert.Contains("Miễn sinh hoạt", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Minh Đức", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_ByAdministrator_ShowsTreeWithEveryUnit()
    {
        var card = await SendAndGetCardAsync("thành viên", Administrator);

        Assert.Contains("Đảng ủy Khối các cơ quan tỉnh", card, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở", card, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Phòng Quản lý nhà", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_ByAdministratorWithCode_ListsThatUnit()
    {
        var card = await SendAndGetCardAsync("thành viên CB2", Administrator);

        Assert.Contains("Hoàng Minh Đức", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Thị Hoa", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Member1, "thành viên", "Chỉ bí thư")]
    [InlineData(Follower, "thành viên", "Chỉ bí thư")]
    [InlineData(Secretary2, "thành viên CB1", "không có quyền")]
    [InlineData(Member1, "thành viên CB1", "không có quyền")]
    public async Task Members_WithoutRights_IsDenied(string caller, string text, string expected)
    {
        var answer = await SendAndGetTextAsync(text, caller, ConversationTypes.Personal);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
    }

    private async Task<string> SendAndGetCardAsync(string text, string fromAad, string conversationType = ConversationTypes.Personal)
    {
        var call = await SendAsync(text, fromAad, conversationType);
        Assert.True(call.CardJson() is not null, $"Expected a card, got the text: {call.Text()}");
        return call.CardText();
    }

    private async Task<string> SendAndGetTextAsync(string text, string fromAad, string conversationType)
    {
        var call = await SendAsync(text, fromAad, conversationType);
        Assert.Null(call.CardJson());
        return call.Text() ?? "";
    }

    private async Task<RecordedCall> SendAsync(string text, string fromAad, string conversationType)
    {
        channel.ResetCalls();
        await host.PostAsync(TestActivities.Message(text, fromAad, conversationType, channel.ServiceUrl, mentionBot: conversationType != ConversationTypes.Personal));
        await host.DispatchAsync(); // a refusal typed in a group goes 1:1 through the outbox
        return Assert.Single(channel.Calls, c => c.IsActivityPost());
    }

    private async Task<Unit> Unit(string id) =>
        await host.Service<OrganizationStore>().FindUnitAsync(id, CancellationToken.None) ?? throw new InvalidOperationException(id);
}
