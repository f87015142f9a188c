using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Tests.Attendance.AttendanceSamples;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Attendance;

public sealed class InvitationCardTests
{
    public static TheoryData<string> States() =>
        ["shared", "excused", "unanswered", "secretary", "started", "cancelled", "thematic", "refused", "large", "large-long-names"];

    private static InvitationView State(string name) => name switch
    {
        "shared" => SharedInvitation,
        "excused" => ExcusedInvitation,
        "unanswered" => UnansweredInvitation,
        "secretary" => SecretaryInvitation,
        "started" => StartedInvitation,
        "cancelled" => CancelledInvitation,
        "thematic" => ThematicInvitation,
        "refused" => UnansweredInvitation with { Notice = AttendanceTexts.ReasonRequired, NoticeIsError = true },
        "large" => SecretaryInvitation with { Tally = LargeTally(@long: false) },
        "large-long-names" => SecretaryInvitation with { Tally = LargeTally(@long: true) },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_IsValidAgainstOfficialSchemaAndUnderSizeLimit(string state)
    {
        var card = InvitationCard.Build(State(state));

        AdaptiveCardSchema.AssertValid(card);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void Build_Answerable_AttendButtonSendsRsvpAttendingWithIds()
    {
        var attend = Button(InvitationCard.Build(SharedInvitation), "Tham dự");

        Assert.Equal("Action.Execute", Str(attend, "type"));
        Assert.Equal(AttendanceVerbs.Rsvp, Str(attend, "verb"));
        Assert.Equal("positive", Str(attend, "style"));
        Assert.Equal("none", Str(attend, "associatedInputs"));
        Assert.Equal(
            new Dictionary<string, string> { ["unitId"] = "CB-KHTC", ["meetingId"] = "R-2026-12", ["answer"] = "attending" },
            Data(attend));
    }

    [Fact]
    public void Build_Answerable_ExcusedButtonUnfoldsReasonBoxAndSend()
    {
        var excuse = Button(InvitationCard.Build(SharedInvitation), "Vắng có lý do");

        Assert.Equal("Action.ShowCard", Str(excuse, "type"));
        var nested = excuse.GetProperty("card");
        Assert.False(nested.TryGetProperty("msteams", out _));
        var reason = Assert.Single(nested.GetProperty("body").EnumerateArray(), e => Str(e, "type") == "Input.Text");
        Assert.Equal(AttendanceVerbs.ReasonInput, Str(reason, "id"));
        Assert.Equal("Lý do vắng mặt", Str(reason, "label"));
        Assert.True(reason.GetProperty("isMultiline").GetBoolean());
        Assert.True(reason.GetProperty("isRequired").GetBoolean());
        Assert.Equal(200, reason.GetProperty("maxLength").GetInt32());
        var send = Assert.Single(nested.GetProperty("actions").EnumerateArray());
        Assert.Equal("Gửi", Str(send, "title"));
        Assert.Equal(AttendanceVerbs.Rsvp, Str(send, "verb"));
        Assert.Null(Str(send, "associatedInputs")); // auto: the reason goes along
        Assert.Equal("excused", Data(send)["answer"]);
        Assert.Equal("R-2026-12", Data(send)["meetingId"]);
    }

    [Fact]
    public void Build_ReasonMaxLength_TakenFromTheView()
    {
        var card = InvitationCard.Build(SharedInvitation with { ReasonMaxLength = 120 });

        Assert.Equal(120, Input(card, AttendanceVerbs.ReasonInput).GetProperty("maxLength").GetInt32());
        Assert.Contains("tối đa 120 ký tự", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AlreadyExcused_ReasonBoxPrefilledToEdit()
    {
        var card = InvitationCard.Build(ExcusedInvitation);

        Assert.Equal(ExcusedAnswer.Reason, Str(Input(card, AttendanceVerbs.ReasonInput), "value"));
    }

    [Fact]
    public void Build_Refresh_ViewInvitationWithIdsAndTheListedUsers()
    {
        var json = CardJson.ToJsonElement(InvitationCard.Build(ExcusedInvitation));

        var refresh = json.GetProperty("refresh");
        var action = refresh.GetProperty("action");
        Assert.Equal("Action.Execute", Str(action, "type"));
        Assert.Equal(AttendanceVerbs.ViewInvitation, Str(action, "verb"));
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = "CB-KHTC", ["meetingId"] = "R-2026-12" }, Data(action));
        Assert.Equal(RefreshUserIds, refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Build_SharedCard_RefreshesForEveryoneAndExplainsHowToAnswer()
    {
        var card = InvitationCard.Build(SharedInvitation);

        var refresh = CardJson.ToJsonElement(card).GetProperty("refresh");
        Assert.False(refresh.TryGetProperty("userIds", out _));
        Assert.Contains(AttendanceCardTexts.SharedHint, Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceCardTexts.MyAnswerLead, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyOpenState_RefreshButtonWithViewVerbAndNoInputs()
    {
        foreach (var view in new[] { SharedInvitation, StartedInvitation, SecretaryInvitation })
        {
            var refresh = Button(InvitationCard.Build(view), "Làm mới");

            Assert.Equal(AttendanceVerbs.ViewInvitation, Str(refresh, "verb"));
            Assert.Equal("none", Str(refresh, "associatedInputs"));
            Assert.Equal("R-2026-12", Data(refresh)["meetingId"]);
        }
    }

    [Fact]
    public void Build_Cancelled_NoActionsNoRefreshNoAnswer()
    {
        var card = InvitationCard.Build(CancelledInvitation);

        Assert.Null(card.Refresh);
        Assert.Null(card.Actions);
        Assert.Empty(Actions(card));
        Assert.Equal("ĐÃ HỦY", Lines(card)[0]);
        Assert.DoesNotContain(AttendanceCardTexts.MyAnswerLead, Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Tình hình trả lời", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Started_NoRsvpButtonsAnswersClosedAtTheStart()
    {
        var card = InvitationCard.Build(StartedInvitation);

        Assert.Equal(["Làm mới"], Buttons(card).Select(a => Str(a, "title")));
        Assert.Empty(Inputs(card));
        Assert.Contains("Đã hết hạn trả lời: hạn là giờ bắt đầu họp (08:00, Thứ Ba 01/12/2026).", Text(card), StringComparison.Ordinal);
        Assert.NotNull(card.Refresh);
    }

    [Fact]
    public void Build_SecretaryAfterStart_PointsToTheRollCallNotToTheSecretary()
    {
        var card = InvitationCard.Build(SecretaryInvitation with { Answerable = false });

        var text = Text(card);
        Assert.Contains("Đã hết hạn trả lời", text, StringComparison.Ordinal);
        Assert.Contains("gõ “điểm danh”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("báo trực tiếp bí thư", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SharedAfterStart_SaysAnswersClosed()
    {
        var card = InvitationCard.Build(SharedInvitation with { Answerable = false });

        Assert.DoesNotContain(Actions(card), a => Str(a, "verb") == AttendanceVerbs.Rsvp);
        Assert.Contains("Đã hết hạn trả lời", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Excused_ShowsAnswerReasonAndTimeInVietnamTime()
    {
        var card = InvitationCard.Build(ExcusedInvitation);

        var lines = Lines(card);
        Assert.Contains("Trả lời của đồng chí: Vắng có lý do — Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", lines);
        // 07:05Z is 14:05 in Hà Nội.
        Assert.Contains("Trả lời lúc 14:05, Thứ Sáu 27/11/2026", lines);
        Assert.Contains("Đồng chí có thể đổi trả lời đến trước giờ họp (08:00, Thứ Ba 01/12/2026).", lines);
        Assert.Equal(ContainerStyle.Warning, MineBox(card).Style);
    }

    [Theory]
    [InlineData(RsvpAnswer.Attending, "Trả lời của đồng chí: Tham dự", ContainerStyle.Good)]
    [InlineData(RsvpAnswer.None, "Trả lời của đồng chí: Chưa trả lời", ContainerStyle.Accent)]
    public void Build_Mine_AnswerInWordsOnItsColour(RsvpAnswer answer, string line, ContainerStyle style)
    {
        var card = InvitationCard.Build(SharedInvitation with { Mine = new RsvpStatus(answer) });

        Assert.Contains(line, Lines(card));
        Assert.Equal(style, MineBox(card).Style);
    }

    [Fact]
    public void Build_Unanswered_AsksToAnswerBeforeTheStart()
    {
        Assert.Contains("Xin đồng chí trả lời trước giờ họp (08:00, Thứ Ba 01/12/2026).", Lines(InvitationCard.Build(UnansweredInvitation)));
    }

    [Fact]
    public void Build_Mine_BetweenFactsAndAgendaFollowedByButtons()
    {
        var card = InvitationCard.Build(ExcusedInvitation);

        var body = card.Body.ToList();
        var mine = body.IndexOf(MineBox(card));
        var buttons = body.FindIndex(e => e is ActionSet);
        var agenda = body.FindIndex(e => e is TextBlock { Text: MeetingTexts.AgendaHeading });
        Assert.Equal(mine + 1, buttons);
        Assert.Equal(buttons + 1, agenda);
        Assert.True(body.FindIndex(e => CardJson.ToJsonElement(e).GetRawText().Contains("Đại biểu cấp trên dự", StringComparison.Ordinal)) < mine);
        Assert.Equal(["Tham dự", "Vắng có lý do", "Làm mới"], ((ActionSet)body[buttons]).Actions.Select(a => a.Title));
    }

    [Fact]
    public void Build_Notice_ConfirmationOnGreenErrorInRedAtTheTop()
    {
        var confirmed = InvitationCard.Build(ExcusedInvitation);
        var refused = InvitationCard.Build(UnansweredInvitation with { Notice = AttendanceTexts.ReasonRequired, NoticeIsError = true });

        Assert.Equal(ContainerStyle.Good, Assert.IsType<Container>(confirmed.Body[0]).Style);
        Assert.StartsWith("✓ Đã ghi nhận: đồng chí vắng có lý do.", Lines(confirmed)[0], StringComparison.Ordinal);
        Assert.Equal(ContainerStyle.Attention, Assert.IsType<Container>(refused.Body[0]).Style);
        Assert.Equal(AttendanceTexts.ReasonRequired, Lines(refused)[0]);
        Assert.Equal("attention", Run(refused, AttendanceTexts.ReasonRequired).GetProperty("color").GetString());
    }

    [Fact]
    public void Build_SecretaryView_TallyWithCountsReasonsAndWhoHasNotAnswered()
    {
        var card = InvitationCard.Build(SecretaryInvitation);

        var lines = Lines(card);
        Assert.Contains("Tình hình trả lời (12 đảng viên được triệu tập)", lines);
        Assert.Equal(["8", "Tham dự"], Tile(card, "Tham dự"));
        Assert.Equal(["2", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Equal(["2", "Chưa trả lời"], Tile(card, "Chưa trả lời"));
        Assert.Contains("Trịnh Văn Dũng — Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", lines);
        Assert.Contains("Trần Thị Bích Ngọc — Nghỉ chế độ thai sản", lines);
        Assert.True(IsBold(Run(card, "Trịnh Văn Dũng")));
        Assert.Contains("Đặng Quốc Bảo, Đỗ Văn Đức.", lines);
        var positions = Positions(card, [MeetingTexts.AgendaHeading, "Tình hình trả lời"]);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_MemberView_NoTally()
    {
        Assert.DoesNotContain("Tình hình trả lời", Text(InvitationCard.Build(ExcusedInvitation)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExcusedWithoutReason_SaysReasonMissing()
    {
        var tally = Tally with { Excused = [new NamedReason("Trịnh Văn Dũng", null)] };

        Assert.Contains("Trịnh Văn Dũng — chưa ghi lý do", Lines(InvitationCard.Build(SecretaryInvitation with { Tally = tally })));
    }

    [Fact]
    public void Build_TwoHundredLongNames_ListsCutWithCountOfTheRestUnderSizeLimit()
    {
        var tally = LargeTally(@long: true);

        var card = InvitationCard.Build(SecretaryInvitation with { Tally = tally });

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Contains("Tình hình trả lời (200 đảng viên được triệu tập)", Lines(card));
        Assert.Equal(["80", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Contains(Lines(card), l => l.StartsWith("… và ", StringComparison.Ordinal) && l.EndsWith(" đồng chí khác.", StringComparison.Ordinal));
        Assert.Equal(["60", "Chưa trả lời"], Tile(card, "Chưa trả lời"));
    }

    [Fact]
    public void Build_ThreeHundredLongNamesAndReasons_SecretaryViewUnderTeamsLimitCountedInUtf16()
    {
        var tally = new RsvpTally(
            [.. Enumerable.Range(0, 100).Select(i => Name(i, @long: true))],
            [.. Enumerable.Range(100, 100).Select(i => new NamedReason(Name(i, @long: true), LongReason))],
            [.. Enumerable.Range(200, 100).Select(i => Name(i, @long: true))]);

        var card = InvitationCard.Build(SecretaryInvitation with { Tally = tally });

        Assert.InRange(2 * CardJson.ToJson(card).Length, 1, CardJson.MaxSizeInBytes);
        Assert.Contains("Tình hình trả lời (300 đảng viên được triệu tập)", Lines(card));
        Assert.Equal(["100", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Contains(tally.Excused[0].Name, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoHundredExcusedWithLongReasons_CutWithCountOfTheRestUnderSizeLimit()
    {
        var everyone = new RsvpTally([], [.. Enumerable.Range(0, 200).Select(i => new NamedReason(Name(i, @long: true), LongReason))], []);

        var card = InvitationCard.Build(SecretaryInvitation with { Tally = everyone });

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Equal(["200", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        var shown = Runs(card).Count(r => r.GetProperty("text").GetString() == AttendanceCardTexts.ReasonSeparator + LongReason);
        Assert.InRange(shown, 20, InvitationCard.MaxListed);
        Assert.Contains($"… và {200 - shown} đồng chí khác.", Lines(card));
    }

    [Fact]
    public void Build_TwoHundredShortNames_EveryNameShown()
    {
        var tally = LargeTally(@long: false) with { Excused = [.. LargeTally(@long: false).Excused.Select(e => e with { Reason = "Đi công tác" })] };

        var card = InvitationCard.Build(SecretaryInvitation with { Tally = tally });

        var text = Text(card);
        Assert.DoesNotContain("đồng chí khác", text, StringComparison.Ordinal);
        Assert.Equal(tally.Excused.Count, Runs(card).Count(r => r.GetProperty("text").GetString() == AttendanceCardTexts.ReasonSeparator + "Đi công tác"));
        Assert.Contains(string.Join(", ", tally.NoAnswer) + ".", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NamesWithMarkdownCharacters_ShownAsWrittenInTextRuns()
    {
        var tally = Tally with { NoAnswer = ["Lê *Văn* _Tám_"] };

        var card = InvitationCard.Build(SecretaryInvitation with { Tally = tally });

        Assert.Equal("Lê *Văn* _Tám_.", Run(card, "Lê *Văn* _Tám_.").GetProperty("text").GetString());
    }

    /// <summary>The buttons a reader sees (the refresh action has no title).</summary>
    internal static IReadOnlyList<JsonElement> Buttons(AdaptiveCard card) => [.. Actions(card).Where(a => Str(a, "title") is not null)];

    internal static JsonElement Button(AdaptiveCard card, string title) => Assert.Single(Buttons(card), a => Str(a, "title") == title);

    private static Container MineBox(AdaptiveCard card) =>
        Assert.Single(card.Body.OfType<Container>(), c => CardJson.ToJsonElement(c).GetRawText().Contains(AttendanceCardTexts.MyAnswerLead, StringComparison.Ordinal));
}
