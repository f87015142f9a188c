namespace PartyBot.Core.Minutes;

/// <summary>One paragraph of the minutes' body: a heading, or text (first line indented), or a note.</summary>
public sealed record MinutesParagraph(string Text, bool Heading = false, bool Indented = true, bool Italic = false);

/// <summary>
/// The minutes' body as paragraphs, in the usual order: time, place, who; the steps of the meeting with the month's
/// items, the roll call under step 2 and who spoke under step 5; the vote figures; blanks for the rest. Kept apart from
/// the Open XML so the order and the wording are read in one place.
/// </summary>
public static class MinutesBody
{
    /// <summary>The step (1-based) under which the roll call goes, and the one of the discussion.</summary>
    public const int RollCallStep = 2;

    public const int DiscussionStep = 5;

    public static IEnumerable<MinutesParagraph> Paragraphs(MinutesDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        yield return new(MinutesTexts.PartOne, Heading: true);
        yield return new(MinutesTexts.Time(d.StartsAt));
        yield return new(MinutesTexts.Place(d.Place));
        yield return new(MinutesTexts.Chair(d.Chair));
        yield return new(MinutesTexts.Clerk(d.ClerkName));
        yield return new(MinutesTexts.Upper(d.UpperAttendeeName));
        yield return new(MinutesTexts.Roll(d.MembersOnRoll, d.Summoned, d.FullSummoned));
        yield return new(MinutesTexts.Present(d.Present, d.Summoned));
        foreach (var p in People(MinutesTexts.ExcusedLead(d.Excused.Count), d.Excused))
        {
            yield return p;
        }
        foreach (var p in People(MinutesTexts.UnexcusedLead(d.Unexcused.Count), d.Unexcused))
        {
            yield return p;
        }
        foreach (var p in People(MinutesTexts.NotSummonedLead(d.NotSummoned.Count), d.NotSummoned))
        {
            yield return p;
        }
        yield return new(MinutesTexts.PartTwo, Heading: true);
        for (var i = 0; i < d.Steps.Count; i++)
        {
            var step = d.Steps[i];
            yield return new(MinutesTexts.Step(i + 1, step.Title), Indented: true, Italic: false);
            if (step.Items.Count > 0)
            {
                yield return new(MinutesTexts.StepItemsLead, Italic: true);
                foreach (var item in step.Items)
                {
                    yield return new("– " + item);
                }
            }
            if (i + 1 == RollCallStep)
            {
                yield return new(MinutesTexts.Present(d.Present, d.Summoned) + " " + MinutesTexts.ExcusedLead(d.Excused.Count).TrimEnd(':', '.') + "; "
                    + MinutesTexts.UnexcusedLead(d.Unexcused.Count).TrimEnd(':', '.') + ".", Italic: true);
            }
            if (i + 1 == DiscussionStep)
            {
                yield return new(MinutesTexts.Speakers(d.Speakers));
                yield return new(MinutesTexts.OpinionsLead, Italic: true);
            }
            yield return new(MinutesTexts.Blank, Indented: false);
            yield return new(MinutesTexts.Blank, Indented: false);
        }
        yield return new(MinutesTexts.PartThree, Heading: true);
        yield return new(MinutesTexts.VoteFigures(d.FullSummoned, d.FullPresent, d.ResolutionNeeded, d.ResolutionCanPass));
        yield return new(MinutesTexts.VoteResult);
        yield return new(MinutesTexts.ResolutionLead, Italic: true);
        yield return new(MinutesTexts.Blank, Indented: false);
        yield return new(MinutesTexts.Blank, Indented: false);
        yield return new(MinutesTexts.Rating);
        yield return new(MinutesTexts.Closing);
    }

    private static IEnumerable<MinutesParagraph> People(string lead, IReadOnlyList<MinutesPerson> people)
    {
        yield return new(lead);
        foreach (var person in people)
        {
            yield return new(MinutesTexts.Person(person));
        }
    }
}
