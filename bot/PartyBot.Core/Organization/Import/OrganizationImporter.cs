using System.Text;
using Microsoft.Extensions.Logging;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Organization.Import;

/// <summary>
/// Imports the organisation from units.csv and members.csv (README.md, "Organisation data"). Everything is checked first and every
/// problem reported with file, line and column; on any error nothing is written. Then only what differs from storage is
/// written (<see cref="ImportPlan"/>), so importing the same files again writes nothing, an edited file updates its rows
/// in place, and a re-run after a crash completes what the crash left half-written.
/// </summary>
public sealed class OrganizationImporter(OrganizationStore store, TimeProvider time, ILogger<OrganizationImporter> logger)
{
    public const string UnitsFile = "units.csv";
    public const string MembersFile = "members.csv";

    /// <summary>Writes in flight at once: 2,000 members import in seconds without flooding the storage account.</summary>
    public const int WriteConcurrency = 16;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports <c>units.csv</c> and <c>members.csv</c> from <paramref name="folder"/> (UTF-8, with or without BOM; UTF-16 is refused).</summary>
    public async Task<ImportReport> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems();
        foreach (var file in new[] { UnitsFile, MembersFile }.Where(f => !File.Exists(Path.Combine(folder, f))))
        {
            problems.Error(file, 0, null, ImportTexts.FileMissing(folder));
        }
        if (problems.HasErrors)
        {
            return Rejected(problems, time.GetTimestamp());
        }
        // UTF-8 only: a UTF-16 or UTF-32 byte order mark is not UTF-8 and is refused (a UTF-8 one reads as U+FEFF, skipped).
        using var unitsReader = new StreamReader(Path.Combine(folder, UnitsFile), Utf8, detectEncodingFromByteOrderMarks: false);
        using var membersReader = new StreamReader(Path.Combine(folder, MembersFile), Utf8, detectEncodingFromByteOrderMarks: false);
        return await ImportAsync(unitsReader, membersReader, cancellationToken);
    }

    /// <summary>Imports the two files' contents.</summary>
    public async Task<ImportReport> ImportAsync(TextReader units, TextReader members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(members);
        var started = time.GetTimestamp();
        var problems = new ImportProblems();
        var unitSheet = await CsvSheet.ReadAsync(UnitsFile, units, UnitColumns.All, problems, cancellationToken);
        var memberSheet = await CsvSheet.ReadAsync(MembersFile, members, MemberColumns.All, problems, cancellationToken);
        var storedTree = await store.LoadTreeAsync(cancellationToken);
        // The index before the members: a Teams account the bot links in between is then seen in the member row too,
        // so the plan keeps its index row instead of taking it for a stale one.
        var storedIndex = await store.AllIndexRowsAsync(cancellationToken);
        var storedMembers = await store.AllMembersAsync(cancellationToken);

        var unitRows = TreeRules.Check(UnitsFile, UnitRows.Read(unitSheet, problems), problems);
        var memberRows = MemberRules.Check(
            MembersFile, MemberRows.Read(memberSheet, problems), unitSheet.HasAllRequiredColumns ? unitRows : null, storedMembers, problems);
        if (unitSheet.HasAllRequiredColumns && memberSheet.HasAllRequiredColumns)
        {
            CellWarnings.Check(unitRows, memberRows, DateOnly.FromDateTime(VietnamTime.Now(time).DateTime), problems);
        }
        if (problems.HasErrors)
        {
            return Rejected(problems, started);
        }

        var imported = unitRows.Values.OrderBy(r => r.Line).Select(r => new Unit(r.Id, r.Kind!.Value, r.Name, ParentId(r, unitRows), r.Slot, null, r.OnlineMeetingsApproved));
        Unit[] importedUnits = [.. imported];
        Member[] importedMembers = [.. memberRows.Select(m => m.Member)];
        var plan = ImportPlan.Create(importedUnits, importedMembers, storedTree, storedMembers, storedIndex);
        await WriteAsync(plan, cancellationToken);
        // Last: a running bot that sees a new stamp drops what it holds of the organisation (a crash before it: the re-run writes it).
        var stamp = ImportStamp.Compute(importedUnits, importedMembers);
        if (await store.ReadImportStampAsync(cancellationToken) != stamp)
        {
            await store.WriteImportStampAsync(stamp, cancellationToken);
        }

        var report = new ImportReport([], problems.Of(ImportSeverity.Warning), plan.Counts, time.GetElapsedTime(started));
        var c = report.Counts;
        ImportLog.Imported(logger, (long)report.Elapsed.TotalMilliseconds, c.UnitsCreated, c.UnitsUpdated, c.UnitsUnchanged,
            c.MembersCreated, c.MembersUpdated, c.MembersUnchanged, c.MembersKeptAbsent, report.Warnings.Count);
        return report;
    }

    /// <summary>
    /// Writes first and deletes last, each step in parallel: should the process die anywhere, no member is left without
    /// a row, and the next run's plan (a comparison with storage) writes what is missing and deletes what is stale.
    /// </summary>
    private async Task WriteAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = WriteConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan.Units, parallel, async (unit, token) => await store.SaveUnitAsync(unit, token));
        await Parallel.ForEachAsync(plan.Members, parallel, async (member, token) => await store.SaveMemberRowAsync(member, token));
        await Parallel.ForEachAsync(plan.IndexRows, parallel, async (row, token) => await store.SaveIndexRowAsync(row, token));
        await Parallel.ForEachAsync(plan.StaleMembers, parallel, async (row, token) => await store.DeleteMemberRowAsync(row, token));
        await Parallel.ForEachAsync(plan.StaleIndexRows, parallel, async (row, token) => await store.DeleteIndexRowAsync(row, token));
    }

    /// <summary>The parent as units.csv spells its id.</summary>
    private static string? ParentId(UnitRow row, IReadOnlyDictionary<string, UnitRow> units) =>
        row.ParentId is null ? null : units[row.ParentId].Id;

    private ImportReport Rejected(ImportProblems problems, long started)
    {
        var report = new ImportReport(problems.Of(ImportSeverity.Error), problems.Of(ImportSeverity.Warning), ImportCounts.None, time.GetElapsedTime(started));
        ImportLog.Rejected(logger, report.Errors.Count, report.Warnings.Count);
        return report;
    }
}
