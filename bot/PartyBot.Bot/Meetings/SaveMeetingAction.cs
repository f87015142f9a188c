using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// "Lưu" on the form (meeting.save; data unitId, meetingId for an edit, and the inputs): checks the values, then
/// creates the meeting (id "T-…" for a thematic session, "M-…" otherwise, never the planner's "R-yyyy-MM") or updates
/// it under its ETag, refreshes its announced card in place, reports an online meeting, and answers with the list.
/// A failed check re-renders the form with the errors and the typed values; nothing is stored.
/// </summary>
public sealed class SaveMeetingAction(
    MeetingAccess access,
    MeetingScreens screens,
    MeetingFormValidator validator,
    MeetingStore meetings,
    MeetingChanges changes) : ICardActionHandler
{
    private const int MaxIdAttempts = 3;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: false, cancellationToken);
        if (checkedAccess.Error is { } error)
        {
            return error;
        }
        var (unit, before) = (checkedAccess.Unit!, checkedAccess.Meeting);
        if (before?.Status == MeetingStatus.Cancelled)
        {
            return MeetingAnswers.Cancelled();
        }
        var members = await screens.MemberOptionsAsync(unit, cancellationToken);
        var input = MeetingFormInput.Read(context.Data);
        var (draft, errors) = await validator.ValidateAsync(unit, input, members, screens.MinimumMinutes, cancellationToken);
        if (draft is null)
        {
            return MeetingAnswers.Card(MeetingFormCard.Build(FormWithErrors(unit, before, input, members, errors)));
        }
        var saved = before is null ? await CreateAsync(unit, draft, cancellationToken) : await UpdateAsync(before, draft, cancellationToken);
        if (saved is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
        }
        if (saved.Status == MeetingStatus.Cancelled)
        {
            return MeetingAnswers.Cancelled();
        }
        await changes.PublishChangeAsync(saved, cancellationToken);
        await changes.ReportOnlineAsync(context.Member, unit, saved, before, cancellationToken);
        return MeetingAnswers.Card(await screens.UnitListAsync(context.Member, unit, cancellationToken));
    }

    private async Task<Meeting> CreateAsync(Unit unit, MeetingDraft draft, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var meeting = new Meeting(unit.Id, NewId(draft.Kind), draft.Kind, draft.StartsAt, draft.DurationMinutes,
                Place: draft.Place, OnlineLink: draft.OnlineLink, Topic: draft.Topic,
                PreparerMemberIds: draft.PreparerMemberIds, ExtraAgenda: draft.ExtraAgenda);
            if (await meetings.AddAsync(meeting, cancellationToken))
            {
                return meeting;
            }
            if (attempt >= MaxIdAttempts)
            {
                throw new InvalidOperationException($"Could not find a free meeting id in unit {unit.Id} after {MaxIdAttempts} attempts.");
            }
        }
    }

    /// <summary>The planner's warning goes: the secretary has chosen the date. A meeting cancelled meanwhile stays as it is.</summary>
    private Task<Meeting?> UpdateAsync(Meeting before, MeetingDraft draft, CancellationToken cancellationToken) =>
        meetings.UpdateAsync(before.UnitId, before.Id, m => m.Status == MeetingStatus.Cancelled ? m : m with
        {
            Kind = draft.Kind,
            StartsAt = draft.StartsAt,
            DurationMinutes = draft.DurationMinutes,
            Place = draft.Place,
            OnlineLink = draft.OnlineLink,
            Topic = draft.Topic,
            PreparerMemberIds = draft.PreparerMemberIds,
            ExtraAgenda = draft.ExtraAgenda,
            Warning = null,
        }, cancellationToken);

    /// <summary>"T-" or "M-" and 12 random base-32 characters: never the planner's "R-yyyy-MM".</summary>
    public static string NewId(MeetingKind kind)
    {
        const string alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        Span<byte> bytes = stackalloc byte[12];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = alphabet[bytes[i] % alphabet.Length];
        }
        return (kind == MeetingKind.Thematic ? "T-" : "M-") + new string(chars);
    }

    private MeetingFormView FormWithErrors(Unit unit, Meeting? before, MeetingFormInput input, IReadOnlyList<MemberOption> members, IReadOnlyList<string> errors)
    {
        var today = screens.Today();
        var slot = unit.Slot ?? MeetingSlot.Default;
        return new MeetingFormView(
            unit.Id, unit.Name, before?.Id,
            input.ParsedKind ?? before?.Kind ?? MeetingKind.Regular,
            input.ParsedDate ?? today.AddDays(MeetingScreens.NewMeetingDaysAhead),
            input.ParsedTime ?? slot.Time,
            input.ParsedDuration is { } minutes && minutes is > 0 and <= MeetingFormCard.MaxMinutes ? minutes : screens.MinimumMinutes,
            screens.MinimumMinutes, members, unit.OnlineMeetingsApproved,
            // The typed values come back at most as long as their inputs allow (the error says what was too long).
            TypedText.Clip(input.Place, MeetingFormValidator.MaxPlaceLength),
            unit.OnlineMeetingsApproved ? TypedText.Clip(input.OnlineLink, MeetingFormValidator.MaxLinkLength) : null,
            TypedText.Clip(input.Topic, MeetingFormValidator.MaxTopicLength),
            [.. input.PreparerIds.Where(id => members.Any(m => string.Equals(m.MemberId, id, StringComparison.Ordinal)))],
            TypedText.Clip(input.ExtraAgenda, MeetingFormValidator.MaxAgendaLength), input.HolidayConfirmed, today, errors);
    }
}
