using System.Text.Json;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Welcome;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Teams;
using PartyBot.Cards.Help;
using PartyBot.Cards.Organization;
using PartyBot.Core.Storage;

namespace PartyBot.Bot.Turns;

/// <summary>
/// PartyBot's turn handler: remembers the conversation, handles each activity once, and hands text
/// commands and card verbs to their handlers through the routing tables.
/// </summary>
public sealed partial class PartyBotActivityHandler(
    ConversationRecorder recorder,
    ProcessedActivityStore processed,
    RecentActivities recent,
    CommandRouter commands,
    CardActionRouter cardActions,
    WelcomeSender welcome,
    MemberResolver members,
    AskerOnlyReplies replies,
    IServiceProvider services,
    ILogger<PartyBotActivityHandler> logger) : ActivityHandler
{
    public override async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleOnceAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) && turn.Activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            // Storage is down or slow: the user hears "thử lại sau" now rather than nothing after a 500.
            Log.StorageUnavailable(logger, turn.Activity.Type, turn.Activity.Id, ex);
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                return new InvokeResponse(200, AdaptiveCardInvokeResponse.Error(503, "StorageUnavailable", TurnTexts.StorageBusy));
            }
            await turn.SendActivityAsync(CardReplies.Text(TurnTexts.StorageBusy), cancellationToken);
            return null;
        }
    }

    private async Task<InvokeResponse?> HandleOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        await recorder.RecordAsync(activity, cancellationToken);
        // Invokes are answered every time (Teams waits for the answer); their handlers are idempotent by key. So is a
        // survey vote sent as Action.Submit: a processed-activity row would tell when the voter's chat sent a ballot.
        if (activity.Type == ActivityTypes.Invoke || ConversationRecorder.IsSurveyVote(activity) || activity is not { Id: { } id, Conversation.Id: { } conversationId })
        {
            return await base.OnTurnAsync(turn, cancellationToken);
        }
        if (IsReadOnly(activity))
        {
            // Nothing to apply twice: this instance's memory of the id is enough (README, "Performance").
            if (!recent.TryTake(conversationId, id))
            {
                return null;
            }
            try
            {
                return await base.OnTurnAsync(turn, cancellationToken);
            }
            catch
            {
                recent.GiveBack(conversationId, id);
                throw;
            }
        }
        // A redelivery while the first attempt runs is acknowledged and dropped; one whose first attempt died is handled.
        await using var claim = await processed.TryBeginAsync(conversationId, id, cancellationToken);
        if (claim is null)
        {
            return null;
        }
        try
        {
            var response = await base.OnTurnAsync(turn, cancellationToken);
            await claim.CompleteAsync(cancellationToken);
            return response;
        }
        catch
        {
            await claim.AbandonAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>A text that calls no command or a read-only one; not a card's Action.Submit, nor any other activity type.</summary>
    private bool IsReadOnly(Activity activity) =>
        activity.Type == ActivityTypes.Message &&
        CardActionRouter.SubmittedVerb(activity) is null &&
        (commands.Match(activity.RemoveRecipientMention() ?? "") is not var (command, _) || command.ReadOnly);

    protected override async Task OnMessageActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var caller = await members.ResolveAsync(turn, cancellationToken);
        if (CardActionRouter.SubmittedVerb(turn.Activity) is { } verb)
        {
            await cardActions.HandleSubmitAsync(turn, verb, caller, cancellationToken);
            return;
        }
        var text = turn.Activity.RemoveRecipientMention() ?? "";
        if (commands.Match(text) is not var (command, arguments))
        {
            var reply = commands.Suggest(text) is { } suggestion ? HelpTexts.DidYouMean(suggestion) : HelpTexts.NotUnderstood(text);
            await turn.SendActivityAsync(CardReplies.Text(reply), cancellationToken);
            return;
        }
        var context = new CommandContext(turn, arguments, caller, replies);
        if (command.MembersOnly && caller is null)
        {
            await context.ReplyAsync(CommandReply.Refusal(OrganizationTexts.NotAMember), cancellationToken);
            return;
        }
        var handler = (ICommandHandler)services.GetRequiredService(command.Handler);
        await handler.HandleAsync(context, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            await welcome.SendOnceAsync(turn, cancellationToken);
        }
        else if (activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            await welcome.ForgetAsync(turn, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Action)
        {
            case "add" or "add-upgrade":
                await welcome.SendOnceAsync(turn, cancellationToken);
                break;
            case "remove" or "remove-upgrade":
                await welcome.ForgetAsync(turn, cancellationToken);
                break;
        }
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != "adaptiveCard/action")
        {
            return await base.OnInvokeActivityAsync(turn, cancellationToken);
        }
        if (!TryReadInvokeValue(turn.Activity, out var value))
        {
            return new InvokeResponse(200, AdaptiveCardInvokeResponse.Error(400, "BadInvokeValue", TurnTexts.MalformedCardAction));
        }
        var caller = await members.ResolveAsync(turn, cancellationToken);
        var body = await cardActions.HandleExecuteAsync(turn, value?.Action?.Verb, value?.Action?.Data, caller, cancellationToken);
        return new InvokeResponse(200, body);
    }

    /// <summary>The card action's value; false when it is not one (a forged or broken invoke), so the caller gets the invoke error, not a 500.</summary>
    private static bool TryReadInvokeValue(Activity activity, out AdaptiveCardInvokeValue? value)
    {
        value = null;
        if (activity.Value is not { } raw)
        {
            return true;
        }
        try
        {
            value = raw.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Table storage failed during activity {ActivityType} {ActivityId}; the user was asked to try again later")]
        public static partial void StorageUnavailable(ILogger logger, string? activityType, string? activityId, Exception exception);
    }
}
