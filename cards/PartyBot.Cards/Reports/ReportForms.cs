using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Reports;

/// <summary>The submit form (a link and "Gửi") and the review buttons, the same on every report card.</summary>
internal static class ReportForms
{
    public static Dictionary<string, string> Data(string unitId, string reportId) =>
        new() { [ReportVerbs.UnitIdKey] = unitId, [ReportVerbs.ReportIdKey] = reportId };

    /// <summary>"Nộp báo cáo": a card shown under the button with the link input and "Gửi".</summary>
    public static ShowCardAction Submit(string unitId, string reportId, int linkMaxLength) => new()
    {
        Title = ReportCardTexts.SubmitButton,
        Card = new AdaptiveCard
        {
            MsTeams = null,
            Body =
            [
                new TextInput
                {
                    Id = ReportVerbs.LinkInput, Label = ReportCardTexts.LinkLabel, Placeholder = ReportCardTexts.LinkPlaceholder,
                    MaxLength = linkMaxLength, IsRequired = true, Regex = "^https://\\S+$", ErrorMessage = ReportCardTexts.LinkError,
                },
            ],
            Actions = [new ExecuteAction { Title = ReportCardTexts.SendButton, Verb = ReportVerbs.Submit, Data = Data(unitId, reportId), AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive }],
        },
    };

    public static IReadOnlyList<CardAction> Review(string unitId, string reportId, int reasonMaxLength) =>
    [
        new ExecuteAction { Title = ReportCardTexts.AcceptButton, Verb = ReportVerbs.Accept, Data = Data(unitId, reportId), AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Positive },
        new ShowCardAction
        {
            Title = ReportCardTexts.ReturnButton,
            Card = new AdaptiveCard
            {
                MsTeams = null,
                Body =
                [
                    new TextInput
                    {
                        Id = ReportVerbs.ReasonInput, Label = ReportCardTexts.ReasonLabel, IsMultiline = true, MaxLength = reasonMaxLength,
                        IsRequired = true, ErrorMessage = ReportCardTexts.ReasonError,
                    },
                ],
                Actions = [new ExecuteAction { Title = ReportCardTexts.ReturnButton, Verb = ReportVerbs.Return, Data = Data(unitId, reportId), AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Destructive }],
            },
        },
    ];
}
