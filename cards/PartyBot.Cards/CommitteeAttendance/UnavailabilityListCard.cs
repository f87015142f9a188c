using System.Globalization;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.CommitteeAttendance;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.CommitteeAttendance;

/// <param name="Periods">The member's periods not yet over, by start.</param>
/// <param name="Notice">What the last click did (a removal), or why it was refused.</param>
public sealed record UnavailabilityListView(IReadOnlyList<Unavailability> Periods, string? Notice = null, bool NoticeIsError = false);

/// <summary>"bận" / "lịch bận": the periods a committee member declared, each with "Xóa" (its own dates as the button's data).</summary>
public static class UnavailabilityListCard
{
    public const string DateFormat = "yyyy-MM-dd";

    private const int MaxRows = 50;

    public static AdaptiveCard Build(UnavailabilityListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return WithinSizeLimit(view.Periods, Row, MaxRows, (shown, hidden) => new AdaptiveCard
        {
            FallbackText = CommitteeViewTexts.BusyTitle,
            Body =
            [
                Banner(CommitteeViewTexts.BusyTitle, CommitteeViewTexts.BusySubtitle),
                .. Notice(view.Notice, view.NoticeIsError),
                .. view.Periods.Count == 0 ? [new TextBlock { Text = CommitteeViewTexts.BusyEmpty, IsSubtle = true, Spacing = Spacing.Large }] : shown,
                .. hidden > 0 ? [Subtle(CommitteeViewTexts.MorePeriods(hidden))] : Array.Empty<CardElement>(),
                Subtle(CommitteeViewTexts.BusyUsage, Spacing.Large),
            ],
        });
    }

    private static ColumnSet Row(Unavailability period) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Columns =
        [
            new Column
            {
                Width = ColumnWidth.Weight(1),
                VerticalContentAlignment = VerticalAlignment.Center,
                Items = [new RichTextBlock { Inlines = [new TextRun { Text = CommitteeViewTexts.Period(period) }] }],
            },
            new Column
            {
                Width = ColumnWidth.Auto,
                Items =
                [
                    new ActionSet
                    {
                        Actions =
                        [
                            new ExecuteAction
                            {
                                Title = CommitteeViewTexts.Remove,
                                Verb = CommitteeAttendanceVerbs.RemoveUnavailability,
                                Data = new Dictionary<string, string>
                                {
                                    [CommitteeAttendanceVerbs.FromKey] = period.From.ToString(DateFormat, CultureInfo.InvariantCulture),
                                    [CommitteeAttendanceVerbs.ToKey] = period.To.ToString(DateFormat, CultureInfo.InvariantCulture),
                                },
                                AssociatedInputs = AssociatedInputs.None,
                                Style = ActionStyle.Destructive,
                            },
                        ],
                    },
                ],
            },
        ],
    };
}
