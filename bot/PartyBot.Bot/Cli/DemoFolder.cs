namespace PartyBot.Bot.Cli;

/// <summary>
/// The demo organisation: infra/local/demo in a clone of the repository, or the copy shipped with the program
/// (<c>demo/</c> beside PartyBot.Bot.dll, in the build and publish output), so <c>seed-demo</c> works from a
/// publish folder or a container too.
/// </summary>
internal static class DemoFolder
{
    public static readonly string RelativePath = Path.Combine("infra", "local", "demo");

    /// <summary>The folder beside the program that the project file copies the demo data to.</summary>
    public const string ShippedFolderName = "demo";

    /// <summary>The repository's (from the current folder up, so an edited copy wins), else the shipped copy.</summary>
    public static string? Locate() =>
        FindFrom(Directory.GetCurrentDirectory())
        ?? Shipped(AppContext.BaseDirectory);

    private static string? Shipped(string programFolder)
    {
        var demo = Path.Combine(programFolder, ShippedFolderName);
        return File.Exists(Path.Combine(demo, "units.csv")) ? demo : null;
    }

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
