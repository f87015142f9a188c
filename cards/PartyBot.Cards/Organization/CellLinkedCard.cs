using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Common.CardLayout;
using static PartyBot.Cards.Organization.OrganizationCardParts;

namespace PartyBot.Cards.Organization;

/// <summary>The confirmation after "liên kết chi bộ &lt;mã&gt;": this conversation is now the chi bộ's.</summary>
public static class CellLinkedCard
{
    public static AdaptiveCard Build(CellLinkedView view)
    {
        var unit = view.Unit;
        var slot = SlotText(unit);
        return new AdaptiveCard
        {
            FallbackText = OrganizationTexts.LinkedFallback(unit.Name, slot),
            Body =
            [
                new Container
                {
                    Style = ContainerStyle.Good,
                    Bleed = true,
                    Items =
                    [
                        CardParts.Heading(OrganizationTexts.LinkedTitle),
                        new RichTextBlock
                        {
                            Spacing = Spacing.Small,
                            Inlines =
                            [
                                new TextRun { Text = OrganizationTexts.LinkedLead },
                                new TextRun { Text = unit.Name, Weight = TextWeight.Bolder },
                                new TextRun { Text = "." },
                            ],
                        },
                    ],
                },
                Fact(OrganizationTexts.LinkedPath, view.UnitPath, spacing: Spacing.Medium),
                Fact(OrganizationTexts.LinkedCode, unit.Id),
                Fact(OrganizationTexts.LinkedBy, view.LinkedBy),
                Fact(OrganizationTexts.LinkedSlot, slot),
                Tiles(
                [
                    (OrganizationTexts.CountMembers, view.Counts.Members),
                    (OrganizationTexts.CountSummoned, view.Counts.Summoned),
                    (OrganizationTexts.CountFullSummoned, view.Counts.FullSummoned),
                ]),
                Section(OrganizationTexts.LinkedArrivesHeading),
                .. OrganizationTexts.LinkedArrivals.Select(line => CardParts.Item("•", line)),
                CardParts.Paragraph(OrganizationTexts.LinkedPrivateNote, subtle: true, spacing: Spacing.Medium),
            ],
        };
    }

    private static string SlotText(Unit unit) =>
        unit.Slot is { } slot
            ? OrganizationFormat.Slot(slot)
            : OrganizationFormat.Slot(MeetingSlot.Default) + OrganizationTexts.SlotDefaultSuffix;
}
