namespace PartyBot.Testing;

/// <summary>Folders of the repository, found from where the test binaries run (…/tests/X/bin/Debug/net10.0/).</summary>
public static class RepoPaths
{
    private const string SolutionFile = "PartyBot.sln";

    private static readonly Lazy<string> RootValue = new(FindRoot);

    /// <summary>The folder holding <c>PartyBot.sln</c>.</summary>
    public static string Root => RootValue.Value;

    /// <summary><c>infra/</c>: the npm tooling (Azurite, the Agents Playground) and the local scripts.</summary>
    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} in {AppContext.BaseDirectory} or any folder above it: run the tests from a clone of the repository.");
    }
}
