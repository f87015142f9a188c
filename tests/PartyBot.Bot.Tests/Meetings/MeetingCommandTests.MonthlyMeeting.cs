using System.Text.Json;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

/// <summary>
/// domain.md: the monthly meeting is never replaced by a thematic session (Điều lệ Điều 24), and a thematic session held
/// in the same sitting as the regular meeting makes the sitting last at least MinimumMinutesWithThematic.
/// </summary>
public sealed partial class MeetingCommandTests
{
    [Theory]
    [InlineData("toThematic")]
    [InlineData("nextMonth")]
    public async Task Save_OnlyRegularMeetingOfTheMonthChangedAway_IsRefusedOnTheFormAndChangesNothing(string change)
    {
        var regular = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);
        var form = new Dictionary<string, string>(ValidThematic(meetingId: regular.Id)) { ["kind"] = "Regular", ["place"] = "Phòng 401" };
        if (change == "toThematic")
        {
            form["kind"] = "Thematic";
        }
        else
        {
            form["date"] = Date(workingDay.AddMonths(1));
            form["holidayConfirmed"] = "true";
        }

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Contains(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        Assert.Contains(change == "toThematic"
            ? MeetingFormTexts.RegularKindKept(workingDay.Month, workingDay.Year)
            : MeetingFormTexts.RegularMonthKept(workingDay.Month, workingDay.Year), answer.CardText, StringComparison.Ordinal);
        Assert.Contains("Phòng 401", answer.CardText, StringComparison.Ordinal);
        var stored = await MeetingAsync(Cell1, regular.Id);
        Assert.Equal((MeetingKind.Regular, regular.StartsAt, regular.Place), (stored!.Kind, stored.StartsAt, stored.Place));
    }

    [Fact]
    public async Task Save_RegularMeetingChangedWhenTheMonthHasAnotherRegular_IsSaved()
    {
        var regular = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);
        await SeedMeetingAsync(Cell1, "M-second", MeetingKind.Regular, workingDay.AddDays(1));

        var answer = await InvokeAsync(MeetingVerbs.Save, ValidThematic(meetingId: regular.Id), Secretary1);

        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        Assert.Equal(MeetingKind.Thematic, (await MeetingAsync(Cell1, regular.Id))!.Kind);
    }

    [Fact]
    public async Task Cancel_OnlyRegularMeetingOfTheMonth_IsRefusedSayingTheMonthWouldHaveNone()
    {
        var regular = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);

        var ask = await InvokeForErrorAsync(MeetingVerbs.Cancel, Ids(Cell1, regular.Id));
        var confirm = await InvokeForErrorAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids(Cell1, regular.Id)) { ["reason"] = "Bận" });

        var expected = MeetingFormTexts.OnlyRegularCannotCancel(workingDay.Month, workingDay.Year);
        Assert.Equal((409, expected), ask);
        Assert.Equal((409, expected), confirm);
        Assert.Equal(MeetingStatus.Planned, (await MeetingAsync(Cell1, regular.Id))!.Status);
    }

    [Theory]
    [InlineData("08:00", "90", true)]
    [InlineData("08:00", "120", false)]
    [InlineData("14:00", "90", false)]
    public async Task Save_ThematicSessionOnTheRegularMeetingsDay_NeedsTheLongerSittingOnlyWhenHeldInTheSameSitting(string start, string minutes, bool refused)
    {
        var regular = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);
        await host.Service<MeetingStore>().UpdateAsync(Cell1, regular.Id, m => m with { DurationMinutes = 90 }, CancellationToken.None);
        var form = new Dictionary<string, string>(ValidThematic()) { ["startTime"] = start, ["durationMinutes"] = minutes };

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal(refused, answer.CardText.Contains(MeetingTexts.FormErrorsLead, StringComparison.Ordinal));
        Assert.Equal(refused ? 1 : 2, (await MeetingsAsync(Cell1)).Count);
        if (refused)
        {
            Assert.Contains("120 phút", answer.CardText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MeetingList_MonthsWithoutARegularMeeting_SaysSoPlainlyAndOffersToAddOne()
    {
        var thisMonth = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime) is var today ? new DateOnly(today.Year, today.Month, 1) : default;
        await SeedMeetingAsync(Cell1, Meeting.RegularId(thisMonth.Year, thisMonth.Month), MeetingKind.Regular, thisMonth.AddDays(14));
        var cancelled = await SeedMeetingAsync(Cell1, Meeting.RegularId(thisMonth.AddMonths(1).Year, thisMonth.AddMonths(1).Month), MeetingKind.Regular, thisMonth.AddMonths(1).AddDays(14));
        await host.Service<MeetingStore>().UpdateAsync(Cell1, cancelled.Id, m => m with { Status = MeetingStatus.Cancelled }, CancellationToken.None);

        var card = await SendAndGetCardAsync("lịch họp", Secretary1);

        Assert.Contains(MeetingTexts.NoRegularMeeting([thisMonth.AddMonths(1), thisMonth.AddMonths(2)]), card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.NewRegular, card, StringComparison.Ordinal);
    }

    /// <summary>The secretary's invoke answered with an error: its status and message.</summary>
    private async Task<(int StatusCode, string? Message)> InvokeForErrorAsync(string verb, Dictionary<string, string> data)
    {
        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(verb, data, Secretary1, channel.ServiceUrl));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var value = body.GetProperty("value");
        return (body.GetProperty("statusCode").GetInt32(), value.TryGetProperty("message", out var message) ? message.GetString() : null);
    }
}
