using ScottPlot;
using SkiaSharp;

namespace PartyBot.Cards.Charts;

/// <summary>
/// The one font every chart is drawn in: DejaVu Sans, embedded in this assembly. ScottPlot's Linux native assets
/// are built without fontconfig, so system fonts cannot be found by name; and a host without fonts would draw
/// Vietnamese as boxes. Embedding it makes every machine draw the same diacritics.
/// </summary>
internal static class ChartFont
{
    public const string Name = "PartyBot Sans";

    private static readonly Lazy<SKTypeface> Typeface = new(Load);
    private static readonly Lazy<bool> Registration = new(() =>
    {
        Fonts.FontResolvers.Add(new EmbeddedFontResolver());
        return true;
    });

    /// <summary>Registers the font with ScottPlot once per process (thread-safe); call before drawing.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("PartyBot.Cards.Charts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The embedded chart font PartyBot.Cards.Charts.DejaVuSans.ttf is missing.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException("The embedded chart font could not be read.");
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Name ? Typeface.Value : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Name ? Typeface.Value : null;
    }
}
