using Azure;
using Microsoft.Extensions.Options;
using PartyBot.Core.Caching;

namespace PartyBot.Core.Organization;

/// <summary>
/// The organisation for per-message work, from memory: the unit tree, members by Entra object id (and who is none), and
/// users the connector named no member, each for a short time (<see cref="CacheOptions"/>) per host instance. A change
/// made on this instance (a link, a member linked to a Teams account) is seen at once; an import (another process)
/// within <see cref="CacheOptions.ImportCheckInterval"/>, when a turn finds its new stamp; anything else within the
/// lifetimes. Safe for concurrent turns: concurrent tree misses share one load, and a load started before
/// <see cref="Invalidate"/> never becomes cached.
/// </summary>
public sealed class OrganizationDirectory
{
    private readonly OrganizationStore store;
    private readonly TimeProvider time;
    private readonly CacheOptions settings;
    private readonly Lock gate = new();
    private readonly BoundedCache<string, Member?> members;
    private readonly BoundedCache<string, bool> unknownUsers;
    private Load? current;
    private string? knownStamp;
    private long nextStampCheckTicks;
    private int checkingStamp;

    public OrganizationDirectory(OrganizationStore store, TimeProvider time, IOptions<CacheOptions>? options = null)
    {
        this.store = store;
        this.time = time;
        settings = options?.Value ?? new CacheOptions();
        members = new(settings.MaxEntries, settings.MemberLifetime, time);
        unknownUsers = new(settings.MaxEntries, settings.UnknownUserLifetime, time);
        store.Changed += Invalidate; // both are singletons of one host: the subscription lives as long as they do
    }

    public async Task<OrganizationTree> TreeAsync(CancellationToken cancellationToken)
    {
        await CheckImportStampAsync(cancellationToken);
        var load = CurrentOrNewLoad();
        try
        {
            // The load is shared: one caller giving up must not cancel it for the others.
            return await load.Tree.WaitAsync(cancellationToken);
        }
        catch (Exception) when (load.Tree.IsFaulted)
        {
            Forget(load);
            throw;
        }
    }

    /// <summary>The member linked to this Entra object id, or null; from memory when looked up lately.</summary>
    public async Task<Member?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await CheckImportStampAsync(cancellationToken);
        var key = aadObjectId.ToLowerInvariant();
        if (members.TryGet(key, out var cached))
        {
            return cached;
        }
        var generation = members.Generation;
        var found = await store.FindByAadObjectIdAsync(aadObjectId, cancellationToken);
        members.Set(key, found, generation);
        return found;
    }

    /// <summary>A member this instance just linked to a Teams account: the next turn finds him or her without a read.</summary>
    public void Remember(Member member)
    {
        if (member.AadObjectId is { } aadObjectId)
        {
            members.Set(aadObjectId.ToLowerInvariant(), member, members.Generation);
        }
    }

    /// <summary>True while a user (Teams user id) was lately found to be no member, so the connector is not asked again.</summary>
    public bool IsKnownNonMember(string userId) => unknownUsers.TryGet(userId, out _);

    public void RememberNonMember(string userId) => unknownUsers.Set(userId, true, unknownUsers.Generation);

    /// <summary>Drops everything held: the next look-ups read storage (a link, an import).</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            current = null;
        }
        members.Clear();
        unknownUsers.Clear();
    }

    /// <summary>At most once per interval, one turn reads the import stamp; a new one (an import ran) drops the caches.</summary>
    private async Task CheckImportStampAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow().UtcTicks < Interlocked.Read(ref nextStampCheckTicks) || Interlocked.Exchange(ref checkingStamp, 1) == 1)
        {
            return;
        }
        try
        {
            var stamp = await store.ReadImportStampAsync(cancellationToken);
            if (knownStamp is not null && stamp != knownStamp)
            {
                Invalidate();
            }
            knownStamp = stamp;
            Interlocked.Exchange(ref nextStampCheckTicks, (time.GetUtcNow() + settings.ImportCheckInterval).UtcTicks);
        }
        catch (RequestFailedException)
        {
            // Storage trouble: the turn's own reads will say so; the lifetimes still bound what is held.
        }
        finally
        {
            Volatile.Write(ref checkingStamp, 0);
        }
    }

    private Load CurrentOrNewLoad()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (current is { } load && !load.Tree.IsFaulted && now - load.StartedAt < settings.TreeLifetime)
            {
                return load;
            }
            current = new Load(store.LoadTreeAsync(CancellationToken.None), now);
            return current;
        }
    }

    private void Forget(Load load)
    {
        lock (gate)
        {
            if (ReferenceEquals(current, load))
            {
                current = null;
            }
        }
    }

    /// <summary>One read of the tree; its age counts from the start of the read.</summary>
    private sealed record Load(Task<OrganizationTree> Tree, DateTimeOffset StartedAt);
}
