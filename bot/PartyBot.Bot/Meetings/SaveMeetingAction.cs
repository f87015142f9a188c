using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// "Lưu" on the form (meeting.save; data unitId, meetingId for an edit or createKey for a new meeting, and the
/// inputs): checks the values, then creates the meeting under the form's key (<see cref="MeetingCreateKey"/>: saving
/// the same form twice creates it once) or updates it under its ETag, refreshes its announced card in place, reports an
/// online meeting, and answers with the list. A held meeting (<see cref="HeldMeetings"/>) keeps its kind, day and time:
/// only its record is corrected. The month's only regular meeting keeps its kind and month, and a thematic session
/// sharing its sitting makes the sitting longer (<see cref="MonthlyMeetingCheck"/>).
/// A failed check re-renders the form with the errors and the typed values; nothing is stored.
/// </summary>
public sealed class SaveMeetingAction(
    MeetingAccess access,
    MeetingScreens screens,
    MeetingFormValidator validator,
    MonthlyMeetingCheck monthly,
    MeetingStore meetings,
    HeldMeetings held,
    MeetingChanges changes) : ICardActionHandler
{
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
        var key = before is null ? CardData.Text(context.Data, MeetingVerbs.CreateKeyKey) : null;
        if (key is not null && !MeetingCreateKey.IsValid(key))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadCreateKey", MeetingFormTexts.FormKeyInvalid);
        }
        // A form sent before forms carried a key gets one now: its corrected re-render then saves once.
        key ??= before is null ? MeetingCreateKey.New() : null;
        var members = await screens.MemberOptionsAsync(unit, cancellationToken);
        var isHeld = before is not null && await held.IsHeldAsync(before, cancellationToken);
        var input = isHeld ? MeetingFormInput.Read(context.Data).KeepingTimeOf(before!) : MeetingFormInput.Read(context.Data);
        var (draft, errors) = await validator.ValidateAsync(unit, input, members, screens.MinimumMinutes, cancellationToken);
        if (draft is not null && await monthly.ProblemsAsync(unit, before, draft, isHeld, cancellationToken) is { Count: > 0 } problems)
        {
            (draft, errors) = (null, problems);
        }
        if (draft is null)
        {
            return MeetingAnswers.Card(MeetingFormCard.Build(FormWithErrors(unit, before, input, members, errors) with { CreateKey = key, Held = isHeld }));
        }
        var (saved, created) = before is null ? await CreateAsync(unit, draft, key!, cancellationToken) : (await UpdateAsync(before, draft, cancellationToken), true);
        if (saved is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
        }
        if (saved.Status == MeetingStatus.Cancelled)
        {
            return MeetingAnswers.Cancelled();
        }
        // The same form saved again changes nothing: an announcement still owed is made (once: its outbox key), nothing else.
        if (created || saved.CardConversationId is null)
        {
            await changes.PublishChangeAsync(saved, cancellationToken);
        }
        if (!isHeld)
        {
            await changes.ReportOnlineAsync(context.Member, unit, saved, before, cancellationToken);
        }
        if (before is not null)
        {
            await changes.RecheckAssignmentAsync(before, saved, cancellationToken);
        }
        return MeetingAnswers.Card(await screens.UnitListAsync(context.Member, unit, cancellationToken));
    }

    /// <summary>Creates the meeting under the form's key; when it exists already (the same form saved again), that meeting is the answer.</summary>
    private async Task<(Meeting Meeting, bool Created)> CreateAsync(Unit unit, MeetingDraft draft, string key, CancellationToken cancellationToken)
    {
        var meeting = new Meeting(unit.Id, MeetingCreateKey.MeetingId(draft.Kind, key), draft.Kind, draft.StartsAt, draft.DurationMinutes,
            Place: draft.Place, OnlineLink: draft.OnlineLink, Topic: draft.Topic,
            PreparerMemberIds: draft.PreparerMemberIds, ExtraAgenda: draft.ExtraAgenda);
        if (await meetings.AddAsync(meeting, cancellationToken))
        {
            return (meeting, true);
        }
        var existing = await meetings.GetAsync(unit.Id, meeting.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Meeting {unit.Id}/{meeting.Id} was reported to exist but cannot be read.");
        return (existing, false);
    }

    /// <summary>
    /// The planner's warning goes: the secretary has chosen the date. A new date or time is the secretary's, so the
    /// planner no longer moves it (<see cref="Meeting.PlannedAutomatically"/>). A meeting cancelled meanwhile stays as it is.
    /// </summary>
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
            PlannedAutomatically = m.PlannedAutomatically && m.StartsAt == draft.StartsAt,
        }, cancellationToken);

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
