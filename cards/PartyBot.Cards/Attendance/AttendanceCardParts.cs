using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Organization;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// Pieces the attendance cards share: the ids on every button, the notice at the top, the counts block (tiles, rate,
/// band, vote validity) of the roll call and its summary, lists of names cut to fit Teams' size limit.
/// </summary>
internal static class AttendanceCardParts
{
    /// <summary>The data of every button: the unit and meeting ids (the server re-checks them), plus extra pairs.</summary>
    public static Dictionary<string, string> Ids(Meeting meeting, params (string Key, string Value)[] extra)
    {
        var data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = meeting.UnitId, [MeetingVerbs.MeetingIdKey] = meeting.Id };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }
        return data;
    }

    /// <summary>A button that needs no input: sends its verb and the ids only.</summary>
    public static ExecuteAction Button(string title, string verb, Meeting meeting, ActionStyle style = ActionStyle.Default) =>
        new() { Title = title, Verb = verb, Data = Ids(meeting), AssociatedInputs = AssociatedInputs.None, Style = style };

    /// <summary>Universal Actions refresh: Teams runs <paramref name="verb"/> for each viewer (those listed, or everyone in a small chat).</summary>
    public static CardRefresh Refresh(string verb, Meeting meeting, IReadOnlyList<string>? userIds) =>
        new() { Action = new ExecuteAction { Verb = verb, Data = Ids(meeting) }, UserIds = userIds };

    /// <summary>A bold sub-heading inside a section (no separator).</summary>
    public static TextBlock SubHeading(string text) => new() { Text = text, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    /// <summary>
    /// The colour that tells a state at a glance (text only, no icons). Not "warning": Teams' light theme draws it
    /// pale yellow, unreadable on white, so an excused absence is in the accent colour.
    /// </summary>
    public static TextColor StateColor(AttendanceState state) => state switch
    {
        AttendanceState.Present => TextColor.Good,
        AttendanceState.Excused => TextColor.Accent,
        AttendanceState.Unexcused => TextColor.Attention,
        _ => TextColor.Default,
    };

    /// <summary>Grey for the states that are not a fact yet or not counted.</summary>
    public static bool StateIsSubtle(AttendanceState state) => state is AttendanceState.Pending or AttendanceState.Exempt;

    public static TextColor BandColor(AttendanceBand band) => band switch
    {
        AttendanceBand.Good => TextColor.Good,
        AttendanceBand.Fair => TextColor.Accent,
        AttendanceBand.Average => TextColor.Default,
        _ => TextColor.Attention,
    };

    /// <summary>
    /// The counts of a roll call, shared by the roll-call card (<paramref name="live"/>: counts so far, "chưa điểm danh"
    /// shown, rate provisional) and the summary: tiles, attendance rate and band (lowered by any unexcused absence),
    /// and whether a resolution and an admission can pass with the full members present.
    /// </summary>
    public static IEnumerable<CardElement> Counts(string heading, AttendanceTally tally, AttendanceBand band, bool live)
    {
        ArgumentNullException.ThrowIfNull(tally);
        yield return Section(heading);
        yield return Tiles(
        [
            new(AttendanceCardTexts.TileSummoned, tally.Summoned),
            new(AttendanceCardTexts.TilePresent, tally.Present, TextColor.Good),
            new(AttendanceCardTexts.TileExempt, tally.Exempt, TextColor.Default),
        ], columns: 3, Spacing.Small);
        yield return Tiles(
        [
            new(AttendanceCardTexts.TileExcusedAbsent, tally.Excused, tally.Excused > 0 ? TextColor.Accent : TextColor.Default),
            new(AttendanceCardTexts.TileUnexcused, tally.Unexcused, tally.Unexcused > 0 ? TextColor.Attention : TextColor.Default),
            .. live ? [new Tile(AttendanceCardTexts.TilePending, tally.Pending, TextColor.Default)] : Array.Empty<Tile>(),
        ], columns: 3, Spacing.Small);
        yield return Fact(
            AttendanceCardTexts.FactRate,
            [
                new TextRun
                {
                    Text = AttendanceCardTexts.RateValue(AttendanceFormat.Percent(tally.RatePercent), tally.Present, tally.Summoned),
                    Weight = TextWeight.Bolder,
                },
                .. live ? [new TextRun { Text = AttendanceCardTexts.Provisional, IsSubtle = true }] : Array.Empty<TextRun>(),
            ],
            Spacing.Medium);
        yield return Fact(
            AttendanceCardTexts.FactBand,
            [new TextRun { Text = AttendanceCardTexts.BandName(band), Weight = TextWeight.Bolder, Color = BandColor(band) }]);
        if (tally.Unexcused > 0)
        {
            yield return Subtle(band == AttendanceBand.Poor
                ? AttendanceCardTexts.HasUnexcused(tally.Unexcused)
                : AttendanceCardTexts.BandLowered(tally.Unexcused));
        }
        var vote = tally.Validity;
        yield return SubHeading(AttendanceCardTexts.VoteHeading);
        yield return VoteLine(AttendanceCardTexts.ResolutionLead, vote.ResolutionCanPass, vote.FullSummoned,
            AttendanceCardTexts.ResolutionNeeds(vote.ResolutionNeeded, vote.FullSummoned, vote.FullPresent, live));
        yield return VoteLine(AttendanceCardTexts.AdmissionLead, vote.AdmissionCanPass, vote.FullSummoned,
            AttendanceCardTexts.AdmissionNeeds(vote.AdmissionNeeded, vote.FullSummoned, vote.FullPresent, live));
        if (vote.FullSummoned > 0)
        {
            yield return Subtle(AttendanceCardTexts.VoteNote(vote.FullSummoned, tally.Summoned - tally.FullSummoned));
        }
    }

    private static RichTextBlock VoteLine(string lead, bool canPass, int fullSummoned, string needs) => new()
    {
        Spacing = Spacing.Small,
        Inlines =
        [
            new TextRun { Text = lead },
            new TextRun
            {
                Text = canPass ? AttendanceCardTexts.VoteCan : AttendanceCardTexts.VoteCannot,
                Weight = TextWeight.Bolder,
                Color = canPass ? TextColor.Good : TextColor.Attention,
            },
            new TextRun { Text = fullSummoned > 0 ? needs : AttendanceCardTexts.NoFullMembers },
        ],
    };

    /// <summary>A name (bold) with its reason after a dash, in a hanging-indent row: the lines of the absent and exempt lists.</summary>
    public static ColumnSet NameWithReason(string name, string? reason) => CardParts.Item(
        "•",
        [
            new TextRun { Text = name, Weight = TextWeight.Bolder },
            .. string.IsNullOrWhiteSpace(reason) ? Array.Empty<TextRun>() : [new TextRun { Text = AttendanceCardTexts.ReasonSeparator + reason.Trim() }],
        ],
        TextColor.Accent);

    /// <summary>At most <paramref name="cap"/> rows of names with reasons, then "… và N đồng chí khác".</summary>
    public static IEnumerable<CardElement> NamesWithReasons(IReadOnlyList<(string Name, string? Reason)> items, int cap)
    {
        foreach (var (name, reason) in items.Take(cap))
        {
            yield return NameWithReason(name, reason);
        }
        if (items.Count > cap)
        {
            yield return More(items.Count, cap);
        }
    }

    /// <summary>Names in one paragraph, comma-separated: at most <paramref name="cap"/>, then "… và N đồng chí khác".</summary>
    public static CardElement Names(IReadOnlyList<string> names, int cap)
    {
        if (cap <= 0 && names.Count > 0)
        {
            return new TextBlock { Text = AttendanceCardTexts.NamesNotShown(names.Count), IsSubtle = true, Spacing = Spacing.Small };
        }
        var shown = string.Join(", ", names.Take(cap));
        return new RichTextBlock
        {
            Spacing = Spacing.Small,
            Inlines =
            [
                new TextRun { Text = shown + (names.Count > cap ? "" : ".") },
                .. names.Count > cap
                    ? [new TextRun { Text = " " + AttendanceCardTexts.MoreNames(names.Count - cap) + ".", IsSubtle = true }]
                    : Array.Empty<TextRun>(),
            ],
        };
    }

    private static TextBlock More(int count, int shown) => shown <= 0
        ? new TextBlock { Text = AttendanceCardTexts.NamesNotShown(count), IsSubtle = true, Spacing = Spacing.Small }
        : new TextBlock { Text = AttendanceCardTexts.MoreNames(count - shown) + ".", IsSubtle = true, Spacing = Spacing.Small };

    /// <summary>
    /// A card with several long lists: built with at most <paramref name="maxPerList"/> entries per list, and fewer
    /// (down to none) until the whole card fits under <see cref="CardJson.MaxSizeInBytes"/>.
    /// </summary>
    public static AdaptiveCard Fit(int maxPerList, Func<int, AdaptiveCard> build)
    {
        for (var cap = maxPerList; ; cap = cap * 2 / 3)
        {
            var card = build(cap);
            if (cap == 0 || CardJson.SizeInBytes(card) <= CardJson.MaxSizeInBytes)
            {
                return card;
            }
        }
    }

    /// <summary>The title band: the title, the chi bộ (bold), its place in the tree (small), an optional small note.</summary>
    public static Container Header(CardElement title, string unitName, string? unitPath, string? note = null) => new()
    {
        Style = ContainerStyle.Emphasis,
        Bleed = true,
        Items =
        [
            title,
            new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = unitName, Weight = TextWeight.Bolder }] },
            .. string.IsNullOrWhiteSpace(unitPath)
                ? Array.Empty<CardElement>()
                : [new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = unitPath, IsSubtle = true, Size = TextSize.Small }] }],
            .. string.IsNullOrWhiteSpace(note)
                ? Array.Empty<CardElement>()
                : [new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = note, IsSubtle = true, Size = TextSize.Small, Italic = true }] }],
        ],
    };

    /// <summary>Paragraph of constant text with **bold** marks (never a name).</summary>
    public static RichTextBlock Paragraph(string marked, bool subtle = false, Spacing spacing = Spacing.Default) => CardParts.Paragraph(marked, subtle, spacing);
}
