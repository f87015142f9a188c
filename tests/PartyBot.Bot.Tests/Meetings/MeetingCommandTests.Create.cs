using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

/// <summary>A new meeting is created once per form: a double click or a retried invoke saves under the key the form carries.</summary>
public sealed partial class MeetingCommandTests
{
    [Fact]
    public async Task Save_SameNewFormTwiceInARow_StoresOneMeetingAndAnswersTheListBothTimes()
    {
        var form = await NewFormSaveDataAsync();

        var first = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        var second = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal((200, 200), (first.StatusCode, second.StatusCode));
        Assert.Contains(ThematicTopic, second.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, second.CardText, StringComparison.Ordinal);
        Assert.Single(await MeetingsAsync(Cell1));
    }

    [Fact]
    public async Task Save_SameNewFormTwiceAtOnce_StoresOneMeetingAndPostsOneInvitation()
    {
        await host.PostAsync(TestActivities.Message("liên kết chi bộ CB1", Secretary1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));
        var soon = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime).AddDays(2);
        var form = new Dictionary<string, string>(await NewFormSaveDataAsync()) { ["date"] = Date(soon), ["holidayConfirmed"] = "true" };
        channel.ResetCalls();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => InvokeAsync(MeetingVerbs.Save, form, Secretary1)));
        await host.DeliverQueuedAsync();

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        Assert.Single(await MeetingsAsync(Cell1));
        Assert.Single(channel.Calls, c => c.IsActivityPost() && c.Path.Contains(TestActivities.GroupChatId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../CB2/x")]
    [InlineData("ABCDEFGHJKMN")]
    [InlineData("0123456789abcdefghjkmnpqrstvwxyz0123456789")]
    public async Task Save_ForgedCreateKey_IsRefusedAndStoresNothing(string key)
    {
        var form = new Dictionary<string, string>(ValidThematic()) { [MeetingVerbs.CreateKeyKey] = key };

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal(400, answer.StatusCode);
        Assert.Empty(await MeetingsAsync(Cell1));
    }

    [Fact]
    public async Task Save_InvalidNewForm_KeepsTheFormsKeySoTheCorrectedSaveCreatesOnce()
    {
        var form = await NewFormSaveDataAsync();
        var invalid = new Dictionary<string, string>(form) { ["durationMinutes"] = "30" };

        var rerendered = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(MeetingVerbs.Save, invalid, Secretary1, channel.ServiceUrl));
        var data = SaveDataOf(JsonDocument.Parse(await rerendered.Content.ReadAsStringAsync()).RootElement.GetProperty("value"));

        Assert.Equal(form[MeetingVerbs.CreateKeyKey], data[MeetingVerbs.CreateKeyKey]);
    }

    /// <summary>Opens the new-meeting form and returns its "Lưu" button's data with valid thematic values typed in.</summary>
    private async Task<Dictionary<string, string>> NewFormSaveDataAsync()
    {
        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(
            MeetingVerbs.New, new Dictionary<string, string> { ["unitId"] = Cell1, ["kind"] = "Thematic" }, Secretary1, channel.ServiceUrl));
        var card = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value");
        var data = SaveDataOf(card);
        Assert.True(data.ContainsKey(MeetingVerbs.CreateKeyKey), "The new-meeting form carries no create key.");
        var form = new Dictionary<string, string>(ValidThematic());
        foreach (var (key, value) in data)
        {
            form[key] = value;
        }
        return form;
    }

    private static Dictionary<string, string> SaveDataOf(JsonElement card)
    {
        var save = card.GetProperty("actions").EnumerateArray().Single(a => a.TryGetProperty("verb", out var verb) && verb.GetString() == MeetingVerbs.Save);
        return save.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
