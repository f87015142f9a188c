using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Core.Caching;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Conversations;

/// <summary>
/// Conversation references kept in Table storage (never in memory, so reminders survive a restart):
/// one row per team channel or group chat, and one per user by Entra object id. The <c>IfChanged</c> saves skip what this
/// instance wrote lately (<see cref="CacheOptions.AddressLifetime"/>), so a turn from a known conversation writes nothing.
/// </summary>
public sealed class ConversationStore(TableStore store, TimeProvider time, IOptions<CacheOptions>? options = null)
{
    private const string ConversationPartition = "conversation";
    private const string UserPartition = "user";
    private const string UnreachableFlag = "Unreachable";
    private const int ConflictRounds = 5;

    private readonly BoundedCache<string, object> written = new(
        (options?.Value ?? new CacheOptions()).MaxEntries, (options?.Value ?? new CacheOptions()).AddressLifetime, time);

    private TableClient Table => store.Table(TableNames.Conversations);

    /// <summary>Saves the address unless this instance wrote the same one within the address lifetime.</summary>
    public async Task SaveConversationIfChangedAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        var key = "c|" + address.ConversationId;
        if (written.TryGet(key, out var last) && Equals(last, address))
        {
            return;
        }
        var generation = written.Generation;
        await SaveConversationAsync(address, cancellationToken);
        written.Set(key, address, generation);
    }

    /// <summary>
    /// Saves the user's address unless this instance wrote the same one within the address lifetime (and has not marked the
    /// user unreachable since). No personal conversation id means "the one stored", as the merge keeps it.
    /// </summary>
    public async Task SaveUserIfChangedAsync(UserAddress address, CancellationToken cancellationToken)
    {
        var key = UserKey(address.AadObjectId);
        var before = written.TryGet(key, out var last) ? last as UserAddress : null;
        var after = address with { PersonalConversationId = address.PersonalConversationId ?? before?.PersonalConversationId };
        if (after == before)
        {
            return;
        }
        var generation = written.Generation;
        await SaveUserAsync(address, cancellationToken);
        written.Set(key, after, generation);
    }

    private static string UserKey(string aadObjectId) => "u|" + aadObjectId.ToLowerInvariant();

    public async Task SaveConversationAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(ConversationPartition, TableKeys.Escape(address.ConversationId))
        {
            ["ConversationId"] = address.ConversationId,
            ["ConversationType"] = address.ConversationType,
            ["ServiceUrl"] = address.ServiceUrl,
            ["ChannelId"] = address.ChannelId,
            ["BotId"] = address.BotId,
            ["BotName"] = address.BotName,
            ["TenantId"] = address.TenantId,
            ["TeamId"] = address.TeamId,
            ["Name"] = address.Name,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Records the address from the user's own activity: merges, so a group-chat message never erases the user's
    /// personal conversation id; and ends an unreachable spell (the user writes to the bot again).
    /// </summary>
    public async Task SaveUserAsync(UserAddress address, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(UserPartition, TableKeys.Escape(address.AadObjectId))
        {
            ["AadObjectId"] = address.AadObjectId,
            ["UserId"] = address.UserId,
            ["Name"] = address.Name,
            ["ServiceUrl"] = address.ServiceUrl,
            ["ChannelId"] = address.ChannelId,
            ["BotId"] = address.BotId,
            ["TenantId"] = address.TenantId,
            ["UpdatedAt"] = time.GetUtcNow(),
            [UnreachableFlag] = false, // a merge cannot remove a property: the flag says whether the reason and time hold
        };
        if (address.PersonalConversationId is { } personal)
        {
            entity["PersonalConversationId"] = personal;
        }
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Remembers the personal conversation the bot created with a known user; false when the user has no row (nothing is
    /// written: an address is only ever recorded from the user's own activity).
    /// </summary>
    public async Task<bool> SavePersonalConversationAsync(string aadObjectId, string conversationId, CancellationToken cancellationToken)
    {
        written.Remove(UserKey(aadObjectId));
        var entity = new TableEntity(UserPartition, TableKeys.Escape(aadObjectId))
        {
            ["PersonalConversationId"] = conversationId,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        try
        {
            await Table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Starts an unreachable spell for a known user, or finds the one already running (its reason and time are kept, so
    /// telling this twice, or from two hosts at once, gives the same spell). Null when the user has no row.
    /// </summary>
    public async Task<(Unreachability Spell, bool Started)?> MarkUnreachableAsync(
        string aadObjectId, UnreachableReason reason, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // The user's next activity on this instance must be written again: that write ends the spell.
        written.Remove(UserKey(aadObjectId));
        for (var round = 1; ; round++)
        {
            if (await FindAsync(UserPartition, aadObjectId, cancellationToken) is not { } entity)
            {
                return null;
            }
            if (UnreachabilityOf(entity) is { } running)
            {
                return (running, false);
            }
            var marked = new TableEntity(entity.PartitionKey, entity.RowKey)
            {
                [UnreachableFlag] = true,
                ["UnreachableReason"] = reason.ToString(),
                ["UnreachableSince"] = since,
            };
            try
            {
                await Table.UpdateEntityAsync(marked, entity.ETag, TableUpdateMode.Merge, cancellationToken);
                return (new Unreachability(reason, since), true);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && round < ConflictRounds)
            {
                // Changed since the read (the user wrote, or another host marked the spell): read again.
            }
        }
    }

    public async Task<ConversationAddress?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(ConversationPartition, conversationId, cancellationToken);
        return entity is null ? null : new ConversationAddress(
            entity.GetString("ConversationId"),
            entity.GetString("ConversationType"),
            entity.GetString("ServiceUrl"),
            entity.GetString("ChannelId"),
            entity.GetString("BotId"),
            entity.GetString("BotName"),
            entity.GetString("TenantId"),
            entity.GetString("TeamId"),
            entity.GetString("Name"));
    }

    public async Task<UserAddress?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(UserPartition, aadObjectId, cancellationToken);
        if (entity is not null && UnreachabilityOf(entity) is not null)
        {
            written.Remove(UserKey(aadObjectId)); // a spell another instance started: the next activity here ends it
        }
        return entity is null ? null : new UserAddress(
            entity.GetString("AadObjectId"),
            entity.GetString("UserId"),
            entity.GetString("Name"),
            entity.GetString("ServiceUrl"),
            entity.GetString("ChannelId"),
            entity.GetString("BotId"),
            entity.GetString("TenantId"),
            entity.GetString("PersonalConversationId"),
            UnreachabilityOf(entity));
    }

    private static Unreachability? UnreachabilityOf(TableEntity entity) =>
        entity.GetBoolean(UnreachableFlag) == true &&
        Enum.TryParse<UnreachableReason>(entity.GetString("UnreachableReason"), out var reason) &&
        entity.GetDateTimeOffset("UnreachableSince") is { } since
            ? new Unreachability(reason, since)
            : null;

    private async Task<TableEntity?> FindAsync(string partition, string key, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
