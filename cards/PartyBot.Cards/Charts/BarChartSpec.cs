namespace PartyBot.Cards.Charts;

/// <summary>
/// What a bar chart on a card shows: bars with Vietnamese labels, an optional target line across the chart
/// (e.g. 90 % of chi bộ rated Tốt), and per-bar targets where each bar has its own (90 % for one, 100 % for another).
/// Values are in the unit of <see cref="ValueSuffix"/> (percent by default) from 0 to <see cref="MaxValue"/>.
/// </summary>
public sealed record BarChartSpec
{
    public required string Title { get; init; }

    public required IReadOnlyList<ChartBar> Bars { get; init; }

    /// <summary>A dashed line across every bar, with <see cref="TargetLabel"/> written beside it.</summary>
    public double? Target { get; init; }

    public string? TargetLabel { get; init; }

    /// <summary>The value axis runs from 0 to this.</summary>
    public double MaxValue { get; init; } = 100;

    /// <summary>Written after each bar's value ("92 %").</summary>
    public string ValueSuffix { get; init; } = " %";

    /// <summary>Written before a per-bar target ("mục tiêu 90 %").</summary>
    public string TargetWord { get; init; } = "mục tiêu";

    /// <summary>Pixels. The defaults keep the PNG near 10–15 KB, so a card with it stays well under 80 KB.</summary>
    public int Width { get; init; } = 520;

    public int Height { get; init; } = 280;
}

/// <summary>One bar. A bar with a <see cref="Target"/> gets its own short dashed target mark and is coloured
/// by whether it reaches it; <see cref="Color"/> ("#RRGGBB") overrides that.</summary>
public sealed record ChartBar(string Label, double Value, double? Target = null, string? Color = null);
