namespace PartyBot.Core.Conversations;

/// <summary>Where a team channel or group chat can be written to later (a proactive message).</summary>
public sealed record ConversationAddress(
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string? BotName,
    string? TenantId,
    string? TeamId,
    string? Name);

/// <summary>How to reach one user 1:1. <see cref="PersonalConversationId"/> is known once the user wrote to the bot in a personal chat.</summary>
/// <param name="Unreachable">Set while the connector refuses the user's 1:1s (the user blocked or removed the bot, or the chat is gone); cleared by the user's next activity.</param>
public sealed record UserAddress(
    string AadObjectId,
    string UserId,
    string? Name,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string? TenantId,
    string? PersonalConversationId,
    Unreachability? Unreachable = null);

/// <summary>Why the connector refused a 1:1 (403 with its error code, or 404).</summary>
public enum UnreachableReason
{
    /// <summary>403 ConversationBlockedByUser: the user blocked the bot.</summary>
    Blocked,

    /// <summary>403 BotNotInConversationRoster: the user has not installed the app, or removed it.</summary>
    NotInRoster,

    /// <summary>404: the conversation no longer exists.</summary>
    ConversationGone,
}

/// <summary>One unreachable spell of a user: why, and since when (UTC). A spell ends with the user's next activity.</summary>
public sealed record Unreachability(UnreachableReason Reason, DateTimeOffset Since);
