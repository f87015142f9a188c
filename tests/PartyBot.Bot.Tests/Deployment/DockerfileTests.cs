using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>infra/docker/Dockerfile, read as text (no Docker engine here): its shape, and that what it copies exists.</summary>
public sealed partial class DockerfileTests
{
    public static string Text => File.ReadAllText(Path.Combine(RepoPaths.Infra, "docker", "Dockerfile"));

    /// <summary>The HEALTHCHECK's command (exec form), as the container runs it.</summary>
    public static IReadOnlyList<string> HealthCheckCommand =>
        JsonSerializer.Deserialize<string[]>(HealthCheck().Match(Text.Replace("\\\n", " ", StringComparison.Ordinal)).Groups["cmd"].Value)!;

    [Fact]
    public void Dockerfile_MultiStage_NonRoot_WithAHealthCheck()
    {
        var text = Text;

        Assert.True(From().Count(text) >= 2, "Not a multi-stage build.");
        Assert.Contains("COPY --from=build", text, StringComparison.Ordinal);
        var user = Assert.Single(User().Matches(text)).Groups["user"].Value;
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        Assert.Contains("/healthz/live", string.Join(' ', HealthCheckCommand), StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"PartyBot.Bot.dll\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_EveryCopiedPath_ExistsInTheRepository()
    {
        var sources = Copy().Matches(Text).SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, source)) || Directory.Exists(Path.Combine(RepoPaths.Root, source)), $"COPY {source}: not in the repository"));
    }

    [GeneratedRegex(@"^FROM\s", RegexOptions.Multiline)]
    private static partial Regex From();

    [GeneratedRegex(@"^USER\s+(?<user>\S+)", RegexOptions.Multiline)]
    private static partial Regex User();

    // COPY without --from: its sources (all but the last word) come from the build context, the repository root.
    [GeneratedRegex(@"^COPY\s+(?!--)(?<sources>.+)\s+\S+\s*$", RegexOptions.Multiline)]
    private static partial Regex Copy();

    [GeneratedRegex(@"^HEALTHCHECK\s.*?CMD\s+(?<cmd>\[.*\])\s*$", RegexOptions.Multiline)]
    private static partial Regex HealthCheck();
}
