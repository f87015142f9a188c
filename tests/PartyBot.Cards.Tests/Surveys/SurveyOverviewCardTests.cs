using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Surveys;
using PartyBot.Cards.Tests.Organization;

namespace PartyBot.Cards.Tests.Surveys;

public sealed class SurveyOverviewCardTests
{
    [Fact]
    public void Build_TwelveCells_ChartImageAndTheSameFiguresAsText()
    {
        var card = SurveyOverviewCard.Build(SurveyOverviewSamples.View);
        var json = CardJson.ToJson(card);
        var text = CardInspection.Text(card);

        Assert.Contains("\"url\":\"data:image/png;base64,", json, StringComparison.Ordinal);
        Assert.Contains("7/12 (58,3 %) · mục tiêu 90 %: chưa đạt", text, StringComparison.Ordinal);
        Assert.Contains("10/12 (83,3 %) · mục tiêu 100 %: chưa đạt", text, StringComparison.Ordinal);
        Assert.Contains("Trung bình (62,4)", text, StringComparison.Ordinal);
        Assert.Contains("chưa đủ phiếu", text, StringComparison.Ordinal);
        Assert.Contains("3/15 (20 %)", text, StringComparison.Ordinal);
        Assert.Contains("Tải CSV", json, StringComparison.Ordinal);
        Assert.DoesNotContain(SurveyOverviewVerbs.Page, json, StringComparison.Ordinal); // one page
    }

    [Fact]
    public void Build_TwoThousandCells_EveryPageUnderTheLimitWithItsRowsAndButtons()
    {
        var pages = (2000 + SurveyOverviewCard.UnitsPerPage - 1) / SurveyOverviewCard.UnitsPerPage;
        foreach (var index in new[] { 0, 1, pages / 2, pages - 1 })
        {
            var card = SurveyOverviewCard.Build(SurveyOverviewSamples.View with { Overview = SurveyOverviewSamples.TwoThousand, Page = index });
            var text = CardInspection.Text(card);

            Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
            Assert.Contains($"Trang {index + 1}/{pages}", text, StringComparison.Ordinal);
            Assert.Contains($"số {(index * SurveyOverviewCard.UnitsPerPage) + 1}", text, StringComparison.Ordinal); // the page's first row
            Assert.Contains("1.543/2.000", text, StringComparison.Ordinal); // 2,000 − 200 not rated − 257 Khá (every 7th, not every 70th)
            var buttons = Buttons(card);
            Assert.Equal(index > 0, buttons.Contains("Trang trước"));
            Assert.Equal(index < pages - 1, buttons.Contains("Trang sau"));
        }
    }

    [Fact]
    public void Build_PageBeyondTheLast_ClampedToTheLast()
    {
        var card = SurveyOverviewCard.Build(SurveyOverviewSamples.View with { Overview = SurveyOverviewSamples.TwoThousand, Page = 5000 });

        Assert.Contains("Trang 80/80", CardInspection.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_Overview_TwoBarsAgainstTheirOwnTargets()
    {
        var spec = SurveyOverviewCard.Chart(SurveyOverviewSamples.Twelve);

        Assert.Equal([(58.3, (double?)90), (83.3, 100)], spec.Bars.Select(b => (b.Value, b.Target)));
        Assert.Equal(["Chi bộ xếp loại Tốt", "Có sinh hoạt chuyên đề"], spec.Bars.Select(b => b.Label));
    }

    private static List<string> Buttons(AdaptiveCard card)
    {
        var found = new List<string>();
        Walk(CardJson.ToJsonElement(card));
        return found;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("verb", out var verb) && verb.GetString() == SurveyOverviewVerbs.Page)
                {
                    found.Add(e.GetProperty("title").GetString()!);
                }
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }
}
