namespace PartyBot.Core.Organization.Import;

/// <summary>A line of members.csv, read on its own (units, duplicates and identities are checked by <see cref="MemberRules"/>).</summary>
/// <param name="Status">Null when the value was wrong (already reported).</param>
/// <param name="AadObjectId">Lower case; null when the column is empty (the stored one is then kept).</param>
internal sealed record MemberRow(
    int Line,
    string Id,
    string FullName,
    string UnitId,
    MemberStatus? Status,
    DateOnly? StatusSince,
    DateOnly? AdmittedOn,
    IReadOnlySet<UnitRole> Roles,
    string? Email,
    string? AadObjectId,
    IReadOnlyList<string> Follows,
    IReadOnlyList<string> Administers,
    string? CommitteeUnitId,
    CommitteeRank? CommitteeRank,
    bool Standing = false);

/// <summary>Reads the lines of members.csv: required values, status and its dates, roles, e-mail, Entra id.</summary>
internal static class MemberRows
{
    public static IReadOnlyList<MemberRow> Read(CsvSheet sheet, ImportProblems problems) =>
        [.. sheet.Rows.Select(row => Read(sheet.File, row, problems))];

    private static MemberRow Read(string file, SheetRow row, ImportProblems problems)
    {
        var values = new RowValues(file, row, problems);
        var status = values.Choice(MemberColumns.Status, ImportVocabulary.Statuses, required: true);
        var since = values.Date(MemberColumns.StatusSince);
        var admitted = values.Date(MemberColumns.AdmittedOn);
        if (status == MemberStatus.Exempt && row.IsEmpty(MemberColumns.StatusSince))
        {
            problems.Error(file, row.Line, MemberColumns.StatusSince, ImportTexts.ExemptNeedsDate);
        }
        if (status == MemberStatus.Probationary && row.IsEmpty(MemberColumns.AdmittedOn))
        {
            problems.Error(file, row.Line, MemberColumns.AdmittedOn, ImportTexts.ProbationNeedsAdmission);
        }
        var committee = values.UnitId(MemberColumns.Committee, required: false);
        var rank = values.Choice(MemberColumns.CommitteeRank, ImportVocabulary.CommitteeRanks, required: false);
        if (rank is not null && row.IsEmpty(MemberColumns.Committee))
        {
            problems.Error(file, row.Line, MemberColumns.CommitteeRank, ImportTexts.RankWithoutCommittee);
        }
        var standing = values.Choice(MemberColumns.StandingCommittee, ImportVocabulary.YesNo, required: false) ?? false;
        if (standing && row.IsEmpty(MemberColumns.Committee))
        {
            problems.Error(file, row.Line, MemberColumns.StandingCommittee, ImportTexts.StandingWithoutCommittee);
        }
        return new MemberRow(
            row.Line,
            values.Required(MemberColumns.Id),
            values.Required(MemberColumns.FullName),
            values.UnitId(MemberColumns.Unit, required: true) ?? "",
            status,
            since,
            admitted,
            values.Choices(MemberColumns.Roles, ImportVocabulary.Roles),
            values.Email(MemberColumns.Email),
            values.EntraId(MemberColumns.EntraId),
            ImportVocabulary.List(row[MemberColumns.Follows]),
            ImportVocabulary.List(row[MemberColumns.Administers]),
            committee,
            rank,
            standing);
    }
}
