using System.Globalization;
using System.Text.Json;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>The meeting form's values as typed (untrusted strings), read by the ids of <see cref="MeetingFormFields"/>.</summary>
public sealed record MeetingFormInput(
    string? Kind,
    string? Date,
    string? StartTime,
    string? DurationMinutes,
    string? Place,
    string? OnlineLink,
    string? Topic,
    string? Preparers,
    string? ExtraAgenda,
    bool HolidayConfirmed)
{
    public static MeetingFormInput Read(JsonElement? data) => new(
        CardData.Trimmed(data, MeetingFormFields.Kind),
        CardData.Trimmed(data, MeetingFormFields.Date),
        CardData.Trimmed(data, MeetingFormFields.StartTime),
        CardData.Trimmed(data, MeetingFormFields.DurationMinutes),
        CardData.Trimmed(data, MeetingFormFields.Place),
        CardData.Trimmed(data, MeetingFormFields.OnlineLink),
        CardData.Trimmed(data, MeetingFormFields.Topic),
        CardData.Trimmed(data, MeetingFormFields.Preparers),
        CardData.Text(data, MeetingFormFields.ExtraAgenda),
        string.Equals(CardData.Trimmed(data, MeetingFormFields.HolidayConfirmed), MeetingFormFields.ToggleOn, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind, day and time are a held meeting's own, not typed: neither "in the past" nor "on a day off" applies.</summary>
    public bool StartFixed { get; init; }

    /// <summary>These values with the kind, day and time of a held meeting, which a correction of its record keeps.</summary>
    public MeetingFormInput KeepingTimeOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var local = VietnamTime.ToVietnam(meeting.StartsAt);
        return this with
        {
            Kind = MeetingFormFields.KindValue(meeting.Kind),
            Date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            StartFixed = true,
        };
    }

    public IReadOnlyList<string> PreparerIds =>
        Preparers is null ? [] : [.. Preparers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public MeetingKind? ParsedKind => Enum.TryParse<MeetingKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public DateOnly? ParsedDate =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public TimeOnly? ParsedTime =>
        TimeOnly.TryParseExact(StartTime, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public int? ParsedDuration =>
        int.TryParse(DurationMinutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes
        : double.TryParse(DurationMinutes, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && number <= int.MaxValue ? (int)number
        : null;
}

/// <summary>What a valid form saves (the unit and id come from the checked payload, the status from the stored meeting).</summary>
public sealed record MeetingDraft(
    MeetingKind Kind,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string? Place,
    Uri? OnlineLink,
    string? Topic,
    IReadOnlyList<string> PreparerMemberIds,
    IReadOnlyList<AgendaItem> ExtraAgenda);

/// <summary>
/// Checks the meeting form (domain.md "Meetings"): a future time in Vietnam, not a holiday or day off unless confirmed,
/// the minimum length, a thematic session's topic and preparers (members of this chi bộ), an online link only for a
/// chi bộ approved for it and only https. Gives every error at once, in Vietnamese.
/// </summary>
public sealed class MeetingFormValidator(WorkingCalendar calendar, TimeProvider time)
{
    public const int MaxPlaceLength = 200;
    public const int MaxTopicLength = 300;
    public const int MaxAgendaLength = 2000;
    public const int MaxLinkLength = 2000;

    public async Task<(MeetingDraft? Draft, IReadOnlyList<string> Errors)> ValidateAsync(
        Unit unit, MeetingFormInput input, IReadOnlyList<MemberOption> members, int minimumMinutes, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var kind = input.ParsedKind;
        if (kind is null)
        {
            errors.Add(MeetingFormTexts.KindInvalid);
        }
        var date = input.ParsedDate;
        var start = input.ParsedTime;
        if (date is null)
        {
            errors.Add(MeetingFormTexts.DateInvalid);
        }
        if (start is null)
        {
            errors.Add(MeetingFormTexts.TimeInvalid);
        }
        DateTimeOffset? startsAt = null;
        if (date is { } day && start is { } at)
        {
            startsAt = RegularSlotRule.ToUtc(day, at);
            if (!input.StartFixed && startsAt <= time.GetUtcNow())
            {
                errors.Add(MeetingFormTexts.InPast(day, at));
            }
            else if (!input.StartFixed && !input.HolidayConfirmed && await DayOffErrorAsync(unit, day, cancellationToken) is { } dayOff)
            {
                errors.Add(dayOff);
            }
        }
        var duration = input.ParsedDuration;
        if (duration is null)
        {
            errors.Add(MeetingFormTexts.DurationInvalid(minimumMinutes, MeetingFormCard.MaxMinutes));
        }
        else if (duration < minimumMinutes)
        {
            errors.Add(MeetingFormTexts.TooShort(minimumMinutes));
        }
        else if (duration > MeetingFormCard.MaxMinutes)
        {
            errors.Add(MeetingFormTexts.TooLong(MeetingFormCard.MaxMinutes));
        }
        CheckLength(errors, input.Place, MaxPlaceLength, MeetingFormTexts.PlaceField);
        CheckLength(errors, input.Topic, MaxTopicLength, MeetingFormTexts.TopicField);
        CheckLength(errors, input.ExtraAgenda, MaxAgendaLength, MeetingFormTexts.AgendaField);
        var link = CheckLink(errors, unit, input.OnlineLink);
        var preparers = input.PreparerIds;
        if (preparers.Any(id => !members.Any(m => string.Equals(m.MemberId, id, StringComparison.Ordinal))))
        {
            errors.Add(MeetingFormTexts.PreparerNotInCell);
        }
        if (kind == MeetingKind.Thematic)
        {
            if (input.Topic is null)
            {
                errors.Add(MeetingFormTexts.TopicMissing);
            }
            if (preparers.Count == 0)
            {
                errors.Add(MeetingFormTexts.PreparersMissing);
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var draft = new MeetingDraft(kind!.Value, startsAt!.Value, duration!.Value, input.Place, link, input.Topic, preparers,
            MeetingFormFields.ParseAgenda(input.ExtraAgenda));
        return (draft, []);
    }

    /// <summary>A public holiday needs the confirmation for every chi bộ; a weekend only for a chi bộ that meets on working days.</summary>
    private async Task<string?> DayOffErrorAsync(Unit unit, DateOnly day, CancellationToken cancellationToken)
    {
        if (await calendar.HolidayOnAsync(day, cancellationToken) is { } holiday)
        {
            return MeetingFormTexts.OnHoliday(day, holiday.Name);
        }
        var shifts = (unit.Slot ?? MeetingSlot.Default).ShiftToWorkingDay;
        return shifts && !await calendar.IsWorkingDayAsync(day, cancellationToken) ? MeetingFormTexts.OnDayOff(day) : null;
    }

    private static Uri? CheckLink(List<string> errors, Unit unit, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (!unit.OnlineMeetingsApproved)
        {
            errors.Add(MeetingFormTexts.OnlineNotApproved);
            return null;
        }
        if (text.Length > MaxLinkLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add(MeetingFormTexts.OnlineLinkInvalid);
            return null;
        }
        return uri;
    }

    private static void CheckLength(List<string> errors, string? text, int maximum, string field)
    {
        if (text is { Length: var length } && length > maximum)
        {
            errors.Add(MeetingFormTexts.TooLongText(field, maximum));
        }
    }
}
