using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Meetings;

/// <summary>The 1:1 reminder on the morning of the day: "Hôm nay đồng chí có buổi sinh hoạt …", with time, place or link, topic.</summary>
public static class MeetingReminderCard
{
    public static AdaptiveCard Build(MeetingReminderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new ArgumentException("No reminder for a cancelled meeting.", nameof(view));
        }
        var when = MeetingFormat.When(meeting);
        var where = MeetingFormat.Where(meeting);
        List<CardAction> actions = [];
        if (meeting.OnlineLink is { } link)
        {
            actions.Add(new OpenUrlAction { Title = MeetingTexts.JoinOnline, Url = link });
        }
        if (view.DocumentsLink is { } documents)
        {
            actions.Add(new OpenUrlAction { Title = MeetingTexts.OpenDocuments, Url = documents });
        }
        return new AdaptiveCard
        {
            FallbackText = MeetingTexts.ReminderFallback(meeting.Kind, view.UnitName, when, where),
            Body =
            [
                Banner(MeetingTexts.ReminderTitle, view.UnitName),
                new RichTextBlock
                {
                    Spacing = Spacing.Medium,
                    Inlines =
                    [
                        new TextRun { Text = MeetingTexts.ReminderLead(meeting.Kind) + " của " },
                        new TextRun { Text = view.UnitName, Weight = TextWeight.Bolder },
                        new TextRun { Text = "." },
                    ],
                },
                Fact(MeetingTexts.FactTime, when, strong: true, spacing: Spacing.Medium),
                Fact(MeetingTexts.FactPlace, where),
                .. meeting.Kind == MeetingKind.Thematic && !string.IsNullOrWhiteSpace(meeting.Topic)
                    ? [Fact(MeetingTexts.ReminderTopic, meeting.Topic.Trim(), strong: true)]
                    : Array.Empty<CardElement>(),
                .. view.PreparerNames.Count > 0
                    ? [Fact(MeetingTexts.FactPreparers, string.Join(", ", view.PreparerNames))]
                    : Array.Empty<CardElement>(),
                Subtle(MeetingTexts.ReminderClosing, Spacing.Medium),
            ],
            Actions = actions.Count == 0 ? null : actions,
        };
    }
}
