using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;

namespace PartyBot.Cards.Help;

/// <summary>The "trợ giúp" card: how to type commands, then one row per command.</summary>
public static class HelpCard
{
    private static readonly ColumnWidth CommandWidth = ColumnWidth.Weight(2);
    private static readonly ColumnWidth DescriptionWidth = ColumnWidth.Weight(3);

    public static AdaptiveCard Build(IReadOnlyList<CommandHelp> commands) => new()
    {
        FallbackText = HelpTexts.FallbackPrefix + string.Join(", ", commands.Select(c => c.Command)),
        Body =
        [
            CardParts.Heading(HelpTexts.Title),
            CardParts.Paragraph(HelpTexts.HowToType),
            CardParts.Paragraph(HelpTexts.InChannel, spacing: Spacing.Small),
            Header(),
            .. commands.Count == 0
                ? [new TextBlock { Text = HelpTexts.NoCommands, IsSubtle = true }]
                : commands.Select(Row),
        ],
    };

    private static ColumnSet Header() => new()
    {
        Spacing = Spacing.Large,
        Columns =
        [
            new Column { Width = CommandWidth, Items = [HeaderCell(HelpTexts.CommandColumn)] },
            new Column { Width = DescriptionWidth, Items = [HeaderCell(HelpTexts.DescriptionColumn)] },
        ],
    };

    private static TextBlock HeaderCell(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Small, IsSubtle = true };

    private static CardElement Row(CommandHelp command) => new ColumnSet
    {
        Separator = true,
        Columns =
        [
            new Column
            {
                Width = CommandWidth,
                Items = [new RichTextBlock { Inlines = [new TextRun { Text = command.Command, Weight = TextWeight.Bolder, Color = TextColor.Accent }] }],
            },
            new Column
            {
                Width = DescriptionWidth,
                Items =
                [
                    new RichTextBlock { Inlines = [new TextRun { Text = command.Description }] },
                    .. command.Example is { Length: > 0 } example
                        ? [new RichTextBlock
                            {
                                Spacing = Spacing.Small,
                                Inlines = [new TextRun { Text = HelpTexts.ExamplePrefix, IsSubtle = true }, new TextRun { Text = example, IsSubtle = true, Italic = true }],
                            }]
                        : Array.Empty<CardElement>(),
                ],
            },
        ],
    };
}
