using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace PartyBot.Cards.Charts;

/// <summary>
/// Draws a <see cref="BarChartSpec"/> as a small PNG for an Adaptive Card <c>Image</c>: Teams shows
/// <c>data:image/png;base64,…</c> URLs in bot cards, so no image host is needed. Same spec, same bytes.
/// </summary>
public static class BarChart
{
    private static readonly Color Reached = Color.FromHex("#2E7D32");
    private static readonly Color Missed = Color.FromHex("#C62828");
    private static readonly Color Plain = Color.FromHex("#1565C0");
    private static readonly Color TargetInk = Color.FromHex("#424242");

    /// <summary>The chart as a <c>data:image/png;base64,…</c> URL, ready for <c>Image.Url</c>.</summary>
    public static string Render(BarChartSpec spec) => ToDataUrl(RenderPng(spec));

    public static string ToDataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>The chart as PNG bytes.</summary>
    public static byte[] RenderPng(BarChartSpec spec)
    {
        Validate(spec);
        ChartFont.EnsureRegistered();
        using var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        plot.Title(spec.Title, size: 15);
        plot.Axes.Title.Label.Bold = false;

        var bars = spec.Bars.Select((bar, index) => new Bar
        {
            Position = index,
            Value = Math.Clamp(bar.Value, 0, spec.MaxValue),
            FillColor = ColorOf(bar, spec.Target),
            LineWidth = 0,
            Size = 0.6,
            Label = FormatValue(bar.Value) + spec.ValueSuffix,
            CenterLabel = true,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartFont.Name;
        barPlot.ValueLabelStyle.FontSize = 13;
        barPlot.ValueLabelStyle.Bold = true;
        barPlot.ValueLabelStyle.ForeColor = Colors.White;

        foreach (var (bar, index) in spec.Bars.Select((bar, index) => (bar, index)))
        {
            if (bar.Target is { } target)
            {
                var mark = plot.Add.Line(index - 0.4, target, index + 0.4, target);
                mark.LineWidth = 2;
                mark.LinePattern = LinePattern.Dashed;
                mark.LineColor = TargetInk;
                AddTargetText(plot, spec.TargetWord + " " + FormatValue(target) + spec.ValueSuffix, index - 0.4, target);
            }
        }

        if (spec.Target is { } across)
        {
            plot.Add.HorizontalLine(across, width: 2, color: TargetInk, pattern: LinePattern.Dashed);
            AddTargetText(plot, spec.TargetLabel ?? spec.TargetWord + " " + FormatValue(across) + spec.ValueSuffix, -0.55, across);
        }

        var positions = Enumerable.Range(0, spec.Bars.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, spec.Bars.Select(bar => bar.Label).ToArray());
        // Invisible but long ticks: the bar names are clipped to the tick length plus a text height measured without
        // the dots below Vietnamese vowels (ộ, ạ), so zero-length ticks cut those dots off.
        plot.Axes.Bottom.MajorTickStyle.Length = 6;
        plot.Axes.Bottom.MajorTickStyle.Color = Colors.Transparent;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        // Fixed padding: the automatic layout measured the tick labels short and cut the bar names at the bottom.
        plot.Layout.Fixed(new PixelPadding(left: 40, right: 12, bottom: 40, top: 40));
        plot.Axes.SetLimits(-0.6, spec.Bars.Count - 0.4, 0, spec.MaxValue * 1.12);
        var step = spec.MaxValue / 5;
        var valueTicks = Enumerable.Range(0, 6).Select(i => i * step).ToArray();
        plot.Axes.Left.SetTicks(valueTicks, valueTicks.Select(FormatValue).ToArray());
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#E0E0E0");

        return EncodePng(plot, spec.Width, spec.Height);
    }

    /// <summary>Drawn on an opaque white canvas, then written as a palette PNG (see <see cref="IndexedPng"/>).</summary>
    private static byte[] EncodePng(Plot plot, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        plot.Render(surface.Canvas, width, height);
        var pixels = new byte[info.BytesSize];
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(pixels, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            if (!surface.ReadPixels(info, handle.AddrOfPinnedObject(), info.RowBytes, 0, 0))
            {
                throw new InvalidOperationException("SkiaSharp could not read the chart's pixels.");
            }
        }
        finally
        {
            handle.Free();
        }

        return IndexedPng.Encode(pixels, width, height);
    }

    /// <summary>Small grey text sitting on the dashed line, starting at <paramref name="x"/>.</summary>
    private static void AddTargetText(Plot plot, string text, double x, double y)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFont.Name;
        label.LabelFontSize = 11;
        label.LabelFontColor = TargetInk;
        label.LabelAlignment = Alignment.LowerLeft;
        label.OffsetY = -2;
    }

    private static Color ColorOf(ChartBar bar, double? acrossTarget)
    {
        if (bar.Color is { } hex)
        {
            return Color.FromHex(hex);
        }

        return (bar.Target ?? acrossTarget) is { } target ? (bar.Value >= target ? Reached : Missed) : Plain;
    }

    private static string FormatValue(double value) =>
        value.ToString(value % 1 == 0 ? "0" : "0.0", CultureInfo.GetCultureInfo("vi-VN"));

    private static void Validate(BarChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Bars.Count is 0 or > 24)
        {
            throw new ArgumentException("A card chart has 1 to 24 bars.", nameof(spec));
        }

        if (spec.Width is < 120 or > 1200 || spec.Height is < 80 or > 800)
        {
            throw new ArgumentException("A card chart is 120–1200 × 80–800 pixels.", nameof(spec));
        }

        if (spec.MaxValue <= 0)
        {
            throw new ArgumentException("MaxValue must be positive.", nameof(spec));
        }
    }
}
