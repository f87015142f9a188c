namespace PartyBot.Core.Organization;

/// <summary>
/// The unit tree for per-message work, read from storage at most every few seconds per host instance.
/// A change made on this instance (linking a conversation, an import) is seen at once; one made on another
/// instance within <see cref="MaxAge"/>. Safe for concurrent turns: concurrent misses share one load, and a
/// load started before <see cref="Invalidate"/> never becomes the cached tree.
/// </summary>
public sealed class OrganizationDirectory(OrganizationStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private Load? current;

    public async Task<OrganizationTree> TreeAsync(CancellationToken cancellationToken)
    {
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

    public void Invalidate()
    {
        lock (gate)
        {
            current = null;
        }
    }

    private Load CurrentOrNewLoad()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (current is { } load && !load.Tree.IsFaulted && now - load.StartedAt < MaxAge)
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
