using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Meetings;

/// <summary>
/// The agenda card posted in the chi bộ's conversation before a meeting, and updated in place when the meeting
/// changes: kind (a thematic session's topic large), time in Vietnam time, place or online link, the standard
/// agenda with the chi ủy's items in their places, preparers, the upper-level attendee, the documents note.
/// A cancelled meeting keeps its card, marked "ĐÃ HỦY" in red with the reason, without agenda or buttons.
/// </summary>
public static class AgendaCard
{
    public static AdaptiveCard Build(AgendaView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var title = MeetingFormat.Title(meeting);
        var when = MeetingFormat.When(meeting);
        return new AdaptiveCard
        {
            FallbackText = cancelled
                ? MeetingTexts.CancelledFallback(title, view.UnitName, when, meeting.CancelReason)
                : MeetingTexts.AgendaFallback(title, view.UnitName, when, MeetingFormat.Where(meeting))
                    + (string.IsNullOrWhiteSpace(view.UpperAttendeeName) ? "" : " " + MeetingTexts.UpperAttendeeLine(view.UpperAttendeeName.Trim()) + "."),
            Body =
            [
                .. cancelled ? [CancelledBanner(meeting)] : Array.Empty<CardElement>(),
                Header(view, title),
                .. Facts(view, cancelled),
                .. cancelled ? [] : Agenda(view),
            ],
            Actions = cancelled ? null : Actions(view),
        };
    }

    private static Container CancelledBanner(Meeting meeting) => new()
    {
        Style = ContainerStyle.Attention,
        Bleed = true,
        Items =
        [
            new TextBlock { Text = MeetingTexts.CancelledBanner, Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention },
            new RichTextBlock
            {
                Spacing = Spacing.Small,
                Inlines =
                [
                    new TextRun { Text = MeetingTexts.CancelledLead + " ", Weight = TextWeight.Bolder, Color = TextColor.Attention },
                    string.IsNullOrWhiteSpace(meeting.CancelReason)
                        ? new TextRun { Text = MeetingTexts.CancelNoReason, Color = TextColor.Attention }
                        : new TextRun { Text = MeetingTexts.CancelReasonPrefix + meeting.CancelReason.Trim(), Color = TextColor.Attention },
                ],
            },
        ],
    };

    /// <summary>The title band: kind (and month), a thematic session's topic large, the chi bộ, the "updated" line.</summary>
    private static Container Header(AgendaView view, string title)
    {
        var meeting = view.Meeting;
        var topic = meeting.Kind == MeetingKind.Thematic && !string.IsNullOrWhiteSpace(meeting.Topic) ? meeting.Topic.Trim() : null;
        return new Container
        {
            Style = ContainerStyle.Emphasis,
            Bleed = true,
            Items =
            [
                topic is null
                    ? CardParts.Heading(title)
                    : new TextBlock { Text = title, Weight = TextWeight.Bolder, Color = TextColor.Accent, Style = TextBlockStyle.Heading },
                .. topic is null
                    ? Array.Empty<CardElement>()
                    : [new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = topic, Size = TextSize.Large, Weight = TextWeight.Bolder }] }],
                new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = view.UnitName, Weight = TextWeight.Bolder }] },
                new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = view.UnitPath, IsSubtle = true, Size = TextSize.Small }] },
                .. view.UpdatedAt is { } updated
                    ? [new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = MeetingTexts.UpdatedPrefix + MeetingFormat.At(updated), IsSubtle = true, Size = TextSize.Small, Italic = true }] }]
                    : Array.Empty<CardElement>(),
            ],
        };
    }

    private static IEnumerable<CardElement> Facts(AgendaView view, bool cancelled)
    {
        var meeting = view.Meeting;
        yield return Fact(
            MeetingTexts.FactTime,
            [new TextRun { Text = MeetingFormat.When(meeting), Weight = TextWeight.Bolder, Strikethrough = cancelled }],
            Spacing.Medium);
        yield return Fact(MeetingTexts.FactPlace, [new TextRun { Text = MeetingFormat.Where(meeting), Strikethrough = cancelled }]);
        if (cancelled)
        {
            yield break;
        }
        if (view.PreparerNames.Count > 0)
        {
            yield return Fact(MeetingTexts.FactPreparers, string.Join(", ", view.PreparerNames));
        }
        if (!string.IsNullOrWhiteSpace(view.UpperAttendeeName))
        {
            yield return Fact(MeetingTexts.FactUpperAttendee, view.UpperAttendeeName.Trim());
        }
    }

    private static IEnumerable<CardElement> Agenda(AgendaView view)
    {
        var items = MeetingFormat.Agenda(view.Meeting);
        yield return Section(MeetingTexts.AgendaHeading);
        foreach (var line in items)
        {
            yield return NumberedItem(line);
        }
        if (items.Any(item => item.Added))
        {
            yield return Subtle(MeetingTexts.AddedItemNote, Spacing.Medium);
        }
        if (view.ShowDocumentsNote)
        {
            yield return CardParts.Paragraph(MeetingTexts.DocumentsNote(view.DocumentsDaysBefore), subtle: true, spacing: Spacing.Medium);
        }
    }

    /// <summary>"3." or "6.1" in a narrow column, the text beside it; an item the chi ủy added is in bold.</summary>
    private static ColumnSet NumberedItem(AgendaLine line) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = ColumnWidth.Pixels(28), Items = [CardParts.Marker(line.Number)] },
            new Column
            {
                Width = ColumnWidth.Stretch,
                Spacing = Spacing.Small,
                Items = [new RichTextBlock { Inlines = [new TextRun { Text = line.Text, Weight = line.Added ? TextWeight.Bolder : TextWeight.Default }] }],
            },
        ],
    };

    private static List<CardAction>? Actions(AgendaView view)
    {
        List<CardAction> actions = [.. view.RsvpActions ?? []];
        if (view.Meeting.OnlineLink is { } link)
        {
            actions.Add(new OpenUrlAction { Title = MeetingTexts.JoinOnline, Url = link });
        }
        if (view.DocumentsLink is { } documents)
        {
            actions.Add(new OpenUrlAction { Title = MeetingTexts.OpenDocuments, Url = documents });
        }
        return actions.Count == 0 ? null : actions;
    }
}
