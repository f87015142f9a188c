using System.IO.Compression;
using System.Text.Json;
using PartyBot.Bot.Commands;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>infra/appPackage: the Teams app package that infra/appPackage/build.mjs builds and validates offline.</summary>
public sealed class AppPackageTests
{
    private const string AppId = "5f0b2e4a-8c1d-4e7b-9a36-2d1c0e9f7a11";
    private const string Domain = "partybot.example.org";

    private static string Folder => Path.Combine(RepoPaths.Infra, "appPackage");

    [Fact]
    public async Task Build_AppIdFromTheEnvironment_ZipHoldsTheValidatedManifestAndBothIcons()
    {
        var zipFile = Path.Combine(Path.GetTempPath(), $"partybot-{Guid.NewGuid():N}.zip");
        try
        {
            var result = await BuildAsync(["--domain", Domain, "--out", zipFile], new Dictionary<string, string?> { ["PARTYBOT_APP_ID"] = AppId });

            Assert.True(result.ExitCode == 0, result.All);
            using var archive = ZipFile.OpenRead(zipFile);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var manifest = JsonDocument.Parse(archive.GetEntry("manifest.json")!.Open());
            var root = manifest.RootElement;
            Assert.Equal(AppId, root.GetProperty("id").GetString());
            var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
            Assert.Equal(AppId, bot.GetProperty("botId").GetString());
            Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal([Domain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal("vi-VN", root.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());
            Assert.True(string.CompareOrdinal(root.GetProperty("manifestVersion").GetString(), "1.19") >= 0);
            Assert.Equal((192, 192), PngSize(archive.GetEntry("color.png")!));
            Assert.Equal((32, 32), PngSize(archive.GetEntry("outline.png")!));
        }
        finally
        {
            File.Delete(zipFile);
        }
    }

    [Fact]
    public async Task Build_AppIdNotAGuid_FailsOnTheSchemaAndWritesNoZip()
    {
        var zipFile = Path.Combine(Path.GetTempPath(), $"partybot-{Guid.NewGuid():N}.zip");

        var result = await BuildAsync(["--app-id", "not-a-guid", "--domain", Domain, "--out", zipFile]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest/id: must match pattern", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipFile));
    }

    [Fact]
    public async Task Build_NoAppId_FailsSayingSo()
    {
        var result = await BuildAsync(["--domain", Domain], new Dictionary<string, string?> { ["PARTYBOT_APP_ID"] = null });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--app-id (or PARTYBOT_APP_ID) is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_CommandLists_OnlyCommandsOfTheTable_AtMostTenAScope_HelpInEach()
    {
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.template.json")));
        var lists = template.RootElement.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToList();
        var commands = CommandTable.All.Select(c => c.DisplayName).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["personal", "team", "groupChat"], lists.SelectMany(l => l.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())));
        foreach (var list in lists)
        {
            var titles = list.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
            Assert.All(titles, title => Assert.Contains(title, commands)); // a renamed or removed command fails here
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
            // Teams shows at most 10 commands a scope: each list holds that scope's most used ones, and "trợ giúp" leads to the rest.
            Assert.InRange(titles.Count, 1, 10);
            Assert.Contains(CommandTable.All[0].DisplayName, titles);
        }
    }

    private static Task<ToolProcess.Result> BuildAsync(string[] arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ToolProcess.RunAsync("node", [Path.Combine(Folder, "build.mjs"), .. arguments], environment: environment, timeout: TimeSpan.FromMinutes(1));

    /// <summary>The width and height in a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
