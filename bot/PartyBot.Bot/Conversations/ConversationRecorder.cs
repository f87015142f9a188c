using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Teams;
using PartyBot.Core.Conversations;

namespace PartyBot.Bot.Conversations;

/// <summary>
/// Saves where each incoming activity came from, so the bot can write there later: the user 1:1 (by Entra
/// object id; this also marks a user found unreachable reachable again), and the team channel or group chat. Only what
/// changed is written (<see cref="ConversationStore.SaveUserIfChangedAsync"/>): a steady conversation costs no write.
/// </summary>
public sealed class ConversationRecorder(ConversationStore store)
{
    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity is not { ServiceUrl: { } serviceUrl, ChannelId: { } channelId, Recipient.Id: { } botId, Conversation.Id: { } conversationId })
        {
            return;
        }
        var type = ConversationTypeOf(activity);
        var tenantId = activity.GetTenantId();
        if (type != ConversationTypes.Personal)
        {
            await store.SaveConversationIfChangedAsync(
                new ConversationAddress(ThreadRoot(conversationId), type, serviceUrl, channelId, botId, activity.Recipient.Name,
                    tenantId, activity.GetTeamInfo()?.Id, activity.Conversation.Name),
                cancellationToken);
        }
        // Any activity from the user (but an uninstall) shows he or she can be reached again: saving ends an unreachable spell.
        // Not a survey vote: the user row's write time would match the ballot row's (surveys are anonymous, README "Khảo sát").
        if (activity.From is { Id: { } userId } from && from.EntraObjectId is { } aadObjectId && !IsUninstall(activity) && !IsSurveyVote(activity))
        {
            await store.SaveUserIfChangedAsync(
                new UserAddress(aadObjectId, userId, from.Name, serviceUrl, channelId, botId, tenantId,
                    type == ConversationTypes.Personal ? conversationId : null),
                cancellationToken);
        }
    }

    private static bool IsUninstall(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true;

    /// <summary>A ballot's "Gửi phiếu": an Action.Execute invoke (value.action.verb) or an Action.Submit message (value.verb).</summary>
    public static bool IsSurveyVote(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: System.Text.Json.JsonValueKind.Object } value)
        {
            return false;
        }
        var holder = value.TryGetProperty("action", out var action) && action.ValueKind == System.Text.Json.JsonValueKind.Object ? action : value;
        return holder.TryGetProperty("verb", out var verb) && verb.ValueKind == System.Text.Json.JsonValueKind.String &&
            verb.GetString() == Cards.Surveys.SurveyVerbs.Vote;
    }

    public static string ConversationTypeOf(Activity activity) =>
        activity.Conversation?.ConversationType ?? (activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal);

    /// <summary>A channel message's conversation id names its thread (";messageid=…"); proactive posts go to the channel itself.</summary>
    public static string ThreadRoot(string conversationId)
    {
        var at = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? conversationId : conversationId[..at];
    }
}
