namespace PartyBot.Core.Organization.Import;

public enum ImportSeverity
{
    /// <summary>The import writes nothing while any error remains.</summary>
    Error,

    /// <summary>Worth a look (e.g. a chi bộ without a secretary); the import goes on.</summary>
    Warning,
}

/// <summary>One problem in the files: where it is (file, line, column) and what is wrong, in Vietnamese.</summary>
/// <param name="Line">The line where the record starts (1 is the header); 0 for the file as a whole.</param>
public sealed record ImportProblem(ImportSeverity Severity, string File, int Line, string? Column, string Message)
{
    /// <summary>members.csv, dòng 14, cột "Trạng thái": "chinh thuc x" không phải trạng thái hợp lệ (…).</summary>
    public string Text => ImportTexts.Location(File, Line, Column) + Message;

    public override string ToString() =>
        (Severity == ImportSeverity.Error ? ImportTexts.ErrorLabel : ImportTexts.WarningLabel) + ": " + Text;
}

/// <summary>What an import did (all zero when it was rejected).</summary>
/// <param name="UnitsKeptAbsent">Units in storage that the file does not list: kept as they are.</param>
/// <param name="MembersKeptAbsent">Members in storage that the file does not list ("không có trong tệp"): kept as they are.</param>
public sealed record ImportCounts(
    int UnitsCreated = 0,
    int UnitsUpdated = 0,
    int UnitsUnchanged = 0,
    int UnitsKeptAbsent = 0,
    int MembersCreated = 0,
    int MembersUpdated = 0,
    int MembersUnchanged = 0,
    int MembersKeptAbsent = 0)
{
    public static ImportCounts None { get; } = new();

    /// <summary>Rows written: created plus updated units and members.</summary>
    public int Written => UnitsCreated + UnitsUpdated + MembersCreated + MembersUpdated;
}

/// <summary>The outcome of an import: every error and warning, what was written, and a Vietnamese summary.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Errors, IReadOnlyList<ImportProblem> Warnings, ImportCounts Counts, TimeSpan Elapsed)
{
    /// <summary>True when the files had no error and were written.</summary>
    public bool Succeeded => Errors.Count == 0;

    public string Summary => Succeeded
        ? ImportTexts.Done(Counts, Warnings.Count, Elapsed)
        : ImportTexts.Rejected(Errors.Count, Warnings.Count);

    /// <summary>Every error, then every warning, one a line, then the summary: what the command line prints.</summary>
    public IEnumerable<string> Lines() => Errors.Concat(Warnings).Select(p => p.ToString()).Append(Summary);
}
