using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Surveys;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Surveys;

/// <summary>What one scan did, for the log and the tests.</summary>
public sealed record SurveyScan(int Opened, int BallotsQueued, int RemindersQueued, int Closed);

/// <summary>
/// The quarterly survey's scanner. For every chi bộ: opens the quarter's survey once the roll call of the quarter's last
/// meeting is closed, or in the quarter's last <see cref="SurveyOptions.OpenInLastDays"/> days once no meeting of the
/// quarter is still to end (or up to <see cref="SurveyOptions.CatchUpDays"/> into the next quarter, after downtime);
/// sends the ballot card 1:1 to every summoned member; once, <see cref="SurveyOptions.RemindDaysBeforeClose"/> days before
/// the close, reminds those whose keyed hash has no ballot; closes after <see cref="SurveyOptions.OpenForDays"/> days,
/// seals the ballots and posts the results card to the chi bộ's conversation. Every message goes through the outbox
/// under a deterministic key and every step is an ETag'd change of the survey row, so a second run, a restart or a second
/// host sends nothing twice.
/// </summary>
public sealed partial class SurveyScanner(
    SurveyStore surveys,
    SurveyVoting voting,
    MeetingStore meetings,
    RollCallStore rollCalls,
    OrganizationStore organization,
    ConversationStore conversations,
    OutboxStore outbox,
    MemberOutbox members,
    BallotReceipts receipts,
    IOptions<SurveyOptions> options,
    TimeProvider time,
    ILogger<SurveyScanner> logger)
{
    private SurveyOptions Options => options.Value;

    public async Task<SurveyScan> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var scan = new SurveyScan(0, 0, 0, 0);
        foreach (var cell in tree.Units.Where(u => u.IsCell).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var current = Quarter.Of(today);
            Quarter[] quarters = today.DayNumber - current.Previous.LastDay.DayNumber <= Options.CatchUpDays ? [current.Previous, current] : [current];
            foreach (var quarter in quarters)
            {
                scan = await ScanAsync(tree, cell, new SurveyId(cell.Id, quarter), now, today, scan, cancellationToken);
            }
        }
        LogScan(logger, scan.Opened, scan.BallotsQueued, scan.RemindersQueued, scan.Closed);
        return scan;
    }

    private async Task<SurveyScan> ScanAsync(OrganizationTree tree, Unit cell, SurveyId id, DateTimeOffset now, DateOnly today, SurveyScan scan, CancellationToken cancellationToken)
    {
        var survey = await surveys.GetAsync(id, cancellationToken);
        if (survey is null)
        {
            if (await OpeningReasonAsync(id, now, today, cancellationToken) is not { } because)
            {
                return scan;
            }
            var summoned = (await organization.MembersOfSubtreeAsync(tree, cell.Id, cancellationToken))
                .Where(m => m.IsSummonedOn(today)).Select(m => receipts.Of(id, m.Id)).Order(StringComparer.Ordinal).ToList();
            var (opened, added) = await surveys.OpenAsync(
                new Survey(id, SurveyStatus.Open, now, now.AddDays(Options.OpenForDays), summoned, because.Length == 0 ? null : because), cancellationToken);
            survey = opened;
            if (added)
            {
                scan = scan with { Opened = scan.Opened + 1 };
                LogOpened(logger, id, summoned.Count);
            }
        }
        if (survey.Status == SurveyStatus.Open && !survey.BallotsQueued && survey.TakesVotes(now))
        {
            var (queued, failed) = await SendAsync(tree, cell, survey, SurveyKeys.Ballot, SurveyKeys.BallotKind, reminder: false, cancellationToken);
            scan = scan with { BallotsQueued = scan.BallotsQueued + queued };
            if (!failed)
            {
                survey = await surveys.UpdateAsync(id, s => s with { BallotsQueued = true }, cancellationToken) ?? survey;
            }
        }
        if (survey.Status == SurveyStatus.Open && survey.BallotsQueued && !survey.Reminded && now >= survey.RemindAt(Options) && survey.TakesVotes(now))
        {
            var (queued, failed) = await SendAsync(tree, cell, survey, SurveyKeys.Reminder, SurveyKeys.ReminderKind, reminder: true, cancellationToken);
            scan = scan with { RemindersQueued = scan.RemindersQueued + queued };
            if (!failed)
            {
                survey = await surveys.UpdateAsync(id, s => s with { Reminded = true }, cancellationToken) ?? survey;
            }
        }
        if (survey.Status != SurveyStatus.Closed && now >= survey.ClosesAt)
        {
            survey = await CloseAsync(survey, cancellationToken);
            scan = scan with { Closed = scan.Closed + 1 };
        }
        if (survey is { Status: SurveyStatus.Closed, ResultPosted: false, Result: not null })
        {
            await PostResultsAsync(tree, cell, survey, cancellationToken);
        }
        return scan;
    }

    /// <summary>Why the survey opens now ("" for the quarter's last days), or null when it is not due yet.</summary>
    private async Task<string?> OpeningReasonAsync(SurveyId id, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var quarter = id.Quarter;
        var held = (await meetings.ListForUnitAsync(id.UnitId, Start(quarter.FirstDay), Start(quarter.LastDay.AddDays(1)), cancellationToken))
            .Where(m => m.Status != MeetingStatus.Cancelled).OrderBy(m => m.StartsAt).ToList();
        if (held.LastOrDefault() is { } last && await rollCalls.GetAsync(id.UnitId, last.Id, cancellationToken) is { IsClosed: true })
        {
            return last.Id;
        }
        var inLastDays = today.DayNumber > quarter.LastDay.DayNumber - Options.OpenInLastDays;
        return inLastDays && held.All(m => m.EndsAt <= now) ? "" : null;
    }

    private static DateTimeOffset Start(DateOnly day) => RegularSlotRule.ToUtc(day, TimeOnly.MinValue);

    /// <summary>The ballot (or the reminder, to those without a ballot) to every summoned member; Failed when a row could not be written.</summary>
    private async Task<(int Queued, bool Failed)> SendAsync(
        OrganizationTree tree, Unit cell, Survey survey, Func<SurveyId, string, string> keyOf, string kind, bool reminder, CancellationToken cancellationToken)
    {
        var card = BallotCard.Build(BallotView.For(cell.Name, survey, BallotState.Open, Options) with { IsReminder = reminder });
        var (queued, failed) = (0, false);
        // The members of the chi bộ now whose receipt is among the summoned (one who left since is not written to).
        foreach (var member in (await organization.MembersOfSubtreeAsync(tree, cell.Id, cancellationToken)).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (!survey.IsSummoned(receipts.Of(survey.Id, member.Id)) || reminder && await voting.HasVotedAsync(survey.Id, member.Id, cancellationToken))
            {
                continue;
            }
            var outcome = await members.EnqueueAsync(keyOf(survey.Id, member.Id), kind, member, CardActivity(card), cancellationToken);
            queued += outcome == SendOutcome.Queued ? 1 : 0;
            failed |= outcome == SendOutcome.Failed;
        }
        return (queued, failed);
    }

    /// <summary>Closing (no more votes), the result from every ballot, the ballots sealed, then Closed with the result: a crash anywhere is finished by the next scan.</summary>
    private async Task<Survey> CloseAsync(Survey survey, CancellationToken cancellationToken)
    {
        var closing = await surveys.UpdateAsync(survey.Id, s => s.Status == SurveyStatus.Open ? s with { Status = SurveyStatus.Closing } : s, cancellationToken) ?? survey;
        if (closing.Status == SurveyStatus.Closed)
        {
            return closing;
        }
        var ballots = await surveys.ListBallotsAsync(survey.Id, cancellationToken);
        var result = SurveyScoring.Result(ballots, closing.Summoned.Count, Options);
        await surveys.SealBallotsAsync(survey.Id, cancellationToken);
        var closed = await surveys.UpdateAsync(survey.Id, s => s.Status == SurveyStatus.Closed ? s : s with { Status = SurveyStatus.Closed, Result = result }, cancellationToken) ?? closing;
        LogClosed(logger, survey.Id, result.Ballots, result.Summoned, result.Rated);
        return closed;
    }

    private async Task PostResultsAsync(OrganizationTree tree, Unit cell, Survey survey, CancellationToken cancellationToken)
    {
        var address = cell.ConversationId is { } linked ? await conversations.FindConversationAsync(linked, cancellationToken) : null;
        if (address is null)
        {
            LogNotLinked(logger, survey.Id); // every scan tries again until the chi bộ is linked
            return;
        }
        var card = SurveyResultsCard.Build(new SurveyResultsView(
            tree.Find(cell.Id)?.Name ?? cell.Name, survey.Id, survey.OpenedAt, survey.ClosesAt, survey.Result!, Options.MinTurnoutPercent, Options.MinBallots));
        var message = new OutboxMessage(
            SurveyKeys.Results(survey.Id), SurveyKeys.ResultsKind, new OutboxTarget(address.ServiceUrl, address.ConversationId, address.TenantId),
            JsonSerializer.Serialize(CardActivity(card), BotJson.Options), time.GetUtcNow());
        await outbox.TryEnqueueAsync(message, cancellationToken);
        await surveys.UpdateAsync(survey.Id, s => s with { ResultPosted = true }, cancellationToken);
    }

    private static Activity CardActivity(AdaptiveCard card)
    {
        var activity = Activity.CreateMessage();
        activity.Attachments = [Attachment.AdaptiveCardAttachment(CardJson.ToJsonElement(card))];
        return activity;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Surveys: {Opened} opened, {Ballots} ballots and {Reminders} reminders queued, {Closed} closed")]
    private static partial void LogScan(ILogger logger, int opened, int ballots, int reminders, int closed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {Survey} opened for {Summoned} summoned members")]
    private static partial void LogOpened(ILogger logger, SurveyId survey, int summoned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {Survey} closed: {Ballots} of {Summoned} voted, rated {Rated}")]
    private static partial void LogClosed(ILogger logger, SurveyId survey, int ballots, int summoned, bool rated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey {Survey}: the chi bộ has no linked conversation for its results card yet")]
    private static partial void LogNotLinked(ILogger logger, SurveyId survey);
}
