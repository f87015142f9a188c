namespace PartyBot.Core.Organization.Import;

/// <summary>A member as the file gives it, with the line it came from.</summary>
internal sealed record ImportedMember(int Line, Member Member);

/// <summary>
/// The rules across members: unique ids, e-mails and Entra ids (also against members kept in storage), a home unit
/// that is a chi bộ or a tổ đảng (roles only in the chi bộ itself), followed and administered units that exist.
/// </summary>
internal static class MemberRules
{
    /// <param name="units">The units of units.csv; null when that file could not be read, so references are not checked.</param>
    public static IReadOnlyList<ImportedMember> Check(
        string file,
        IReadOnlyList<MemberRow> rows,
        IReadOnlyDictionary<string, UnitRow>? units,
        IReadOnlyList<Member> stored,
        ImportProblems problems)
    {
        var firstLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var members = new List<ImportedMember>();
        foreach (var row in rows)
        {
            if (row.Id.Length > 0 && !firstLines.TryAdd(row.Id, row.Line))
            {
                problems.Error(file, row.Line, MemberColumns.Id, ImportTexts.DuplicateMember(row.Id, firstLines[row.Id]));
                continue;
            }
            var unitId = units is null ? row.UnitId : HomeUnit(file, row, units, problems);
            var follows = units is null ? row.Follows : UnitList(file, row, MemberColumns.Follows, row.Follows, units, problems);
            var administers = units is null ? row.Administers : UnitList(file, row, MemberColumns.Administers, row.Administers, units, problems);
            var committee = row.CommitteeUnitId is null ? null
                : new CommitteeSeat(units is null ? row.CommitteeUnitId : CommitteeUnit(file, row, row.CommitteeUnitId, units, problems), row.CommitteeRank ?? CommitteeRank.Member, row.Standing);
            if (row.Status is { } status && row.Id.Length > 0)
            {
                members.Add(new ImportedMember(row.Line, new Member(
                    row.Id, row.FullName, unitId, status, row.Roles, row.AadObjectId, row.Email,
                    row.StatusSince, row.AdmittedOn, follows, administers, committee)));
            }
        }
        CheckIdentities(file, rows, stored, problems);
        return members;
    }

    /// <summary>The home unit's id as units.csv spells it.</summary>
    private static string HomeUnit(string file, MemberRow row, IReadOnlyDictionary<string, UnitRow> units, ImportProblems problems)
    {
        if (row.UnitId.Length == 0)
        {
            return row.UnitId;
        }
        if (!units.TryGetValue(row.UnitId, out var unit))
        {
            problems.Error(file, row.Line, MemberColumns.Unit, ImportTexts.UnknownUnit(row.UnitId));
            return row.UnitId;
        }
        if (unit.Kind is { } kind and not (UnitKind.Cell or UnitKind.Group))
        {
            problems.Error(file, row.Line, MemberColumns.Unit, ImportTexts.MemberUnitKind(unit.Id, kind));
        }
        if (unit.Kind == UnitKind.Group && row.Roles.Count > 0)
        {
            problems.Error(file, row.Line, MemberColumns.Roles, ImportTexts.RoleInGroup(unit.Id));
        }
        return unit.Id;
    }

    /// <summary>The committee's unit as units.csv spells it: an upper committee or a đảng bộ cơ sở.</summary>
    private static string CommitteeUnit(string file, MemberRow row, string id, IReadOnlyDictionary<string, UnitRow> units, ImportProblems problems)
    {
        if (!units.TryGetValue(id, out var unit))
        {
            problems.Error(file, row.Line, MemberColumns.Committee, ImportTexts.UnknownUnit(id));
            return id;
        }
        if (unit.Kind is { } kind and not (UnitKind.UpperCommittee or UnitKind.GrassrootsCommittee))
        {
            problems.Error(file, row.Line, MemberColumns.Committee, ImportTexts.CommitteeUnitKind(unit.Id, kind));
        }
        return unit.Id;
    }

    private static string[] UnitList(
        string file, MemberRow row, ImportColumn column, IReadOnlyList<string> ids, IReadOnlyDictionary<string, UnitRow> units, ImportProblems problems)
    {
        foreach (var unknown in ids.Where(id => !units.ContainsKey(id)))
        {
            problems.Error(file, row.Line, column, ImportTexts.UnknownUnit(unknown));
        }
        return [.. ids.Where(units.ContainsKey).Select(id => units[id].Id).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// An e-mail or Entra id finds one member only: unique in the file, and not held by a stored member whom the file
    /// does not give another one. An Entra id the file leaves empty keeps the stored one, so it counts too.
    /// </summary>
    private static void CheckIdentities(string file, IReadOnlyList<MemberRow> rows, IReadOnlyList<Member> stored, ImportProblems problems)
    {
        var inFile = rows.Where(r => r.Id.Length > 0).ToLookup(r => r.Id, StringComparer.OrdinalIgnoreCase);
        var storedById = stored.DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

        // Held after the import by members the file does not set: absent members (both), and Entra ids kept because the column is empty.
        var heldEmails = stored.Where(m => m.Email is not null && !inFile.Contains(m.Id))
            .ToLookup(m => m.Email!, m => m.Id, StringComparer.OrdinalIgnoreCase);
        var heldEntraIds = stored.Where(m => m.AadObjectId is not null && (!inFile.Contains(m.Id) || inFile[m.Id].All(r => r.AadObjectId is null)))
            .ToLookup(m => m.AadObjectId!, m => m.Id, StringComparer.OrdinalIgnoreCase);

        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var entraIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (row.Email is { } email)
            {
                if (!emails.TryAdd(email, row.Line))
                {
                    problems.Error(file, row.Line, MemberColumns.Email, ImportTexts.DuplicateEmail(email, emails[email]));
                }
                else if (heldEmails[email].FirstOrDefault(id => !Same(id, row.Id)) is { } holder)
                {
                    problems.Error(file, row.Line, MemberColumns.Email, ImportTexts.EmailOfStoredMember(email, holder));
                }
            }
            var entraId = row.AadObjectId ?? (storedById.TryGetValue(row.Id, out var previous) ? previous.AadObjectId : null);
            if (entraId is null)
            {
                continue;
            }
            if (!entraIds.TryAdd(entraId, row.Line))
            {
                if (row.AadObjectId is not null)
                {
                    problems.Error(file, row.Line, MemberColumns.EntraId, ImportTexts.DuplicateEntraId(entraId, entraIds[entraId]));
                }
            }
            else if (row.AadObjectId is not null && heldEntraIds[entraId].FirstOrDefault(id => !Same(id, row.Id)) is { } holder)
            {
                problems.Error(file, row.Line, MemberColumns.EntraId, ImportTexts.EntraIdOfStoredMember(entraId, holder));
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
