using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Meetings;

public sealed class MeetingFormCardTests
{
    [Fact]
    public void Build_NewEditAndErrors_AreValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(MeetingFormCard.Build(NewThematicForm));
        AdaptiveCardSchema.AssertValid(MeetingFormCard.Build(EditForm));
        AdaptiveCardSchema.AssertValid(MeetingFormCard.Build(FormWithErrors));
        AdaptiveCardSchema.AssertValid(MeetingFormCard.Build(NewThematicForm with { Members = [] }));
    }

    [Fact]
    public void Build_HeldMeeting_ShowsKindDayAndTimeAsAFactAndOffersOnlyTheRecordsInputs()
    {
        var card = MeetingFormCard.Build(EditForm with { Held = true });

        AdaptiveCardSchema.AssertValid(card);
        var ids = Inputs(card).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain(MeetingFormFields.Kind, ids);
        Assert.DoesNotContain(MeetingFormFields.Date, ids);
        Assert.DoesNotContain(MeetingFormFields.StartTime, ids);
        Assert.DoesNotContain(MeetingFormFields.HolidayConfirmed, ids);
        Assert.Contains(MeetingFormFields.Place, ids);
        Assert.Contains(MeetingTexts.FormHeldTitle, Text(card), StringComparison.Ordinal);
        Assert.Contains("14:30, Thứ Năm 10/12/2026", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NewForm_SaveCarriesTheCreateKey()
    {
        var card = MeetingFormCard.Build(NewThematicForm with { CreateKey = "0123456789ab" });

        var save = Actions(card).Single(a => a.GetProperty("verb").GetString() == MeetingVerbs.Save);
        Assert.Equal("0123456789ab", save.GetProperty("data").GetProperty(MeetingVerbs.CreateKeyKey).GetString());
    }

    [Fact]
    public void Build_Inputs_UseTheFieldConstantsAndTheExpectedTypes()
    {
        var card = MeetingFormCard.Build(EditForm);

        var expected = new Dictionary<string, string>
        {
            [MeetingFormFields.Kind] = "Input.ChoiceSet",
            [MeetingFormFields.Date] = "Input.Date",
            [MeetingFormFields.StartTime] = "Input.Time",
            [MeetingFormFields.DurationMinutes] = "Input.Number",
            [MeetingFormFields.Place] = "Input.Text",
            [MeetingFormFields.OnlineLink] = "Input.Text",
            [MeetingFormFields.Topic] = "Input.Text",
            [MeetingFormFields.Preparers] = "Input.ChoiceSet",
            [MeetingFormFields.ExtraAgenda] = "Input.Text",
            [MeetingFormFields.HolidayConfirmed] = "Input.Toggle",
        };
        Assert.Equal(expected, Inputs(card).ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("type").GetString()!));
    }

    [Fact]
    public void Build_EditForm_ValuesAreTheMeetingsInVietnamTime()
    {
        // Thematic starts 2026-12-10T07:30Z: 14:30 in Vietnam.
        var card = MeetingFormCard.Build(EditForm);

        Assert.Equal("Thematic", Str(Input(card, MeetingFormFields.Kind), "value"));
        Assert.Equal("expanded", Str(Input(card, MeetingFormFields.Kind), "style"));
        Assert.Equal("2026-12-10", Str(Input(card, MeetingFormFields.Date), "value"));
        Assert.Equal("2026-11-23", Str(Input(card, MeetingFormFields.Date), "min"));
        Assert.Equal("14:30", Str(Input(card, MeetingFormFields.StartTime), "value"));
        Assert.Equal("120", Str(Input(card, MeetingFormFields.DurationMinutes), "value"));
        Assert.Equal("120", Str(Input(card, MeetingFormFields.DurationMinutes), "min"));
        Assert.Equal("Hội trường Sở Tài chính", Str(Input(card, MeetingFormFields.Place), "value"));
        Assert.Equal(Thematic.OnlineLink!.ToString(), Str(Input(card, MeetingFormFields.OnlineLink), "value"));
        Assert.Equal(Thematic.Topic, Str(Input(card, MeetingFormFields.Topic), "value"));
        Assert.Equal("false", Str(Input(card, MeetingFormFields.HolidayConfirmed), "value"));
    }

    [Fact]
    public void Build_Preparers_MultiSelectCompactOfMembersWithCurrentSelection()
    {
        var preparers = Input(MeetingFormCard.Build(EditForm), MeetingFormFields.Preparers);

        Assert.True(preparers.GetProperty("isMultiSelect").GetBoolean());
        Assert.Null(Str(preparers, "style"));
        Assert.Equal("dv-004,dv-005", Str(preparers, "value"));
        Assert.Equal(Members.Select(m => (m.Name, m.MemberId)),
            preparers.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("title").GetString()!, c.GetProperty("value").GetString()!)));
    }

    [Fact]
    public void Build_MemberIdWithComma_Throws()
    {
        Assert.Throws<ArgumentException>(() => MeetingFormCard.Build(NewThematicForm with { Members = [new("a,b", "Tên")] }));
    }

    [Fact]
    public void Build_ExtraAgendaHint_NamesTheStepTheAgendaCardPutsAnUnnumberedLineAfter()
    {
        var line = "Kế hoạch công tác năm 2027";
        var meeting = Regular with { ExtraAgenda = MeetingFormFields.ParseAgenda(line) };
        var agenda = Lines(AgendaCard.Build(RegularAgenda with { Meeting = meeting })).ToList();
        var number = agenda[agenda.IndexOf(line) - 1];
        var step = number[..number.IndexOf('.', StringComparison.Ordinal)];
        var stepText = agenda[agenda.IndexOf(step + ".") + 1];

        var hint = Assert.Single(Lines(MeetingFormCard.Build(NewThematicForm)), l => l.Contains("sau mục", StringComparison.Ordinal));

        Assert.Equal(step + ".1", number);
        Assert.Contains($"sau mục {step} ({stepText[..stepText.IndexOf(';', StringComparison.Ordinal)]})", hint, StringComparison.Ordinal);
        Assert.Contains($"{step}.1, {step}.2", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NotApprovedForOnline_NoLinkFieldAndSaysWhy()
    {
        var card = MeetingFormCard.Build(NewThematicForm);

        Assert.DoesNotContain(Inputs(card), i => i.GetProperty("id").GetString() == MeetingFormFields.OnlineLink);
        Assert.Contains(MeetingTexts.OnlineNotApprovedNote, Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.OnlineApprovedNote, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ApprovedForOnline_LinkFieldWithReportNote()
    {
        var text = Text(MeetingFormCard.Build(EditForm));

        Assert.Contains(MeetingTexts.OnlineApprovedNote, text, StringComparison.Ordinal);
        Assert.Contains("báo cáo cấp ủy cấp trên", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SaveButton_ExecutesWithIdsOnlyAndAllInputs()
    {
        var save = Action(MeetingFormCard.Build(EditForm), "Lưu");

        Assert.Equal("Action.Execute", Str(save, "type"));
        Assert.Equal(MeetingVerbs.Save, Str(save, "verb"));
        Assert.Equal("meeting.save", MeetingVerbs.Save);
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = UnitId, ["meetingId"] = "T-2026-Q4" }, Data(save));
        Assert.Null(Str(save, "associatedInputs")); // "auto" is the default: every input goes along
    }

    [Fact]
    public void Build_NewMeeting_SaveDataHasNoMeetingIdAndTitleSaysNew()
    {
        var card = MeetingFormCard.Build(NewThematicForm);

        Assert.Equal(new Dictionary<string, string> { ["unitId"] = UnitId }, Data(Action(card, "Lưu")));
        Assert.Equal(MeetingTexts.FormNewTitle, Lines(card)[0]);
        Assert.Equal(MeetingTexts.FormEditTitle, Lines(MeetingFormCard.Build(EditForm))[0]);
    }

    [Fact]
    public void Build_CancelFormButton_SendsNoInputs()
    {
        var cancel = Action(MeetingFormCard.Build(EditForm), "Hủy bỏ");

        Assert.Equal("meeting.cancelForm", Str(cancel, "verb"));
        Assert.Equal("none", Str(cancel, "associatedInputs"));
        Assert.Equal(UnitId, Data(cancel)["unitId"]);
    }

    [Fact]
    public void Build_Errors_ShownAtTheTopInRedKeepingTypedValues()
    {
        var card = MeetingFormCard.Build(FormWithErrors);

        var box = Assert.IsType<Container>(card.Body[1]);
        Assert.Equal(ContainerStyle.Attention, box.Style);
        var positions = Positions(card, [MeetingTexts.FormNewTitle, MeetingTexts.FormErrorsLead, .. FormWithErrors.Errors!]);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal("attention", Run(card, "Sinh hoạt chuyên đề cần có chủ đề.").GetProperty("color").GetString());
        Assert.Equal("60", Str(Input(card, MeetingFormFields.DurationMinutes), "value"));
        Assert.Equal("2027-01-01", Str(Input(card, MeetingFormFields.Date), "value"));
    }

    [Fact]
    public void Build_NoErrors_NoErrorBox()
    {
        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, Text(MeetingFormCard.Build(NewThematicForm)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Labels_TopicRequiredForThematicAndHolidayToggle()
    {
        var card = MeetingFormCard.Build(NewThematicForm);

        Assert.Contains("bắt buộc với sinh hoạt chuyên đề", Str(Input(card, MeetingFormFields.Topic), "label"), StringComparison.Ordinal);
        Assert.Equal("Xác nhận họp vào ngày nghỉ", Str(Input(card, MeetingFormFields.HolidayConfirmed), "title"));
        Assert.Equal(["Sinh hoạt định kỳ", "Sinh hoạt chuyên đề"],
            Input(card, MeetingFormFields.Kind).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void ForMeeting_ExtraAgenda_RoundTripsThroughTheTextField()
    {
        var view = MeetingFormView.ForMeeting(Regular, UnitName, Members, 90, onlineApproved: false);

        Assert.Equal("4: Sơ kết công tác đảng quý IV năm 2026\nCho ý kiến về dự thảo kế hoạch công tác năm 2027", view.ExtraAgendaText);
        Assert.Equal(Regular.Agenda, MeetingFormFields.ParseAgenda(view.ExtraAgendaText));
        Assert.Equal(new DateOnly(2026, 12, 1), view.Date);
        Assert.Equal(new TimeOnly(8, 0), view.StartTime);
    }
}
