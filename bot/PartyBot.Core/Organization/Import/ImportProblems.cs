namespace PartyBot.Core.Organization.Import;

/// <summary>Collects the problems of one import, and lists them file by file, line by line.</summary>
internal sealed class ImportProblems
{
    private readonly List<ImportProblem> all = [];

    public bool HasErrors => all.Exists(p => p.Severity == ImportSeverity.Error);

    public void Error(string file, int line, ImportColumn? column, string message) =>
        all.Add(new ImportProblem(ImportSeverity.Error, file, line, column?.Header, message));

    public void Warning(string file, int line, ImportColumn? column, string message) =>
        all.Add(new ImportProblem(ImportSeverity.Warning, file, line, column?.Header, message));

    public IReadOnlyList<ImportProblem> Of(ImportSeverity severity) =>
        [.. all.Where(p => p.Severity == severity)
            .OrderBy(p => p.File == OrganizationImporter.UnitsFile ? 0 : 1)
            .ThenBy(p => p.Line)];
}
