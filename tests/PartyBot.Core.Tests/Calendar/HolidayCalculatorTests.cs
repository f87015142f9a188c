using System.Globalization;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Tests.Calendar;

public sealed class HolidayCalculatorTests
{
    private static readonly HolidayCalculator Default = new();

    [Fact]
    public void Holidays_2026_AreTheElevenStatutoryDaysAndTwoCompensatoryDays()
    {
        var holidays = Default.Holidays(2026);

        // 28 Tết is Sunday 15/02: its nghỉ bù is Friday 20/02, so the days off are 16–20/02 as announced.
        Assert.Equal(
        [
            ("2026-01-01", "Tết Dương lịch", HolidayKind.Statutory),
            ("2026-02-15", "Tết Nguyên đán (28 Tết)", HolidayKind.Statutory),
            ("2026-02-16", "Tết Nguyên đán (29 Tết)", HolidayKind.Statutory),
            ("2026-02-17", "Tết Nguyên đán (mùng 1)", HolidayKind.Statutory),
            ("2026-02-18", "Tết Nguyên đán (mùng 2)", HolidayKind.Statutory),
            ("2026-02-19", "Tết Nguyên đán (mùng 3)", HolidayKind.Statutory),
            ("2026-02-20", "Nghỉ bù Tết Nguyên đán", HolidayKind.Compensatory),
            ("2026-04-26", "Giỗ Tổ Hùng Vương", HolidayKind.Statutory),
            ("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương", HolidayKind.Compensatory),
            ("2026-04-30", "Ngày Chiến thắng", HolidayKind.Statutory),
            ("2026-05-01", "Ngày Quốc tế Lao động", HolidayKind.Statutory),
            ("2026-09-01", "Quốc khánh (ngày liền kề)", HolidayKind.Statutory),
            ("2026-09-02", "Quốc khánh", HolidayKind.Statutory),
        ], holidays.Select(h => (Iso(h.Date), h.Name, h.Kind)));
    }

    [Fact]
    public void Holidays_EveryYear1900To2100_HaveElevenStatutoryDays()
    {
        for (var year = 1900; year <= 2100; year++)
        {
            Assert.Equal(11, Default.Holidays(year).Count(h => h.Kind == HolidayKind.Statutory));
        }
    }

    [Fact]
    public void Holidays_LunarNewYear2025WithoutThirtiethDay_StartsOn28Tet()
    {
        // Ất Tỵ's eve: the 12th month of Giáp Thìn had 29 days, so the last two days of the year are 28 and 29 Tết
        // (27 and 28/01/2025): the announced 27–31/01/2025.
        var tet = Default.Holidays(2025).Where(h => h.Name.StartsWith(CalendarTexts.LunarNewYear, StringComparison.Ordinal)).ToList();

        Assert.Equal(["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"], tet.Select(h => Iso(h.Date)));
        Assert.Equal(["Tết Nguyên đán (28 Tết)", "Tết Nguyên đán (29 Tết)"], tet[..2].Select(h => h.Name));
    }

    // The government's pick of the day joining 2/9, as announced:
    // 2021 (Thu) 2–5/9 (en.vietnamplus.vn/2021-lunar-new-year-holiday-to-last-for-seven-days/191224.vnp);
    // 2022 (Fri) 1–4/9 (en.dangcongsan.vn/…/workers-to-have-four-day-off-from-september-1-to-4-on-national-day-599964.html);
    // 2023 (Sat) 1–4/9 with Monday as nghỉ bù (hanoitimes.vn/vietnamese-workers-to-have-four-days-off-on-the-occasion-of-national-day-2023.590171.html);
    // 2024 (Mon) 31/8–3/9 (vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html);
    // 2025 (Tue) 30/8–2/9 (vietnamnet.vn/lich-nghi-le-quoc-khanh-2-9-2025-nguoi-lao-dong-duoc-nghi-may-ngay-2433947.html).
    [Theory]
    [InlineData(2021, "2021-09-03")]
    [InlineData(2022, "2022-09-01")]
    [InlineData(2023, "2023-09-01")]
    [InlineData(2024, "2024-09-03")]
    [InlineData(2025, "2025-09-01")]
    public void Holidays_NationalDayBridgeRule_PicksTheAnnouncedAdjacentDay(int year, string expected)
    {
        var adjacent = Default.Holidays(year).Single(h => h.Name == CalendarTexts.NationalDayAdjacent);

        Assert.Equal(Date(expected), adjacent.Date);
    }

    [Fact]
    public void Holidays_NationalDayOnSaturday2023_GivesCompensatoryMonday()
    {
        var september = Default.Holidays(2023).Where(h => h.Date.Month == 9).ToList();

        Assert.Equal(
        [
            ("2023-09-01", HolidayKind.Statutory),
            ("2023-09-02", HolidayKind.Statutory),
            ("2023-09-04", HolidayKind.Compensatory),
        ], september.Select(h => (Iso(h.Date), h.Kind)));
        Assert.Equal("Nghỉ bù Quốc khánh", september[2].Name);
    }

    [Theory]
    [InlineData(NationalDayAdjacentDay.Before, "2026-09-01")]
    [InlineData(NationalDayAdjacentDay.After, "2026-09-03")]
    public void Holidays_NationalDayAdjacentConfigured_UsesThatDay(NationalDayAdjacentDay rule, string expected)
    {
        var calculator = new HolidayCalculator(new CalendarOptions { NationalDayAdjacentDay = rule });

        Assert.Equal(Date(expected), calculator.Holidays(2026).Single(h => h.Name == CalendarTexts.NationalDayAdjacent).Date);
    }

    // 1/1/2023 was a Sunday: nghỉ bù on Monday 2/1/2023 (Bộ luật Lao động 2019, Điều 111 khoản 3). Giỗ Tổ 2026 falls
    // on Sunday 26/4: "người lao động được nghỉ bù vào thứ hai (ngày 27.4)" (thanhnien.vn, see the lunar tests).
    [Theory]
    [InlineData("2023-01-01", "2023-01-02")]
    [InlineData("2026-04-26", "2026-04-27")]
    public void Holidays_FixedOrLunarHolidayOnSunday_GivesCompensatoryMonday(string holiday, string monday)
    {
        var holidays = Default.Holidays(Date(holiday).Year);

        Assert.Equal(DayOfWeek.Sunday, Date(holiday).DayOfWeek);
        var compensatory = Assert.Single(holidays, h => h.Date == Date(monday));
        Assert.Equal(HolidayKind.Compensatory, compensatory.Kind);
    }

    // 2022: 30/4 Saturday and 1/5 Sunday → nghỉ bù Monday 2/5 and Tuesday 3/5 (baonghean.vn/en/dip-30-4-1-5-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tuc-10238808.html).
    // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → nghỉ bù 2/5 and 3/5 (en.vietnamplus.vn/workers-to-enjoy-fiveday-reunification-day-holiday/247586.vnp).
    [Theory]
    [InlineData(2022, "2022-05-02", "2022-05-03")]
    [InlineData(2023, "2023-05-02", "2023-05-03")]
    public void Holidays_SeveralHolidaysOnOneWeekend_CompensateOnConsecutiveWorkingDays(int year, string first, string second)
    {
        var compensatory = Default.Holidays(year).Where(h => h.Kind == HolidayKind.Compensatory && h.Date.Month == 5);

        Assert.Equal([first, second], compensatory.Select(h => Iso(h.Date)));
    }

    [Fact]
    public void Holidays_TetOverWeekend2024_CompensatesAfterTheFifthDay()
    {
        // Default Tết 2024: 29 and 30 Tết Thu 8/2 and Fri 9/2, mùng 1–3 Sat 10/2 – Mon 12/2; Saturday and Sunday are
        // made good Tue 13 and Wed 14: the announced 08–14/02/2024.
        var february = Default.Holidays(2024).Where(h => h.Date.Month == 2).ToList();

        Assert.Equal(["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14"], february.Select(h => Iso(h.Date)));
        Assert.Equal(["Tết Nguyên đán (29 Tết)", "Tết Nguyên đán (30 Tết)"], february[..2].Select(h => h.Name));
        Assert.All(february[5..], h => Assert.Equal("Nghỉ bù Tết Nguyên đán", h.Name));
    }

    // The government's Tết breaks (days off in a row, weekends included), as announced: 2020 23–29/01 (29 Tết to
    // mùng 5); 2021 10–16/02; 2022 29/01–06/02 (5 days 31/01–04/02 between two weekends); 2023 20–26/01;
    // 2024 08–14/02; 2025 25/01–02/02 (5 days 27–31/01); 2026 14–22/02 (5 days 16–20/02). Each starts its 5 days
    // two days before mùng 1 (domain.md "Calendar"); where that day is a Sunday (2022, 2026) its nghỉ bù gives the
    // same break.
    [Theory]
    [InlineData(2020, "2020-01-23", "2020-01-29")]
    [InlineData(2021, "2021-02-10", "2021-02-16")]
    [InlineData(2022, "2022-01-29", "2022-02-06")]
    [InlineData(2023, "2023-01-20", "2023-01-26")]
    [InlineData(2024, "2024-02-08", "2024-02-14")]
    [InlineData(2025, "2025-01-25", "2025-02-02")]
    [InlineData(2026, "2026-02-14", "2026-02-22")]
    public void Holidays_TetBreak2020To2026_IsTheAnnouncedBreak(int year, string first, string last)
    {
        var calendar = new CalendarYear(year, Default.Holidays(year), []);
        var start = VietnameseLunarCalendar.NewYear(year);
        var end = start;
        while (!calendar.IsWorkingDay(start.AddDays(-1)))
        {
            start = start.AddDays(-1);
        }
        while (!calendar.IsWorkingDay(end.AddDays(1)))
        {
            end = end.AddDays(1);
        }

        Assert.Equal((first, last), (Iso(start), Iso(end)));
    }

    [Fact]
    public void Holidays_CompensationTurnedOff_HasNoCompensatoryDays()
    {
        var calculator = new HolidayCalculator(new CalendarOptions { CompensateWeeklyRestDays = false });

        Assert.DoesNotContain(calculator.Holidays(2023), h => h.Kind == HolidayKind.Compensatory);
    }

    [Fact]
    public void Holidays_OneTetDayBeforeNewYear_StartsOnTheLastDayOfTheYear()
    {
        var calculator = new HolidayCalculator(new CalendarOptions { TetDaysBeforeNewYear = 1 });

        var tet = calculator.Holidays(2026).Where(h => h.Name.StartsWith(CalendarTexts.LunarNewYear, StringComparison.Ordinal));

        Assert.Equal(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"], tet.Select(h => Iso(h.Date)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
