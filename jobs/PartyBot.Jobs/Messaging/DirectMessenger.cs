using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;

namespace PartyBot.Jobs.Messaging;

/// <summary>What became of a 1:1 message.</summary>
public enum DeliveryResult
{
    Sent,

    /// <summary>The member has no Entra id or never wrote to the bot: PartyBot has no address for him or her.</summary>
    NoAddress,

    /// <summary>The member blocked or removed the bot (403): never retried.</summary>
    Unreachable,
}

/// <summary>
/// Sends an activity 1:1 to a member: to the stored personal conversation, or to one created (and remembered)
/// from the member's stored user address. Scoped: it uses the transient connector client.
/// </summary>
public sealed partial class DirectMessenger(IConnectorClient connector, ConversationStore conversations, ILogger<DirectMessenger> logger)
{
    /// <summary>Sends <paramref name="activity"/>; a 403 "blocked / not in roster" gives <see cref="DeliveryResult.Unreachable"/>, other failures throw.</summary>
    public async Task<DeliveryResult> SendAsync(Member member, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync(member.AadObjectId, member.Id, activity, cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to a Teams user by Entra object id, member or not (e.g. the sender of the turn
    /// in hand, whose address the turn has just recorded).
    /// </summary>
    public Task<DeliveryResult> SendToUserAsync(string aadObjectId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(aadObjectId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(aadObjectId, "(by Entra id)", activity, cancellationToken);
    }

    private async Task<DeliveryResult> SendAsync(string? aadObjectId, string logId, Activity activity, CancellationToken cancellationToken)
    {
        if (aadObjectId is not { Length: > 0 } aad || await conversations.FindUserAsync(aad, cancellationToken) is not { } address)
        {
            LogNoAddress(logger, logId);
            return DeliveryResult.NoAddress;
        }
        try
        {
            var conversationId = address.PersonalConversationId ?? await CreatePersonalAsync(address, cancellationToken);
            await connector.SendToConversationAsync(address.ServiceUrl, conversationId, activity, cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (ConnectorException ex) when (ex.IsUserUnreachable)
        {
            LogUnreachable(logger, logId, ex.ErrorCode);
            return DeliveryResult.Unreachable;
        }
    }

    private async Task<string> CreatePersonalAsync(UserAddress address, CancellationToken cancellationToken)
    {
        var parameters = ConversationParameters.Personal(address.BotId, address.UserId, address.TenantId);
        var created = await connector.CreateConversationAsync(address.ServiceUrl, parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new InvalidOperationException("The connector created a personal conversation without an id.");
        }
        await conversations.SaveUserAsync(address with { PersonalConversationId = created.Id }, cancellationToken);
        return created.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No 1:1 address for member {MemberId}: he or she never wrote to the bot")]
    private static partial void LogNoAddress(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} is unreachable ({ErrorCode}): the bot was blocked or removed")]
    private static partial void LogUnreachable(ILogger logger, string memberId, string? errorCode);
}
