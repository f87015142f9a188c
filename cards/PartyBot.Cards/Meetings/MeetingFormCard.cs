using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Meetings;

/// <summary>
/// The secretary's form to create or edit a meeting. Input ids are those of <see cref="MeetingFormFields"/>; the
/// buttons carry only ids (<see cref="MeetingVerbs"/>), and the server checks every value again. When the bot
/// re-renders the form after a failed save, the messages are at the top in red and the typed values are kept.
/// </summary>
public static class MeetingFormCard
{
    /// <summary>The longest meeting the form offers, in minutes (a hint; the server has its own rule).</summary>
    public const int MaxMinutes = 480;

    public static AdaptiveCard Build(MeetingFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = MeetingTexts.FormFallback(view.UnitName),
            Body =
            [
                Banner(view.MeetingId is null ? MeetingTexts.FormNewTitle : view.Held ? MeetingTexts.FormHeldTitle : MeetingTexts.FormEditTitle, view.UnitName),
                .. view.Errors is { Count: > 0 } errors ? [ErrorBox(errors)] : Array.Empty<CardElement>(),
                .. Inputs(view),
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = MeetingTexts.Save,
                    Verb = MeetingVerbs.Save,
                    Data = Ids(view),
                    AssociatedInputs = AssociatedInputs.Auto,
                    Style = ActionStyle.Positive,
                },
                new ExecuteAction
                {
                    Title = MeetingTexts.CancelForm,
                    Verb = MeetingVerbs.CancelForm,
                    Data = Ids(view),
                    AssociatedInputs = AssociatedInputs.None,
                },
            ],
        };
    }

    private static Dictionary<string, string> Ids(MeetingFormView view)
    {
        var data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = view.UnitId };
        if (view.MeetingId is { } meetingId)
        {
            data[MeetingVerbs.MeetingIdKey] = meetingId;
        }
        else if (view.CreateKey is { } createKey)
        {
            data[MeetingVerbs.CreateKeyKey] = createKey;
        }
        return data;
    }

    private static Container ErrorBox(IReadOnlyList<string> errors) => new()
    {
        Style = ContainerStyle.Attention,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = MeetingTexts.FormErrorsLead, Weight = TextWeight.Bolder, Color = TextColor.Attention },
            .. errors.Select(error => (CardElement)CardParts.Item("•", [new TextRun { Text = error, Color = TextColor.Attention }], TextColor.Attention)),
        ],
    };

    private static IEnumerable<CardElement> Inputs(MeetingFormView view) =>
        view.Held
            ? [HeldTime(view), Duration(view), .. RecordInputs(view)]
            : [.. TimeInputs(view), Duration(view), HolidayToggle(view), .. RecordInputs(view)];

    /// <summary>A held meeting's kind, day and time, as a fact: a correction of its record keeps them.</summary>
    private static Container HeldTime(MeetingFormView view) => new()
    {
        Style = ContainerStyle.Emphasis,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = MeetingTexts.KindName(view.Kind), Weight = TextWeight.Bolder },
            new TextBlock { Text = MeetingTexts.FormHeldNote(MeetingFormat.At(RegularSlotRule.ToUtc(view.Date, view.StartTime))), Wrap = true, Spacing = Spacing.Small },
        ],
    };

    private static IEnumerable<CardElement> TimeInputs(MeetingFormView view)
    {
        yield return new ChoiceSetInput
        {
            Id = MeetingFormFields.Kind,
            Label = MeetingTexts.FieldKind,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            Value = MeetingFormFields.KindValue(view.Kind),
            Choices =
            [
                new Choice(MeetingTexts.RegularName, MeetingFormFields.KindValue(MeetingKind.Regular)),
                new Choice(MeetingTexts.ThematicName, MeetingFormFields.KindValue(MeetingKind.Thematic)),
            ],
            Spacing = Spacing.Medium,
        };
        yield return new ColumnSet
        {
            Spacing = Spacing.Medium,
            Columns =
            [
                new Column
                {
                    Width = ColumnWidth.Weight(1),
                    Items =
                    [
                        new DateInput
                        {
                            Id = MeetingFormFields.Date, Label = MeetingTexts.FieldDate, Value = view.Date, Min = view.EarliestDate,
                            IsRequired = true, ErrorMessage = MeetingTexts.RequiredDate,
                        },
                    ],
                },
                new Column
                {
                    Width = ColumnWidth.Weight(1),
                    Items =
                    [
                        new TimeInput
                        {
                            Id = MeetingFormFields.StartTime, Label = MeetingTexts.FieldStart, Value = view.StartTime,
                            IsRequired = true, ErrorMessage = MeetingTexts.RequiredStart,
                        },
                    ],
                },
            ],
        };
    }

    private static NumberInput Duration(MeetingFormView view) => new()
    {
        Id = MeetingFormFields.DurationMinutes,
        Label = MeetingTexts.FieldDuration(view.MinimumMinutes),
        Value = view.DurationMinutes,
        Min = view.MinimumMinutes,
        Max = MaxMinutes,
        IsRequired = true,
        ErrorMessage = MeetingTexts.RequiredDuration(view.MinimumMinutes),
    };

    private static ToggleInput HolidayToggle(MeetingFormView view) => new()
    {
        Id = MeetingFormFields.HolidayConfirmed,
        Title = MeetingTexts.FieldHolidayConfirm,
        Value = view.HolidayConfirmed ? MeetingFormFields.ToggleOn : MeetingFormFields.ToggleOff,
        ValueOn = MeetingFormFields.ToggleOn,
        ValueOff = MeetingFormFields.ToggleOff,
    };

    /// <summary>What a correction of a held meeting's record may change too: place, link, topic, preparers, agenda.</summary>
    private static IEnumerable<CardElement> RecordInputs(MeetingFormView view)
    {
        yield return new TextInput
        {
            Id = MeetingFormFields.Place, Label = MeetingTexts.FieldPlace, Placeholder = MeetingTexts.PlacePlaceholder,
            Value = view.Place, MaxLength = 200, Spacing = Spacing.Medium,
        };
        if (view.OnlineApproved)
        {
            yield return new TextInput
            {
                Id = MeetingFormFields.OnlineLink, Label = MeetingTexts.FieldOnlineLink, Placeholder = MeetingTexts.OnlineLinkPlaceholder,
                Value = view.OnlineLink, MaxLength = 2000,
            };
            yield return Subtle(MeetingTexts.OnlineApprovedNote);
        }
        else
        {
            yield return Subtle(MeetingTexts.OnlineNotApprovedNote);
        }
        yield return new TextInput
        {
            Id = MeetingFormFields.Topic, Label = MeetingTexts.FieldTopic, Placeholder = MeetingTexts.TopicPlaceholder,
            Value = view.Topic, MaxLength = 300, IsMultiline = true, Spacing = Spacing.Medium,
        };
        yield return new ChoiceSetInput
        {
            Id = MeetingFormFields.Preparers,
            Label = MeetingTexts.FieldPreparers,
            Placeholder = MeetingTexts.PreparersPlaceholder,
            Style = ChoiceInputStyle.Compact,
            IsMultiSelect = true,
            Value = view.PreparerMemberIds is { Count: > 0 } ids ? string.Join(",", ids) : null,
            Choices = [.. view.Members.Select(Choice)],
        };
        yield return new TextInput
        {
            Id = MeetingFormFields.ExtraAgenda, Label = MeetingTexts.FieldExtraAgenda, Placeholder = MeetingTexts.ExtraAgendaPlaceholder,
            Value = string.IsNullOrEmpty(view.ExtraAgendaText) ? null : view.ExtraAgendaText, IsMultiline = true, MaxLength = 2000,
            Spacing = Spacing.Medium,
        };
        yield return Subtle(MeetingTexts.ExtraAgendaHint(MeetingFormFields.DefaultAfterStep, MeetingFormat.StepName(MeetingFormFields.DefaultAfterStep)));
    }

    /// <summary>A member as a choice; a multi-select sends the values comma-separated, so an id must not hold a comma.</summary>
    private static Choice Choice(MemberOption member) =>
        member.MemberId.Contains(',', StringComparison.Ordinal)
            ? throw new ArgumentException($"A member id in a choice cannot contain a comma: “{member.MemberId}”.", nameof(member))
            : new Choice(member.Name, member.MemberId);
}
