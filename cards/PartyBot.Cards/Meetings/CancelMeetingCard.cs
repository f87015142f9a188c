using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Meetings;

/// <summary>What the cancel card shows: the meeting, and the reason typed so far with the error of a failed try.</summary>
public sealed record CancelMeetingView(string UnitName, Meeting Meeting, string? Reason = null, string? Error = null);

/// <summary>
/// "Hủy buổi họp": asks the reason before the meeting is cancelled. "Xác nhận hủy" sends <see cref="ConfirmVerb"/>
/// with the ids and the reason; "Quay lại" goes back to the list (<see cref="MeetingVerbs.CancelForm"/>).
/// </summary>
public static class CancelMeetingCard
{
    /// <summary>Cancel the meeting for good (data: unitId, meetingId; input <see cref="ReasonInput"/>).</summary>
    public const string ConfirmVerb = "meeting.cancelConfirm";

    public const string ReasonInput = "reason";

    public static AdaptiveCard Build(CancelMeetingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        var data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = meeting.UnitId, [MeetingVerbs.MeetingIdKey] = meeting.Id };
        return new AdaptiveCard
        {
            FallbackText = MeetingFormTexts.CancelFallback(view.UnitName),
            Body =
            [
                Banner(MeetingFormTexts.CancelTitle, view.UnitName),
                new RichTextBlock { Spacing = Spacing.Medium, Inlines = [new TextRun { Text = MeetingFormat.Title(meeting), Weight = TextWeight.Bolder }] },
                new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = MeetingFormat.When(meeting) }] },
                new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = MeetingFormat.Where(meeting), IsSubtle = true }] },
                .. view.Error is { Length: > 0 } error
                    ? [new Container { Style = ContainerStyle.Attention, Spacing = Spacing.Medium, Items = [new RichTextBlock { Inlines = [new TextRun { Text = error, Color = TextColor.Attention }] }] }]
                    : Array.Empty<CardElement>(),
                new TextInput
                {
                    Id = ReasonInput,
                    Label = MeetingFormTexts.CancelReasonLabel,
                    Placeholder = MeetingFormTexts.CancelReasonPlaceholder,
                    Value = view.Reason,
                    IsMultiline = true,
                    IsRequired = true,
                    MaxLength = MeetingFormTexts.CancelReasonMaxLength,
                    ErrorMessage = MeetingFormTexts.CancelReasonRequired,
                    Spacing = Spacing.Medium,
                },
                Subtle(MeetingFormTexts.CancelWarning),
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = MeetingFormTexts.CancelConfirm, Verb = ConfirmVerb, Data = data,
                    AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Destructive,
                },
                new ExecuteAction
                {
                    Title = MeetingFormTexts.CancelBack, Verb = MeetingVerbs.CancelForm,
                    Data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = meeting.UnitId }, AssociatedInputs = AssociatedInputs.None,
                },
            ],
        };
    }
}
