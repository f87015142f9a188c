using System.Globalization;
using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

public sealed partial class MeetingCommandTests : IAsyncLifetime
{
    private const string Cell1 = "CB1";
    private const string Cell2 = "CB2";
    private const string ThematicTopic = "Học tập và làm theo tư tưởng Hồ Chí Minh";
    private const string CardActivityId = "1:agenda-card";

    private FakeChannel channel = null!;
    private BotHost host = null!;
    private DateOnly workingDay;

    public async Task InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        host = await BotHost.StartAsync(channel);
        await SeedAsync(host);
        var today = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime);
        workingDay = await host.Service<WorkingCalendar>().NextWorkingDayOnOrAfterAsync(today.AddDays(20), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task MeetingList_BySecretary_ListsPlannedMeetingsWithManageButtons()
    {
        await SeedMeetingAsync(Cell1, "R-seed", MeetingKind.Regular, workingDay);
        await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay.AddDays(7), ThematicTopic);
        await SeedMeetingAsync(Cell2, "R-other", MeetingKind.Regular, workingDay, "Không được thấy");

        var card = await SendAndGetCardAsync("lịch họp", Secretary1);

        Assert.Contains(MeetingTexts.ListTitleForUnit("Chi bộ Văn phòng Sở"), card, StringComparison.Ordinal);
        Assert.Contains(ThematicTopic, card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.Edit, card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.NewThematic, card, StringComparison.Ordinal);
        Assert.DoesNotContain("Không được thấy", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingList_ByAdministratorWithCode_ListsThatCell()
    {
        await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);

        var card = await SendAndGetCardAsync("lịch họp CB1", Administrator);

        Assert.Contains(ThematicTopic, card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.Edit, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingList_ByPlainMember_ShowsOwnViewWithoutButtons()
    {
        await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);

        var card = await SendAndGetCardAsync("lịch họp", Member1);

        Assert.Contains(MeetingTexts.ListTitleForMember, card, StringComparison.Ordinal);
        Assert.Contains(ThematicTopic, card, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.Edit, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lịch")]
    [InlineData("lịch sinh hoạt")]
    public async Task MyMeetings_ForFollower_ListsOwnAndFollowedCellMeetings(string text)
    {
        await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);
        await SeedMeetingAsync(Cell2, "R-own", MeetingKind.Regular, workingDay.AddDays(1));

        var card = await SendAndGetCardAsync(text, Follower);

        Assert.Contains(MeetingTexts.ListTitleForMember, card, StringComparison.Ordinal);
        Assert.Contains(ThematicTopic, card, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở", card, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Phòng Quản lý nhà", card, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.Edit, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAndSave_ByPlainMember_AreForbiddenAndStoreNothing()
    {
        var opened = await InvokeAsync(MeetingVerbs.New, new Dictionary<string, string> { ["unitId"] = Cell1, ["kind"] = "Thematic" }, Member1);
        var saved = await InvokeAsync(MeetingVerbs.Save, ValidThematic(), Member1);

        Assert.Equal(403, opened.StatusCode);
        Assert.Equal(403, saved.StatusCode);
        Assert.Empty(await MeetingsAsync(Cell1));
    }

    [Fact]
    public async Task EditAndSave_BySecretaryOfOtherCellForgingIds_AreRefusedAndChangeNothing()
    {
        var seeded = await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);

        var edit = await InvokeAsync(MeetingVerbs.Edit, Ids(Cell1, seeded.Id), Secretary2);
        var forgedUnit = await InvokeAsync(MeetingVerbs.Save, ValidThematic(meetingId: seeded.Id, topic: "Đổi trộm"), Secretary2);
        var ownUnitOtherMeeting = await InvokeAsync(MeetingVerbs.Save, ValidThematic(unitId: Cell2, meetingId: seeded.Id, topic: "Đổi trộm"), Secretary2);
        var cancel = await InvokeAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids(Cell1, seeded.Id)) { ["reason"] = "x" }, Secretary2);

        Assert.Equal(403, edit.StatusCode);
        Assert.Equal(403, forgedUnit.StatusCode);
        Assert.Equal(404, ownUnitOtherMeeting.StatusCode);
        Assert.Equal(403, cancel.StatusCode);
        var stored = await MeetingAsync(Cell1, seeded.Id);
        Assert.Equal((seeded.Topic, seeded.StartsAt, seeded.Status), (stored!.Topic, stored.StartsAt, stored.Status));
        Assert.Empty(await MeetingsAsync(Cell2));
    }

    [Fact]
    public async Task NewMeeting_BySecretary_OpensFormWithKindAndMembers()
    {
        var answer = await InvokeAsync(MeetingVerbs.New, new Dictionary<string, string> { ["unitId"] = Cell1, ["kind"] = "Thematic" }, Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(MeetingTexts.FormNewTitle, answer.CardText, StringComparison.Ordinal);
        Assert.Contains("Lê Thị Hoa", answer.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Minh Đức", answer.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ThematicSession_CreatesItAndAnswersWithTheList()
    {
        var answer = await InvokeAsync(MeetingVerbs.Save, ValidThematic(), Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(MeetingTexts.ListTitleForUnit("Chi bộ Văn phòng Sở"), answer.CardText, StringComparison.Ordinal);
        var meeting = Assert.Single(await MeetingsAsync(Cell1));
        Assert.StartsWith("T-", meeting.Id, StringComparison.Ordinal);
        Assert.Equal(MeetingKind.Thematic, meeting.Kind);
        Assert.Equal(ThematicTopic, meeting.Topic);
        Assert.Equal(["M02"], meeting.Preparers);
        Assert.Equal(120, meeting.DurationMinutes);
        Assert.Equal(RegularSlotRule.ToUtc(workingDay, new TimeOnly(14, 0)), meeting.StartsAt);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal([new AgendaItem("Sơ kết quý", 4)], meeting.Agenda);
    }

    [Fact]
    public async Task Save_ThroughActionSubmit_AnswersWithListMessage()
    {
        var click = TestActivities.Message("", Secretary1, ConversationTypes.Personal, channel.ServiceUrl);
        click.Text = null;
        click.Value = JsonSerializer.SerializeToElement(new Dictionary<string, string>(ValidThematic()) { ["verb"] = MeetingVerbs.Save });

        await host.PostAsync(click);

        Assert.Contains(ThematicTopic, Assert.Single(channel.Calls, c => c.IsActivityPost()).CardText(), StringComparison.Ordinal);
        Assert.Single(await MeetingsAsync(Cell1));
    }

    public static TheoryData<string, string> InvalidForms => new()
    {
        { "past", "đã qua" },
        { "holiday", "là ngày nghỉ lễ (Ngày Chiến thắng). Đánh dấu ô xác nhận" },
        { "noTopic", MeetingFormTexts.TopicMissing },
        { "noPreparers", MeetingFormTexts.PreparersMissing },
        { "tooShort", MeetingFormTexts.TooShort(90) },
        { "online", MeetingFormTexts.OnlineNotApproved },
        { "foreignPreparer", MeetingFormTexts.PreparerNotInCell },
        { "badDate", MeetingFormTexts.DateInvalid },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Save_InvalidForm_RerendersFormWithErrorAndStoresNothing(string problem, string expected)
    {
        var form = new Dictionary<string, string>(ValidThematic());
        switch (problem)
        {
            case "past": form["date"] = Date(DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime).AddDays(-1)); break;
            case "holiday": form["date"] = Date(new DateOnly(workingDay.Year + 1, 4, 30)); break;
            case "noTopic": form.Remove("topic"); break;
            case "noPreparers": form["preparers"] = ""; break;
            case "tooShort": form["durationMinutes"] = "60"; break;
            case "online": form["onlineLink"] = "https://teams.microsoft.com/l/meetup-join/abc"; break;
            case "foreignPreparer": form["preparers"] = "M02,M05"; break;
            case "badDate": form["date"] = "31/12/2026"; break;
        }

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        Assert.Contains(expected, answer.CardText, StringComparison.Ordinal);
        Assert.Contains(problem == "noTopic" ? "Sơ kết quý" : ThematicTopic, answer.CardText, StringComparison.Ordinal);
        Assert.Empty(await MeetingsAsync(Cell1));
    }

    [Theory]
    [InlineData("place")]
    [InlineData("topic")]
    [InlineData("extraAgenda")]
    public async Task Save_ValueOf100000Characters_RerendersASmallFormWithTheErrorAndStoresNothing(string field)
    {
        var form = new Dictionary<string, string>(ValidThematic()) { [field] = new string('x', 100_000) };

        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(MeetingVerbs.Save, form, Secretary1, channel.ServiceUrl));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.Length < 40_000, $"The re-rendered form is {json.Length} characters.");
        Assert.Contains(MeetingTexts.FormErrorsLead, json, StringComparison.Ordinal);
        Assert.Empty(await MeetingsAsync(Cell1));
    }

    [Fact]
    public async Task CancelConfirm_ReasonOf100000Characters_RerendersASmallCardWithTheError()
    {
        // A thematic session: the month's only regular meeting may not be cancelled at all.
        var seeded = await SeedMeetingAsync(Cell1, "T-long", MeetingKind.Thematic, workingDay, ThematicTopic);
        var data = new Dictionary<string, string>(Ids(Cell1, seeded.Id)) { ["reason"] = new string('x', 100_000) };

        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(CancelMeetingCard.ConfirmVerb, data, Secretary1, channel.ServiceUrl));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.Length < 40_000, $"The re-rendered card is {json.Length} characters.");
        Assert.Contains(MeetingFormTexts.CancelReasonTooLong, json, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Planned, (await MeetingAsync(Cell1, seeded.Id))!.Status);
    }

    [Fact]
    public async Task Save_OnHolidayWithConfirmation_IsStored()
    {
        var form = new Dictionary<string, string>(ValidThematic())
        {
            ["date"] = Date(new DateOnly(workingDay.Year + 1, 4, 30)),
            ["holidayConfirmed"] = "true",
        };

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        Assert.Single(await MeetingsAsync(Cell1));
    }

    [Fact]
    public async Task Edit_BySecretary_OpensFilledFormAndSaveChangesTheStoredMeeting()
    {
        var seeded = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);
        var form = await InvokeAsync(MeetingVerbs.Edit, Ids(Cell1, seeded.Id), Secretary1);
        Assert.Contains(MeetingTexts.FormEditTitle, form.CardText, StringComparison.Ordinal);

        var edited = new Dictionary<string, string>(ValidThematic(meetingId: seeded.Id))
        {
            ["kind"] = "Regular",
            ["startTime"] = "07:30",
            ["durationMinutes"] = "90",
            ["place"] = "Hội trường B",
        };
        var answer = await InvokeAsync(MeetingVerbs.Save, edited, Secretary1);

        Assert.Equal(200, answer.StatusCode);
        var meeting = Assert.Single(await MeetingsAsync(Cell1));
        Assert.Equal(seeded.Id, meeting.Id);
        Assert.Equal(RegularSlotRule.ToUtc(workingDay, new TimeOnly(7, 30)), meeting.StartsAt);
        Assert.Equal("Hội trường B", meeting.Place);
        Assert.Equal(90, meeting.DurationMinutes);
        Assert.Null(meeting.Warning);
    }

    [Theory]
    [InlineData("08:00", true)]
    [InlineData("07:30", false)]
    public async Task Save_ThePlannersMeeting_StaysThePlannersDateOnlyWhileItsTimeIsKept(string startTime, bool plannersDate)
    {
        var seeded = await SeedMeetingAsync(Cell1, Meeting.RegularId(workingDay.Year, workingDay.Month), MeetingKind.Regular, workingDay);
        await host.Service<MeetingStore>().UpdateAsync(Cell1, seeded.Id, m => m with { PlannedAutomatically = true }, CancellationToken.None);
        var edited = new Dictionary<string, string>(ValidThematic(meetingId: seeded.Id))
        {
            ["kind"] = "Regular",
            ["startTime"] = startTime,
            ["durationMinutes"] = "90",
            ["place"] = "Hội trường B",
        };

        await InvokeAsync(MeetingVerbs.Save, edited, Secretary1);

        var meeting = await MeetingAsync(Cell1, seeded.Id);
        Assert.Equal(("Hội trường B", plannersDate), (meeting?.Place, meeting?.PlannedAutomatically));
    }

    [Fact]
    public async Task Cancel_WithReason_SetsCancelledAndKeepsReason()
    {
        var seeded = await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);

        var ask = await InvokeAsync(MeetingVerbs.Cancel, Ids(Cell1, seeded.Id), Secretary1);
        var noReason = await InvokeAsync(CancelMeetingCard.ConfirmVerb, Ids(Cell1, seeded.Id), Secretary1);
        Assert.Equal(MeetingStatus.Planned, (await MeetingAsync(Cell1, seeded.Id))!.Status);
        var done = await InvokeAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids(Cell1, seeded.Id)) { ["reason"] = "Trùng hội nghị" }, Secretary1);

        Assert.Contains(MeetingFormTexts.CancelReasonLabel, ask.CardText, StringComparison.Ordinal);
        Assert.Contains(MeetingFormTexts.CancelReasonRequired, noReason.CardText, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.StatusName(MeetingStatus.Cancelled), done.CardText, StringComparison.Ordinal);
        var meeting = await MeetingAsync(Cell1, seeded.Id);
        Assert.Equal(MeetingStatus.Cancelled, meeting!.Status);
        Assert.Equal("Trùng hội nghị", meeting.CancelReason);
        Assert.Equal(409, (await InvokeAsync(MeetingVerbs.Edit, Ids(Cell1, seeded.Id), Secretary1)).StatusCode);
    }

    [Fact]
    public async Task CancelForm_BySecretary_GoesBackToTheList()
    {
        var answer = await InvokeAsync(MeetingVerbs.CancelForm, new Dictionary<string, string> { ["unitId"] = Cell1 }, Secretary1);

        Assert.Contains(MeetingTexts.ListTitleForUnit("Chi bộ Văn phòng Sở"), answer.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("cancel")]
    public async Task AnnouncedMeeting_EditedOrCancelled_UpdatesItsCardInPlace(string change)
    {
        await host.Service<ConversationStore>().SaveConversationAsync(new ConversationAddress(
            TestActivities.GroupChatId, ConversationTypes.GroupChat, channel.ServiceUrl, "msteams", TestActivities.BotId, TestActivities.BotName,
            TestActivities.TenantId, null, null), CancellationToken.None);
        var seeded = await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic) is var m
            ? await host.Service<MeetingStore>().UpdateAsync(Cell1, m.Id, x => x with
            {
                Status = MeetingStatus.Announced, CardConversationId = TestActivities.GroupChatId, CardActivityId = CardActivityId,
            }, CancellationToken.None)
            : null;
        channel.ResetCalls();

        var answer = change == "edit"
            ? await InvokeAsync(MeetingVerbs.Save, new Dictionary<string, string>(ValidThematic(meetingId: seeded!.Id)) { ["place"] = "Phòng 305" }, Secretary1)
            : await InvokeAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids(Cell1, seeded!.Id)) { ["reason"] = "Hoãn" }, Secretary1);
        await host.DeliverQueuedAsync();

        Assert.Equal(200, answer.StatusCode);
        var put = Assert.Single(channel.Calls, c => c.Method == "PUT");
        Assert.Contains("agenda-card", put.Path, StringComparison.Ordinal);
        Assert.Contains(change == "edit" ? "Phòng 305" : MeetingTexts.CancelledBanner, put.CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task Save_MeetingInsideNoticeWindow_IsAnnouncedInLinkedChatThenUpdatedInPlace()
    {
        await host.PostAsync(TestActivities.Message("liên kết chi bộ CB1", Secretary1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));
        var soon = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime).AddDays(2);
        var form = new Dictionary<string, string>(ValidThematic()) { ["date"] = Date(soon), ["holidayConfirmed"] = "true" };
        channel.ResetCalls();

        await InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        await host.DeliverQueuedAsync();

        var post = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains(TestActivities.GroupChatId, post.Path, StringComparison.Ordinal);
        Assert.Contains(ThematicTopic, post.CardText(), StringComparison.Ordinal);
        var announced = Assert.Single(await MeetingsAsync(Cell1));
        Assert.Equal(MeetingStatus.Announced, announced.Status);
        Assert.NotNull(announced.CardActivityId);

        channel.ResetCalls();
        await InvokeAsync(MeetingVerbs.Save, new Dictionary<string, string>(form) { ["meetingId"] = announced.Id, ["place"] = "Hội trường B" }, Secretary1);
        await host.DeliverQueuedAsync();

        var put = Assert.Single(channel.Calls, c => c.Method == "PUT");
        Assert.Contains(Uri.EscapeDataString(announced.CardActivityId!), put.RawPath, StringComparison.Ordinal);
        Assert.Contains("Hội trường B", put.CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task Save_OnlineMeetingOfApprovedCell_IsReportedToTheFollowingCommitteeMember()
    {
        var organization = host.Service<OrganizationStore>();
        var cell = await organization.FindUnitAsync(Cell1, CancellationToken.None);
        await organization.SaveUnitAsync(cell! with { OnlineMeetingsApproved = true }, CancellationToken.None);
        host.Service<OrganizationDirectory>().Invalidate();
        await host.PostAsync(TestActivities.Message("lịch", Follower, ConversationTypes.Personal, channel.ServiceUrl));
        channel.ResetCalls();

        var form = new Dictionary<string, string>(ValidThematic()) { ["onlineLink"] = "https://teams.microsoft.com/l/meetup-join/abc" };
        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        await host.DeliverQueuedAsync();

        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://teams.microsoft.com/l/meetup-join/abc"), Assert.Single(await MeetingsAsync(Cell1)).OnlineLink);
        var report = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains(Uri.EscapeDataString(TestActivities.PersonalConversationId(Follower)), report.RawPath + report.Path, StringComparison.Ordinal);
        Assert.Contains("Báo cáo sinh hoạt trực tuyến", report.Text(), StringComparison.Ordinal);
    }

    // ---- helpers ----

    private Dictionary<string, string> ValidThematic(string unitId = Cell1, string? meetingId = null, string topic = ThematicTopic)
    {
        var form = new Dictionary<string, string>
        {
            ["unitId"] = unitId,
            ["kind"] = "Thematic",
            ["date"] = Date(workingDay),
            ["startTime"] = "14:00",
            ["durationMinutes"] = "120",
            ["place"] = "Phòng họp tầng 3",
            ["topic"] = topic,
            ["preparers"] = "M02",
            ["extraAgenda"] = "4: Sơ kết quý",
            ["holidayConfirmed"] = "false",
        };
        if (meetingId is not null)
        {
            form["meetingId"] = meetingId;
        }
        return form;
    }

    private static Dictionary<string, string> Ids(string unitId, string meetingId) => new() { ["unitId"] = unitId, ["meetingId"] = meetingId };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Meeting> SeedMeetingAsync(string unitId, string id, MeetingKind kind, DateOnly day, string? topic = null)
    {
        var meeting = new Meeting(unitId, id, kind, RegularSlotRule.ToUtc(day, new TimeOnly(8, 0)), 120, Place: "Phòng họp", Topic: topic,
            PreparerMemberIds: kind == MeetingKind.Thematic ? ["M02"] : null, Warning: kind == MeetingKind.Regular ? "Kiểm tra ngày" : null);
        Assert.True(await host.Service<MeetingStore>().AddAsync(meeting, CancellationToken.None));
        return (await MeetingAsync(unitId, id))!;
    }

    private Task<Meeting?> MeetingAsync(string unitId, string id) => host.Service<MeetingStore>().GetAsync(unitId, id, CancellationToken.None);

    private Task<IReadOnlyList<Meeting>> MeetingsAsync(string unitId) =>
        host.Service<MeetingStore>().ListForUnitAsync(unitId, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

    private async Task<InvokeAnswer> InvokeAsync(string verb, Dictionary<string, string> data, string fromAad)
    {
        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction(verb, data, fromAad, channel.ServiceUrl));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var texts = new List<string>();
        if (body.GetProperty("type").GetString() == AdaptiveCardInvokeResponse.CardType)
        {
            Collect(body.GetProperty("value"), texts);
        }
        return new InvokeAnswer(body.GetProperty("statusCode").GetInt32(), string.Join(" ", texts));
    }

    private async Task<string> SendAndGetCardAsync(string text, string fromAad)
    {
        channel.ResetCalls();
        await host.PostAsync(TestActivities.Message(text, fromAad, ConversationTypes.Personal, channel.ServiceUrl));
        var call = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.True(call.CardJson() is not null, $"Expected a card, got the text: {call.Text()}");
        return call.CardText();
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: texts.Add(element.GetString()!); break;
            case JsonValueKind.Object: foreach (var p in element.EnumerateObject()) { Collect(p.Value, texts); } break;
            case JsonValueKind.Array: foreach (var i in element.EnumerateArray()) { Collect(i, texts); } break;
        }
    }

    private sealed record InvokeAnswer(int StatusCode, string CardText);
}
