using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Hosting;

/// <summary>One incoming activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;
    public IConnectorClient Connector { get; } = connector;

    /// <summary>Sends a message into the activity's conversation (as a reply in a channel thread).</summary>
    public Task<ResourceResponse> SendActivityAsync(Activity reply, CancellationToken cancellationToken)
    {
        var incoming = Activity;
        reply.Type ??= ActivityTypes.Message;
        reply.From ??= incoming.Recipient;
        reply.Recipient ??= incoming.From;
        reply.Conversation ??= incoming.Conversation;
        reply.ChannelId ??= incoming.ChannelId;
        reply.ServiceUrl ??= incoming.ServiceUrl;
        reply.Locale ??= incoming.Locale;
        var serviceUrl = incoming.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = incoming.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        if (incoming.Id is { } id)
        {
            reply.ReplyToId ??= id;
            return Connector.ReplyToActivityAsync(serviceUrl, conversationId, id, reply, cancellationToken);
        }
        return Connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
    }

    /// <summary>Sends a text message into the activity's conversation.</summary>
    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>Replaces an earlier message of the bot in this conversation (e.g. a card after an Action.Submit click).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var incoming = Activity;
        activity.Id = activityId;
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= incoming.Recipient;
        activity.Conversation ??= incoming.Conversation;
        activity.ChannelId ??= incoming.ChannelId;
        activity.ServiceUrl ??= incoming.ServiceUrl;
        var serviceUrl = incoming.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = incoming.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return Connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }
}
