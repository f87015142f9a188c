using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Hosting;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// Finds the member behind a Teams user: by Entra object id, else by e-mail/UPN from the connector's member
/// lookup — and then stores the Entra id on the member, so the next turn needs one read. Both answers are held for a
/// short time (<see cref="OrganizationDirectory"/>): a known member's turn reads nothing, and a user who is no member is
/// not looked up at the connector on every message.
/// </summary>
public sealed partial class MemberResolver(OrganizationStore store, OrganizationDirectory directory, ILogger<MemberResolver> logger)
{
    public async Task<Caller?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var member = await FindAsync(turn, cancellationToken);
        return member is null ? null : new Caller(member, await directory.TreeAsync(cancellationToken));
    }

    private async Task<Member?> FindAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        if (from?.EntraObjectId is { } aadObjectId && await directory.FindByAadObjectIdAsync(aadObjectId, cancellationToken) is { } known)
        {
            return known;
        }
        if (from?.Id is not { } userId || directory.IsKnownNonMember(userId))
        {
            return null;
        }
        var member = await LookUpMemberAsync(turn, userId, cancellationToken);
        if (member is null)
        {
            directory.RememberNonMember(userId);
        }
        return member;
    }

    private async Task<Member?> LookUpMemberAsync(TurnContext turn, string userId, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From!;
        if (await LookUpAsync(turn, userId, cancellationToken) is not { } account)
        {
            return null;
        }
        var email = account.Email ?? account.UserPrincipalName;
        var entraId = account.EntraObjectId ?? from.EntraObjectId;
        if (email is null || entraId is null || await store.FindByEmailAsync(email, cancellationToken) is not { } member)
        {
            return null;
        }
        if (member.AadObjectId is { } linked && !string.Equals(linked, entraId, StringComparison.OrdinalIgnoreCase))
        {
            // The e-mail matches but the member is already linked to another Teams account: never take it over.
            LogLinkConflict(logger, member.Id);
            return null;
        }
        var updated = member with { AadObjectId = entraId };
        await store.SaveMemberAsync(updated, member, cancellationToken);
        directory.Remember(updated);
        LogLinked(logger, member.Id);
        return updated;
    }

    private async Task<BotFramework.Schema.ChannelAccount?> LookUpAsync(TurnContext turn, string userId, CancellationToken cancellationToken)
    {
        if (turn.Activity is not { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
        {
            return null;
        }
        try
        {
            return await turn.Connector.GetConversationMemberAsync(serviceUrl, conversationId, userId, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogLookupFailed(logger, ex.StatusCode is { } status ? (int)status : 0);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked member {MemberId} to a Teams account")]
    private static partial void LogLinked(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} matches by e-mail but is linked to another Teams account")]
    private static partial void LogLinkConflict(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member lookup at the connector failed with status {Status}")]
    private static partial void LogLookupFailed(ILogger logger, int status);
}
