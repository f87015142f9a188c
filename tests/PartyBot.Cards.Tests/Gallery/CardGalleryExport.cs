using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>
/// Writes every sample card's JSON into the folder named by PARTYBOT_CARDS_OUT, for infra/cards-render to
/// draw (see its README). Without the variable it only checks that each card serialises.
/// </summary>
public sealed class CardGalleryExport
{
    [Fact]
    public void Export_OutputFolderSet_WritesOneJsonFilePerCard()
    {
        var folder = Environment.GetEnvironmentVariable("PARTYBOT_CARDS_OUT");
        foreach (var (name, card) in SampleCards.All)
        {
            var json = CardJson.ToJson(card, indented: true);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, name + ".json"), json + "\n");
            }
        }
        if (!string.IsNullOrEmpty(folder))
        {
            Assert.Equal(SampleCards.All.Count, SampleCards.All.Keys.Count(name => File.Exists(Path.Combine(folder, name + ".json"))));
        }
    }
}
