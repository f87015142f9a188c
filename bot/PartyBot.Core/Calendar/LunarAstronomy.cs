namespace PartyBot.Core.Calendar;

/// <summary>
/// The two astronomical quantities a Chinese-style lunisolar calendar needs: the instant of each new moon and the
/// Sun's longitude. Formulas from Jean Meeus, <i>Astronomical Algorithms</i>, in the shortened form Hồ Ngọc Đức uses
/// for the Vietnamese calendar (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html): accurate to a
/// few minutes over 1900–2100, which is what the calendar rules need. Times are Julian dates (UT, day starts at noon).
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Mean length of a lunation, in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian date of mean new moon number 0 (early on 1 January 1900); new moon k follows it k lunations later.</summary>
    public const double NewMoonEpoch = 2415021.076998695;

    /// <summary>Julian Day Number of 1 January 0001, so that JDN = <see cref="DateOnly.DayNumber"/> + this.</summary>
    public const int DayNumberToJulianDay = 1721426;

    private const double Degree = Math.PI / 180;

    /// <summary>The instant (Julian date, UT) of new moon number <paramref name="k"/> counted from January 1900.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900
        var t2 = t * t;
        var t3 = t2 * t;

        var mean = 2415020.75933 + SynodicMonth * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Degree);
        var sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * Degree;
        var moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * Degree;
        var moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * Degree;

        var correction = (0.1734 - 0.000393 * t) * Math.Sin(sunAnomaly)
            + 0.0021 * Math.Sin(2 * sunAnomaly)
            - 0.4068 * Math.Sin(moonAnomaly)
            + 0.0161 * Math.Sin(2 * moonAnomaly)
            - 0.0004 * Math.Sin(3 * moonAnomaly)
            + 0.0104 * Math.Sin(2 * moonLatitude)
            - 0.0051 * Math.Sin(sunAnomaly + moonAnomaly)
            - 0.0074 * Math.Sin(sunAnomaly - moonAnomaly)
            + 0.0004 * Math.Sin(2 * moonLatitude + sunAnomaly)
            - 0.0004 * Math.Sin(2 * moonLatitude - sunAnomaly)
            - 0.0006 * Math.Sin(2 * moonLatitude + moonAnomaly)
            + 0.0010 * Math.Sin(2 * moonLatitude - moonAnomaly)
            + 0.0005 * Math.Sin(2 * moonAnomaly + sunAnomaly);

        // ΔT (dynamical time minus universal time), in days.
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;

        return mean + correction - deltaT;
    }

    /// <summary>The Sun's longitude at Julian date <paramref name="julianDate"/>, in radians, in [0, 2π).</summary>
    public static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525; // Julian centuries since J2000
        var t2 = t * t;
        var meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * Degree;
        var meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000290 * Math.Sin(3 * meanAnomaly);
        var longitude = (meanLongitude + centre) * Degree;
        longitude -= 2 * Math.PI * Math.Floor(longitude / (2 * Math.PI));
        return longitude;
    }
}
