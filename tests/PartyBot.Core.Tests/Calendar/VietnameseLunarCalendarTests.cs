using System.Globalization;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    private static readonly DateOnly First = VietnameseLunarCalendar.MinSupportedDate;
    private static readonly DateOnly Last = VietnameseLunarCalendar.MaxSupportedDate;

    // Published Vietnamese dates of mùng 1 Tết:
    // 2024 — Tết break 8–14/02/2024 = 29 Tết to mùng 5 (en.vietnamplus.vn/vietnamese-to-enjoy-oneweek-tet-holiday-in-2024/270740.vnp).
    // 2025 — "The Vietnamese lunar new year 2025 officially takes place on Wednesday, January 29, 2025"; the break ran
    //        25/01–02/02/2025, "from the 26th day of the lunar december to the 5th day of tet"
    //        (reavconstanta.pages.dev/obwtalo-lunar-new-year-2025-vietnam-images-rqugqpk, greteyvaleda.pages.dev/laavhoo-lunar-new-year-2025-vietnam-photos-hwqxvac).
    // 2026 — Tết break Sat 14/02/2026 (27 tháng Chạp Ất Tỵ) to Sun 22/02/2026 (mùng 6 Bính Ngọ)
    //        (congan.com.vn/?catid=702&id=388656&mod=detnews, via shared/research/domain-sources.md §8).
    // 2027, 2028 — not yet announced; the values of Hồ Ngọc Đức's calendar (informatik.uni-leipzig.de/~duc/amlich/),
    //        which this code reproduces, and the same as China's those years.
    // 2007 — Vietnam 17/02/2007, China 18/02/2007 (viet-jo.com/news/life/060706102756.html, quoting Vietnam's
    //        government; Hồ Ngọc Đức: "In 2007 the Vietnamese New Year is on 17/02/2007, the Chinese one on 18/02/2007").
    // 1985 — Vietnam 21/01/1985, a month before China's 20/02/1985: Vietnam's 1985 has a leap 2nd month where China's
    //        1984 has a leap 10th (Hồ Ngọc Đức, informatik.uni-leipzig.de/~duc/amlich/calrules_en.html, as cited in
    //        reddit r/todayilearned "in 1985 … Vietnam's Lunar New Year occurred a full month earlier than in China";
    //        "The Vietnamese celebrated their own version of Tet on January 21 that same year — a full month earlier",
    //        China on February 20, 1985 — www.oreateai.com/blog/1985-lunar-new-year).
    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(1985, "1985-01-21")]
    public void NewYear_KnownYear_MatchesPublishedVietnameseDate(int year, string expected)
    {
        Assert.Equal(Date(expected), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1, false), VietnameseLunarCalendar.ToLunar(Date(expected)));
    }

    // Giỗ Tổ Hùng Vương, 10/3 lunar:
    // 2024 — "falls on April 18 this year" (vietnam.vnanet.vn/english/tin-van/hung-kings-temple-festival-opens-in-phu-tho-364487.html).
    // 2025 — "falls on Monday, April 7, 2025" (vietnamnet.vn/en/vietnam-announces-3-day-holiday-for-hung-kings-commemoration-day-2025-2387076.html).
    // 2026 — "rơi vào chủ nhật (ngày 26.4 dương lịch)" (thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm).
    // 2027 — not yet announced; Hồ Ngọc Đức's calendar.
    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void ToSolar_HungKingsDay_MatchesPublishedDate(int year, string expected)
    {
        Assert.Equal(Date(expected), VietnameseLunarCalendar.ToSolar(year, 3, 10));
    }

    [Fact]
    public void NewYear_2007_IsOneDayBeforeChina()
    {
        var china = ChinaNewYear(2007);

        Assert.Equal(new DateOnly(2007, 2, 18), china);
        Assert.Equal(china.AddDays(-1), VietnameseLunarCalendar.NewYear(2007));
    }

    // Since Vietnam moved to UTC+7 (1968), Tết differed from China's in 1968, 1969 and 1985 (Hồ Ngọc Đức; the
    // viet-jo article above lists 1968 and 1969), and will in 2007, 2030 and 2053 — "in the 21st century there are 3
    // years …: 2007, 2030, 2053" (Hồ Ngọc Đức, quoted at kientruc2014.com/vietnam/…what-year-is-it-in-vietnam.html).
    [Fact]
    public void NewYear_1968To2100_DiffersFromChinaOnlyInKnownYears()
    {
        var differing = Enumerable.Range(1968, 2100 - 1968 + 1)
            .Where(year => VietnameseLunarCalendar.NewYear(year) != ChinaNewYear(year))
            .ToArray();

        Assert.Equal([1968, 1969, 1985, 2007, 2030, 2053], differing);
    }

    // The same computation at UTC+8 must be China's calendar, which .NET ships as a table. China has computed at
    // UTC+8 since 1929 (before, at Beijing's meridian 116°25′E — Aslaksen, "The Mathematics of the Chinese Calendar",
    // rule 1; nghiencuulichsu.com/2024/04/23/thang-dau-nam-trong-lich-tau/), so from 1929 the days must agree: this
    // checks the astronomy on ~63,000 days. The exceptions are two months whose new moon falls within two minutes of
    // Beijing midnight (28/09/2057 at 23:59.6, 08/08/2097 at 00:01.7 by these formulas), finer than the shortened
    // formulas resolve; at UTC+7 those new moons are an hour from midnight, so Vietnam's calendar is not affected.
    [Fact]
    public void LunisolarComputer_AtUtcPlus8_AgreesWithDotNetChineseCalendarSince1929()
    {
        var china = new LunisolarComputer(8, First, Last);
        var reference = new ChineseLunisolarCalendar();
        var mismatchingMonths = new SortedSet<string>(StringComparer.Ordinal);

        for (var day = new DateOnly(1929, 1, 1); day <= Last; day = day.AddDays(1))
        {
            if (china.ToLunar(day) != FromDotNet(reference, day))
            {
                mismatchingMonths.Add(day.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(["2057-09", "2057-10", "2097-08", "2097-09"], mismatchingMonths);
    }

    [Fact]
    public void ToLunarAndToSolar_EveryDay1900To2100_RoundTripAndCountOnByOne()
    {
        var previous = VietnameseLunarCalendar.ToLunar(First);
        Assert.Equal(First, VietnameseLunarCalendar.ToSolar(previous));

        for (var day = First.AddDays(1); day <= Last; day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar));
            if (lunar.Day == 1)
            {
                Assert.True(previous.Day is 29 or 30, $"{day:yyyy-MM-dd}: the month before ends on day {previous.Day}");
                Assert.Equal(previous.Day, VietnameseLunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth));
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }
            previous = lunar;
        }
    }

    [Fact]
    public void LeapMonth_1900To2100_EveryLeapMonthFollowsItsNamesake()
    {
        for (var year = 1900; year < 2100; year++)
        {
            var leap = VietnameseLunarCalendar.LeapMonth(year);
            if (leap is { } month)
            {
                var leapStart = VietnameseLunarCalendar.ToSolar(year, month, 1, leapMonth: true);
                var namesakeEnd = VietnameseLunarCalendar.ToSolar(year, month, VietnameseLunarCalendar.DaysInMonth(year, month));
                Assert.Equal(namesakeEnd.AddDays(1), leapStart);
            }
            var nextYearStart = VietnameseLunarCalendar.NewYear(year + 1).DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber;
            Assert.InRange(nextYearStart, leap is null ? 353 : 383, leap is null ? 355 : 385);
        }
    }

    // 2023 (Quý Mão) had a leap 2nd month, 2025 (Ất Tỵ) a leap 6th month, 2024 none; 2033 has the rare leap 11th.
    [Theory]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2024, null)]
    [InlineData(2026, null)]
    [InlineData(2033, 11)]
    public void LeapMonth_KnownYears_IsThePublishedMonth(int year, int? expected)
    {
        Assert.Equal(expected, VietnameseLunarCalendar.LeapMonth(year));
    }

    [Fact]
    public void ToLunar_InLeapSixthMonth2025_IsMarkedLeap()
    {
        var leapStart = VietnameseLunarCalendar.ToSolar(2025, 6, 1, leapMonth: true);

        Assert.Equal(new DateOnly(2025, 7, 25), leapStart);
        Assert.Equal(new LunarDate(2025, 6, 1, true), VietnameseLunarCalendar.ToLunar(leapStart));
        Assert.Equal(new LunarDate(2025, 6, VietnameseLunarCalendar.DaysInMonth(2025, 6), false), VietnameseLunarCalendar.ToLunar(leapStart.AddDays(-1)));
        Assert.Equal("01/06 nhuận/2025", VietnameseLunarCalendar.ToLunar(leapStart).ToString());
    }

    [Fact]
    public void ToSolar_LeapMonthTheYearLacks_Throws()
    {
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2024, 6, 1, leapMonth: true));
    }

    [Fact]
    public void ToSolar_DayPastTheMonthEnd_Throws()
    {
        // The 12th month of Ất Tỵ has 29 days: Tết 2026 came after 29 Tết (domain-sources: 14/02/2026 = 27 tháng Chạp).
        Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(2025, 12));
        Assert.Equal(new DateOnly(2026, 2, 16), VietnameseLunarCalendar.ToSolar(2025, 12, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 12, 30));
    }

    [Fact]
    public void ToLunar_OutsideSupportedRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(2101, 1, 1)));
    }

    private static DateOnly ChinaNewYear(int year)
    {
        var calendar = new ChineseLunisolarCalendar();
        return DateOnly.FromDateTime(calendar.ToDateTime(year, 1, 1, 0, 0, 0, 0));
    }

    /// <summary>.NET numbers a leap year's months 1–13; the leap month is the one after its namesake.</summary>
    private static LunarDate FromDotNet(ChineseLunisolarCalendar calendar, DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        var year = calendar.GetYear(time);
        var month = calendar.GetMonth(time);
        var leap = calendar.GetLeapMonth(year);
        return new LunarDate(year, leap > 0 && month >= leap ? month - 1 : month, calendar.GetDayOfMonth(time), leap > 0 && month == leap);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
