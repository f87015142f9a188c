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
public sealed record UserAddress(
    string AadObjectId,
    string UserId,
    string? Name,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string? TenantId,
    string? PersonalConversationId);
