using PartyBot.Core.Conversations;

namespace PartyBot.Core.Tests.Conversations;

public sealed class ConversationStoreTests
{
    [Fact]
    public async Task SaveUser_FromGroupChatAfterPersonal_KeepsPersonalConversation()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);
        await store.SaveUserAsync(User(personalConversationId: "a:personal-1"), CancellationToken.None);

        await store.SaveUserAsync(User(personalConversationId: null) with { Name = "Nguyễn Văn An (mới)" }, CancellationToken.None);

        var saved = await store.FindUserAsync("aad-1", CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal("a:personal-1", saved.PersonalConversationId);
        Assert.Equal("Nguyễn Văn An (mới)", saved.Name);
    }

    [Fact]
    public async Task SaveConversation_ThenFind_ReturnsSameAddress()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);
        var address = new ConversationAddress("19:general@thread.tacv2", "channel", "https://smba.trafficmanager.net/apac/", "msteams",
            "28:bot", "PartyBot", "tenant-1", "19:team@thread.tacv2", "Chi bộ Phòng Tổ chức");

        await store.SaveConversationAsync(address, CancellationToken.None);

        Assert.Equal(address, await store.FindConversationAsync(address.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task SavePersonalConversation_KnownUser_KeepsTheRestOfTheAddress()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);
        await store.SaveUserAsync(User(personalConversationId: null), CancellationToken.None);

        Assert.True(await store.SavePersonalConversationAsync("aad-1", "a:created-1", CancellationToken.None));

        Assert.Equal(User("a:created-1"), await store.FindUserAsync("aad-1", CancellationToken.None));
    }

    [Fact]
    public async Task SavePersonalConversation_UnknownUser_WritesNothing()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);

        Assert.False(await store.SavePersonalConversationAsync("nobody", "a:created-1", CancellationToken.None));

        Assert.Null(await store.FindUserAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task FindUser_Unknown_ReturnsNull()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);

        Assert.Null(await store.FindUserAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task MarkUnreachable_TwiceWithOtherReasons_KeepsTheFirstSpell_TheUsersNextSaveEndsIt()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);
        await store.SaveUserAsync(User(personalConversationId: "a:personal-1"), CancellationToken.None);
        var since = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

        var first = await store.MarkUnreachableAsync("aad-1", UnreachableReason.Blocked, since, CancellationToken.None);
        var again = await store.MarkUnreachableAsync("aad-1", UnreachableReason.ConversationGone, since.AddHours(1), CancellationToken.None);
        var marked = await store.FindUserAsync("aad-1", CancellationToken.None);
        await store.SaveUserAsync(User(personalConversationId: null), CancellationToken.None);

        var spell = new Unreachability(UnreachableReason.Blocked, since);
        Assert.Equal((spell, true), first);
        Assert.Equal((spell, false), again);
        Assert.Equal(spell, marked!.Unreachable);
        Assert.Equal(User("a:personal-1"), await store.FindUserAsync("aad-1", CancellationToken.None));
    }

    [Fact]
    public async Task MarkUnreachable_UnknownUser_WritesNothing()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ConversationStore(tables.Store, tables.Time);

        Assert.Null(await store.MarkUnreachableAsync("nobody", UnreachableReason.Blocked, tables.Time.GetUtcNow(), CancellationToken.None));
        Assert.Null(await store.FindUserAsync("nobody", CancellationToken.None));
    }

    private static UserAddress User(string? personalConversationId) =>
        new("aad-1", "29:user-1", "Nguyễn Văn An", "https://smba.trafficmanager.net/apac/", "msteams", "28:bot", "tenant-1", personalConversationId);
}
