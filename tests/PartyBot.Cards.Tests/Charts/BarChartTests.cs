using System.Buffers.Binary;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Charts;

namespace PartyBot.Cards.Tests.Charts;

public sealed class BarChartTests
{
    private static readonly string[] Committees = ["Bộ Tài chính", "Bộ Y tế", "Bộ Giáo dục", "Bộ Xây dựng", "Bộ Nội vụ", "Ngân hàng"];

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    internal static BarChartSpec QuarterSpec => new()
    {
        Title = "Kết quả khảo sát quý IV/2026 — Đảng ủy Khối",
        Bars =
        [
            new ChartBar("Chi bộ xếp loại Tốt", 84.5, Target: 90),
            new ChartBar("Có sinh hoạt chuyên đề", 100, Target: 100),
        ],
    };

    [Fact]
    public void RenderPng_QuarterSpec_IsAPngOfTheAskedSizeAndSmallEnoughForACard()
    {
        var png = BarChart.RenderPng(QuarterSpec);

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(QuarterSpec.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(QuarterSpec.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.InRange(png.Length, 3_000, 25 * 1024);
        WriteForLooking("bar-chart-quarter.png", png);
    }

    [Fact]
    public void Render_AcrossTargetAndManyBars_IsADataUrlThatFitsInACardWithRoomToSpare()
    {
        var spec = new BarChartSpec
        {
            Title = "Tỷ lệ chi bộ xếp loại Tốt theo đảng bộ — mục tiêu 90 %",
            Bars = Committees.Select((label, index) => new ChartBar(label, 70 + (index * 5.5))).ToList(),
            Target = 90,
            TargetLabel = "Mục tiêu 90 %",
        };

        var url = BarChart.Render(spec);
        var card = new AdaptiveCard { Body = [new Image { Url = new Uri(url), AltText = spec.Title }] };

        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        Assert.Equal(PngSignature, Convert.FromBase64String(url["data:image/png;base64,".Length..])[..8]);
        Assert.Contains(url, CardJson.ToJson(card), StringComparison.Ordinal);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes / 2);
        WriteForLooking("bar-chart-across-target.png", Convert.FromBase64String(url["data:image/png;base64,".Length..]));
    }

    [Fact]
    public void RenderPng_SameSpecTwice_SameBytes()
    {
        Assert.Equal(BarChart.RenderPng(QuarterSpec), BarChart.RenderPng(QuarterSpec));
    }

    [Fact]
    public void RenderPng_DifferentLabel_DifferentPicture()
    {
        var other = QuarterSpec with { Bars = [new ChartBar("Chi bộ xếp loại Khá", 84.5, Target: 90), QuarterSpec.Bars[1]] };

        Assert.NotEqual(BarChart.RenderPng(QuarterSpec), BarChart.RenderPng(other));
    }

    [Theory]
    [InlineData(0, 520, 280)]
    [InlineData(2, 50, 280)]
    [InlineData(2, 520, 5000)]
    public void RenderPng_OutOfBoundsSpec_Throws(int bars, int width, int height)
    {
        var spec = QuarterSpec with { Bars = QuarterSpec.Bars.Take(bars).ToList(), Width = width, Height = height };

        Assert.Throws<ArgumentException>(() => BarChart.RenderPng(spec));
    }

    /// <summary>Into PARTYBOT_CARDS_OUT when set (next to the gallery's JSON), so the picture can be looked at.</summary>
    private static void WriteForLooking(string name, byte[] png)
    {
        var folder = Environment.GetEnvironmentVariable("PARTYBOT_CARDS_OUT") is { Length: > 0 } set
            ? set
            : Path.Combine(Path.GetTempPath(), "partybot-charts");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), png);
    }
}
