using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.CommitteeAttendance;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.CommitteeAttendance;

/// <param name="Scope">What the report covers ("Đảng ủy Khối các cơ quan tỉnh").</param>
/// <param name="ShowCsvHint">For the office: where the CSV of the whole organisation comes from (the command-line verb).</param>
/// <param name="CsvUrl">For the office: the "Tải CSV" link to the same figures, or null for no button.</param>
public sealed record ComplianceView(ComplianceReport Report, string Scope, bool ShowCsvHint, Uri? CsvUrl = null);

/// <summary>
/// "tình hình dự sinh hoạt": the quarter's totals, the chi bộ without an upper-level attendee (why, in words), and each
/// committee member's attended ÷ quota with the confirmed ones to come, the unanswered and the declines. Long lists are cut
/// ("… và N khác", the whole in the CSV) so that an organisation of thousands of chi bộ still fits Teams' size limit.
/// </summary>
public static class ComplianceCard
{
    public const int MaxCellRows = 40;
    public const int MaxMemberRows = 40;

    private static readonly ColumnWidth NameWidth = ColumnWidth.Weight(3);
    private static readonly ColumnWidth NumberWidth = ColumnWidth.Weight(1);

    public static AdaptiveCard Build(ComplianceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report;
        var members = report.Members.Take(MaxMemberRows).Select(MemberRow).ToList();
        return WithinSizeLimit(report.Uncovered, CellRow, MaxCellRows, (shown, hidden) => new AdaptiveCard
        {
            FallbackText = CommitteeViewTexts.ComplianceFallback(report.Quarter, report.Uncovered.Count, report.Cells),
            Body =
            [
                Banner(CommitteeViewTexts.ComplianceTitle, CommitteeViewTexts.ComplianceSubtitle(report.Quarter, view.Scope)),
                Tiles(
                [
                    new(CommitteeViewTexts.TileCells, report.Cells),
                    new(CommitteeViewTexts.TileUncovered, report.Uncovered.Count, report.Uncovered.Count > 0 ? TextColor.Attention : TextColor.Good),
                    new(CommitteeViewTexts.TileMembers, report.Members.Count),
                    new(CommitteeViewTexts.TileShort, report.Members.Count(m => !m.QuotaMet), report.Members.Any(m => !m.QuotaMet) ? TextColor.Warning : TextColor.Good),
                ], columns: 4),
                Section(CommitteeViewTexts.UncoveredHeading),
                .. report.Uncovered.Count == 0 ? [Subtle(CommitteeViewTexts.AllCovered)] : shown,
                .. hidden > 0 ? [Subtle(CommitteeViewTexts.MoreCells(hidden))] : Array.Empty<CardElement>(),
                Section(CommitteeViewTexts.MembersHeading),
                .. report.Members.Count == 0 ? [Subtle(CommitteeViewTexts.NoMembers)] : (IEnumerable<CardElement>)[Header(), .. members],
                .. report.Members.Count > MaxMemberRows ? [Subtle(CommitteeViewTexts.MoreMembers(report.Members.Count - MaxMemberRows))] : Array.Empty<CardElement>(),
                Subtle(ComplianceTexts.AttendedNote, Spacing.Medium),
                .. view.ShowCsvHint ? [Subtle(CommitteeViewTexts.CsvHint(report.Quarter))] : Array.Empty<CardElement>(),
                .. view.CsvUrl is { } csv ? [new ActionSet { Actions = [new OpenUrlAction { Title = CommitteeViewTexts.DownloadCsv, Url = csv }] }] : Array.Empty<CardElement>(),
            ],
        });
    }

    private static ColumnSet CellRow(UncoveredCell cell) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = ColumnWidth.Weight(2), Items = [new RichTextBlock { Inlines = [new TextRun { Text = cell.UnitName, Weight = TextWeight.Bolder }, new TextRun { Text = " · " + cell.UnitId, IsSubtle = true }] }] },
            new Column { Width = ColumnWidth.Weight(2), Items = [new RichTextBlock { Inlines = [new TextRun { Text = CommitteeViewTexts.CellLine(cell), Color = cell.Gap == CoverageGap.AwaitingAnswer ? TextColor.Warning : TextColor.Attention }] }] },
        ],
    };

    private static ColumnSet Header() => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = NameWidth, Items = [HeaderCell(CommitteeViewTexts.ColumnMember)] },
            new Column { Width = NumberWidth, Items = [HeaderCell(CommitteeViewTexts.ColumnAttended, HorizontalAlignment.Center)] },
            new Column { Width = NumberWidth, Items = [HeaderCell(CommitteeViewTexts.ColumnUpcoming, HorizontalAlignment.Center)] },
            new Column { Width = NumberWidth, Items = [HeaderCell(CommitteeViewTexts.ColumnPending, HorizontalAlignment.Center)] },
            new Column { Width = NumberWidth, Items = [HeaderCell(CommitteeViewTexts.ColumnDeclined, HorizontalAlignment.Center)] },
        ],
    };

    private static ColumnSet MemberRow(MemberCompliance m) => new()
    {
        Separator = true,
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = NameWidth,
                Items =
                [
                    new RichTextBlock { Inlines = [new TextRun { Text = m.FullName }, new TextRun { Text = " · " + ComplianceTexts.Rank(m.Rank), IsSubtle = true, Size = TextSize.Small }] },
                    .. m.AwaitingRecord > 0
                        ? [new TextBlock { Text = ComplianceTexts.AwaitingRecord(m.AwaitingRecord), Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true }]
                        : Array.Empty<CardElement>(),
                ],
            },
            Number(CommitteeViewTexts.Ratio(m.Attended, m.Due), m.QuotaMet ? TextColor.Good : TextColor.Attention, bold: true),
            Number(m.Upcoming.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Number(m.Pending.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Number(m.Declined.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Declined > 0 ? TextColor.Attention : TextColor.Default),
        ],
    };

    private static Column Number(string text, TextColor color = TextColor.Default, bool bold = false) => new()
    {
        Width = NumberWidth,
        Items = [new TextBlock { Text = text, Color = color, Weight = bold ? TextWeight.Bolder : TextWeight.Default, HorizontalAlignment = HorizontalAlignment.Center, Wrap = false }],
    };
}
