using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Tests.Meetings;

public sealed class MeetingFormFieldsTests
{
    [Fact]
    public void ParseAgenda_LinesWithAndWithoutStep_PlacedAfterThatStepOrAfterSix()
    {
        var items = MeetingFormFields.ParseAgenda("4: Sơ kết quý IV\r\n\r\n  Kế hoạch năm 2027  \n8:Kết nạp đảng viên\n9: Chín không phải bước\nGiờ họp 10:30 đổi\n3:   ");

        Assert.Equal(
            [
                new AgendaItem("Sơ kết quý IV", 4),
                new AgendaItem("Kế hoạch năm 2027", 6),
                new AgendaItem("Kết nạp đảng viên", 8),
                new AgendaItem("9: Chín không phải bước", 6),
                new AgendaItem("Giờ họp 10:30 đổi", 6),
                new AgendaItem("3:", 6),
            ],
            items);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n \n")]
    public void ParseAgenda_Blank_NoItems(string? text)
    {
        Assert.Empty(MeetingFormFields.ParseAgenda(text));
    }

    [Fact]
    public void FormatAgenda_DefaultStepOmitted()
    {
        Assert.Equal("Một\n2: Hai", MeetingFormFields.FormatAgenda([new AgendaItem("Một"), new AgendaItem("Hai", 2)]));
    }

    [Fact]
    public void Fields_IdsAreDistinct()
    {
        string[] ids =
        [
            MeetingFormFields.Kind, MeetingFormFields.Date, MeetingFormFields.StartTime, MeetingFormFields.DurationMinutes, MeetingFormFields.Place,
            MeetingFormFields.OnlineLink, MeetingFormFields.Topic, MeetingFormFields.Preparers, MeetingFormFields.ExtraAgenda, MeetingFormFields.HolidayConfirmed,
        ];

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Thematic", MeetingFormFields.KindValue(MeetingKind.Thematic));
    }
}
