namespace PartyBot.Bot.Cli;

/// <summary>The demo organisation shipped as CSV in the repository: infra/local/demo, found from the repository root.</summary>
internal static class DemoFolder
{
    public static readonly string RelativePath = Path.Combine("infra", "local", "demo");

    /// <summary>Looks up from the current folder, then from the program's folder, for the repository root (PartyBot.sln).</summary>
    public static string? Locate() =>
        new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(FindFrom)
            .FirstOrDefault(folder => folder is not null);

    private static string? FindFrom(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var demo = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(Path.Combine(folder.FullName, "PartyBot.sln")) && Directory.Exists(demo))
            {
                return demo;
            }
        }
        return null;
    }
}
