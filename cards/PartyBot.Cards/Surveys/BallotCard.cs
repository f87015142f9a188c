using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Surveys;

/// <summary>
/// "Phiếu khảo sát": sent 1:1 to every summoned member. Open: each criterion with its points and a rating from the scale,
/// an optional bounded comment, and "Gửi phiếu" (Action.Execute; data unit and quarter only). After voting the card says
/// the ballot is recorded without showing the ratings (the chat keeps the card), with "Sửa phiếu" (the blank form
/// again) until the close when changes are allowed. Closed: it says so.
/// </summary>
public static class BallotCard
{
    public static AdaptiveCard Build(BallotView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var closesAt = MeetingFormat.At(view.ClosesAt);
        IReadOnlyList<CardElement> head =
        [
            Banner(SurveyCardTexts.BallotTitle, SurveyCardTexts.Subtitle(view.UnitName, view.Survey.Quarter)),
            .. Notice(view.Notice, view.NoticeIsError),
        ];
        return view.State switch
        {
            BallotState.Open => new AdaptiveCard
            {
                FallbackText = SurveyCardTexts.BallotFallback(view.UnitName, view.Survey.Quarter),
                Body =
                [
                    .. head,
                    .. view.IsReminder
                        ? [Notice(SurveyCardTexts.Reminder(closesAt), NoticeTone.Warning)]
                        : Array.Empty<CardElement>(),
                    .. Form(view, closesAt),
                ],
                Actions = [Submit(view)],
            },
            BallotState.Recorded => new AdaptiveCard
            {
                FallbackText = SurveyCardTexts.BallotFallback(view.UnitName, view.Survey.Quarter),
                Body =
                [
                    .. head,
                    .. view.Notice is null ? [Notice(SurveyCardTexts.Recorded, NoticeTone.Good)] : Array.Empty<CardElement>(),
                    new TextBlock { Text = view.ChangesAllowed ? SurveyCardTexts.ChangeUntil(closesAt) : SurveyCardTexts.NoChange, Wrap = true },
                    Subtle(SurveyCardTexts.Anonymous, Spacing.Medium),
                ],
                Actions = view.ChangesAllowed
                    ?
                    [
                        new ShowCardAction
                        {
                            Title = SurveyCardTexts.Change,
                            Card = new AdaptiveCard { MsTeams = null, Body = Form(view, closesAt), Actions = [Submit(view)] },
                        },
                    ]
                    : null,
            },
            _ => new AdaptiveCard
            {
                FallbackText = SurveyCardTexts.BallotFallback(view.UnitName, view.Survey.Quarter),
                Body = [.. head, new TextBlock { Text = SurveyCardTexts.ClosedAt(closesAt), Wrap = true, Spacing = Spacing.Medium }],
            },
        };
    }

    private static IReadOnlyList<CardElement> Form(BallotView view, string closesAt) =>
    [
        new TextBlock { Text = SurveyCardTexts.Intro(view.ScaleMin, view.ScaleMax, closesAt), Wrap = true, Spacing = Spacing.Medium },
        .. view.Criteria.Select((criterion, i) => (CardElement)new ChoiceSetInput
        {
            Id = SurveyVerbs.RatingInput(criterion.Id),
            Label = SurveyCardTexts.CriterionLabel(i + 1, criterion.Title, criterion.Points),
            IsRequired = true,
            ErrorMessage = SurveyCardTexts.RatingRequired,
            Placeholder = SurveyCardTexts.ChoosePlaceholder,
            Choices =
            [
                .. Enumerable.Range(view.ScaleMin, view.ScaleMax - view.ScaleMin + 1).Reverse()
                    .Select(level => new Choice(SurveyCardTexts.Level(level, view.ScaleMin, view.ScaleMax), level.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ],
        }),
        .. view.CommentMaxLength > 0
            ?
            [
                new TextInput
                {
                    Id = SurveyVerbs.CommentInput,
                    Label = SurveyCardTexts.CommentLabel,
                    Placeholder = SurveyCardTexts.CommentPlaceholder,
                    IsMultiline = true,
                    MaxLength = view.CommentMaxLength,
                },
                Subtle(SurveyCardTexts.CommentMax(view.CommentMaxLength)),
            ]
            : Array.Empty<CardElement>(),
        Subtle(SurveyCardTexts.Anonymous, Spacing.Medium),
    ];

    private static ExecuteAction Submit(BallotView view) => new()
    {
        Title = SurveyCardTexts.Submit,
        Verb = SurveyVerbs.Vote,
        Style = ActionStyle.Positive,
        Data = new Dictionary<string, string>
        {
            [SurveyVerbs.UnitIdKey] = view.Survey.UnitId,
            [SurveyVerbs.SurveyIdKey] = view.Survey.Quarter.ToString(),
        },
    };
}
