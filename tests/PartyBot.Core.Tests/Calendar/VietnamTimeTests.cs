using PartyBot.Core.Calendar;

namespace PartyBot.Core.Tests.Calendar;

public sealed class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-12-01T01:00:00Z", "08:00 01/12/2026")]
    [InlineData("2026-12-31T17:30:00Z", "00:30 01/01/2027")]
    [InlineData("2026-11-30T16:59:00Z", "23:59 30/11/2026")]
    [InlineData("2026-12-01T08:05:00+07:00", "08:05 01/12/2026")]
    public void Format_AnyInstant_HourMinuteDayMonthYearInVietnam(string instant, string expected) =>
        Assert.Equal(expected, VietnamTime.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_InAnotherCulture_SameText()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("08:00 01/12/2026", VietnamTime.Format(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2000)]
    public void YearStart_Year_IsMidnightOfJanuaryFirstInVietnam(int year)
    {
        var start = VietnamTime.YearStart(year);

        Assert.Equal(new DateTimeOffset(year - 1, 12, 31, 17, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.FromHours(7), start.Offset);
        Assert.Equal(new DateTime(year, 1, 1), VietnamTime.ToVietnam(start).DateTime);
    }

    [Fact]
    public void YearStart_NextYear_IsOneYearLater() =>
        Assert.Equal(VietnamTime.YearStart(2027), VietnamTime.YearStart(2026).AddYears(1));
}
