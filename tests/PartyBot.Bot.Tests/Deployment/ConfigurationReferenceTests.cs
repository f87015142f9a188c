using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>infra/README.md's configuration reference is the one the code makes: a new or changed setting fails here until it is written there.</summary>
public sealed class ConfigurationReferenceTests
{
    private static string Readme => Path.Combine(RepoPaths.Infra, "README.md");

    [Fact]
    public void Reference_InfraReadme_IsEveryKeyOfTheCodeWithItsDefault()
    {
        var text = File.ReadAllText(Readme).ReplaceLineEndings("\n");
        var begin = text.IndexOf(ConfigurationReference.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(ConfigurationReference.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"infra/README.md has no markers {ConfigurationReference.Begin} … {ConfigurationReference.End}");
        var start = begin + ConfigurationReference.Begin.Length;
        var expected = "\n" + ConfigurationReference.Table();

        if (Environment.GetEnvironmentVariable("PARTYBOT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Readme, text[..start] + expected + text[end..]);
            return;
        }

        Assert.True(
            expected == text[start..end],
            $"infra/README.md's configuration reference is out of date: run the tests with PARTYBOT_UPDATE_DOCS=1 " +
            $"(dotnet test tests/PartyBot.Bot.Tests --filter ConfigurationReferenceTests), or write:\n{expected}");
    }

    [Fact]
    public void Reference_Table_NamesTheKeysTheDeploymentSets()
    {
        var table = ConfigurationReference.Table();

        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppType", "Storage:TableServiceUri", "Surveys:BallotKey", "Downloads:SigningKey", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Jobs:Surveys:Cron" })
        {
            Assert.Contains($"| `{key}` |", table, StringComparison.Ordinal);
        }
        Assert.Contains("| `Storage:MaxRetries` | `2` |", table, StringComparison.Ordinal);
    }
}
