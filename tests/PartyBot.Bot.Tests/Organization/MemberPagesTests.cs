using System.Globalization;
using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Organization;

/// <summary>"thành viên" of a chi bộ of 300 through the real host: page 1 from the command, the others from its buttons.</summary>
public sealed class MemberPagesTests : IAsyncLifetime
{
    private const string BigCell = "CB-LON";
    private const int Members = 300;
    private static readonly string BigSecretary = Aad(0);

    private Attendance.AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await Attendance.AttendanceHost.StartAsync();
        var store = bot.Host.Service<OrganizationStore>();
        await store.SaveUnitAsync(new Unit(BigCell, UnitKind.Cell, "Chi bộ Khối Nhà máy", "DBCS-SXD", MeetingSlot.Default), CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, Members), async (i, ct) =>
        {
            var roles = i == 0 ? new HashSet<UnitRole> { UnitRole.Secretary } : [];
            await store.SaveMemberAsync(new Member(MemberId(i), $"Đảng viên {i:D3}", BigCell, MemberStatus.Full, roles, Aad(i)), null, ct);
        });
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static string MemberId(int i) => "L" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static string Aad(int i) => "aad-big-" + i.ToString("D3", CultureInfo.InvariantCulture);

    [Fact]
    public async Task MembersPage_NextOnPage1Of300_ShowsMembers41To80()
    {
        await bot.SendAsync("thành viên", BigSecretary);
        var first = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        var next = Button(JsonDocument.Parse(first.CardJson()!).RootElement, "Trang sau");

        var page2 = await bot.InvokeAsync(next.GetProperty("verb").GetString()!, Data(next), BigSecretary, ConversationTypes.Personal);

        Assert.Contains("Trang 1/8 · đảng viên 1–40 / 300", first.CardText(), StringComparison.Ordinal);
        Assert.Equal(200, page2.StatusCode);
        Assert.Contains("Trang 2/8 · đảng viên 41–80 / 300", page2.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(40, 40).Select(i => $"Đảng viên {i:D3} · {MemberId(i)}"), NamesWithCodes(page2.Json));
    }

    [Theory]
    [InlineData("7000", "Trang 8/8 · đảng viên 281–300 / 300")]
    [InlineData("-1", "Trang 1/8 · đảng viên 1–40 / 300")]
    [InlineData("99999999999", "Trang 1/8 · đảng viên 1–40 / 300")]
    public async Task MembersPage_PageOutOfRange_ClampedOrTheFirstPage(string page, string expected)
    {
        var answer = await bot.InvokeAsync(OrganizationVerbs.MembersPage, new() { ["unitId"] = BigCell, ["page"] = page }, BigSecretary, ConversationTypes.Personal);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Member1, BigCell)]
    [InlineData(Secretary2, BigCell)]
    [InlineData(Follower, "CB1")]
    [InlineData(Secretary1, "CB2")]
    [InlineData(Secretary1, "KHONG-CO")]
    [InlineData(Secretary1, "")]
    public async Task MembersPage_UnitTheCallerMayNotSee_RefusedInVietnameseAndShowsNothing(string caller, string unitId)
    {
        bot.Channel.ResetCalls();

        var answer = await bot.InvokeAsync(OrganizationVerbs.MembersPage, new() { ["unitId"] = unitId, ["page"] = "1" }, caller, ConversationTypes.Personal);

        Assert.Equal((403, OrganizationTexts.MembersPageDenied), (answer.StatusCode, answer.Text));
        Assert.DoesNotContain("Đảng viên 0", answer.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task UnitsPage_ByAdministratorTheTreeClampedToItsPages_RefusedToOthers()
    {
        var tree = await bot.InvokeAsync(OrganizationVerbs.UnitsPage, new() { ["page"] = "5" }, Administrator, ConversationTypes.Personal);
        var refused = await bot.InvokeAsync(OrganizationVerbs.UnitsPage, new() { ["page"] = "0" }, BigSecretary, ConversationTypes.Personal);

        Assert.Equal(200, tree.StatusCode);
        Assert.Contains("Chi bộ Khối Nhà máy · CB-LON", NamesWithCodes(tree.Json));
        Assert.Contains("Đảng ủy Khối các cơ quan tỉnh · DUK", NamesWithCodes(tree.Json));
        Assert.Equal((403, OrganizationTexts.MembersDenied), (refused.StatusCode, refused.Text));
    }

    /// <summary>Each name run followed by its code run (" · L040"), joined as a reader sees the line.</summary>
    private static List<string> NamesWithCodes(string json)
    {
        var runs = Objects(JsonDocument.Parse(json).RootElement)
            .Where(o => o.TryGetProperty("type", out var type) && type.GetString() == "TextRun")
            .Select(o => o.GetProperty("text").GetString()!)
            .ToList();
        return [.. runs.Skip(1).Select((run, i) => (name: runs[i], run)).Where(p => p.run.StartsWith(" · ", StringComparison.Ordinal)).Select(p => p.name + p.run)];
    }

    private static JsonElement Button(JsonElement card, string title) =>
        Objects(card).Single(o => o.TryGetProperty("title", out var t) && t.GetString() == title);

    private static Dictionary<string, string> Data(JsonElement button) =>
        button.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static IEnumerable<JsonElement> Objects(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(json),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Objects),
        _ => [],
    };
}
