using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>One member's year: meetings attended and spoken in, and the attended meetings in a row without speaking (latest last).</summary>
public sealed record SpeakingRow(string FullName, int Attended, int Spoke, int SilentInARow);

/// <summary>The secretary's view of who speaks ("phát biểu"): per member of the chi bộ; those silent <paramref name="SilentFrom"/> or more meetings in a row first.</summary>
public sealed record SpeakingOverviewView(string UnitName, int Year, IReadOnlyList<SpeakingRow> Rows, int SilentFrom);

/// <summary>
/// "Phát biểu trong năm": a warning box naming the members who attended <see cref="SpeakingOverviewView.SilentFrom"/>
/// meetings or more in a row without speaking (the seeds' "ít phát biểu"), then one line per member: attended, spoke.
/// </summary>
public static class SpeakingOverviewCard
{
    public const int MaxRows = 120;

    public static AdaptiveCard Build(SpeakingOverviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return WithinSizeLimit(view.Rows, Row, MaxRows, (shown, hidden) => Compose(view, shown, hidden));
    }

    private static AdaptiveCard Compose(SpeakingOverviewView view, IReadOnlyList<CardElement> shown, int hidden)
    {
        var silent = view.Rows.Where(r => r.SilentInARow >= view.SilentFrom).OrderByDescending(r => r.SilentInARow).ToList();
        return new AdaptiveCard
        {
            FallbackText = SpeakingOverviewTexts.Fallback(view.UnitName, view.Year, silent.Count),
            Body =
            [
                Header(Common.CardParts.Heading(SpeakingOverviewTexts.Title(view.Year)), view.UnitName, null),
                silent.Count == 0
                    ? new TextBlock { Text = SpeakingOverviewTexts.NobodySilent(view.SilentFrom), Spacing = Spacing.Medium }
                    : new Container
                    {
                        Style = ContainerStyle.Warning,
                        Spacing = Spacing.Medium,
                        Items =
                        [
                            new TextBlock { Text = SpeakingOverviewTexts.SilentHeading(view.SilentFrom), Weight = TextWeight.Bolder },
                            .. silent.Select(r => new TextBlock { Text = SpeakingOverviewTexts.SilentLine(r.FullName, r.SilentInARow), Spacing = Spacing.None }),
                        ],
                    },
                Section(SpeakingOverviewTexts.RowsHeading),
                .. shown,
                .. hidden > 0 ? [new TextBlock { Text = AttendanceCardTexts.MoreNames(hidden) + ".", IsSubtle = true }] : Array.Empty<CardElement>(),
            ],
        };
    }

    private static RichTextBlock Row(SpeakingRow row) => new()
    {
        Spacing = Spacing.None,
        Inlines =
        [
            new TextRun { Text = row.FullName },
            new TextRun { Text = AttendanceCardTexts.ReasonSeparator, IsSubtle = true },
            new TextRun { Text = SpeakingOverviewTexts.Counts(row.Attended, row.Spoke), IsSubtle = row.Attended == 0 },
        ],
    };
}

/// <summary>The words of the secretary's view of who speaks.</summary>
public static class SpeakingOverviewTexts
{
    public static string Title(int year) => $"Phát biểu trong sinh hoạt năm {year}";

    public static string Fallback(string unit, int year, int silent) => $"Phát biểu trong sinh hoạt năm {year} — {unit}: {silent} đồng chí dự nhiều buổi liền chưa phát biểu.";

    public static string NobodySilent(int n) => $"Không có đồng chí nào dự {n} buổi liền trở lên mà chưa phát biểu.";

    public static string SilentHeading(int n) => $"Dự từ {n} buổi liền trở lên mà chưa phát biểu:";

    public static string SilentLine(string name, int count) => $"• {name}: {count} buổi liền gần nhất";

    public const string RowsHeading = "Từng đảng viên: số buổi dự, số buổi phát biểu";

    public static string Counts(int attended, int spoke) => $"dự {attended} buổi, phát biểu {spoke} buổi";
}
