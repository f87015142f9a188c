namespace PartyBot.Core.Organization;

/// <summary>
/// The unit tree for per-message work, read from storage at most every few seconds per host instance.
/// A change made on this instance (linking a conversation, an import) is seen at once; one made on another
/// instance within <see cref="MaxAge"/>.
/// </summary>
public sealed class OrganizationDirectory(OrganizationStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private (OrganizationTree Tree, DateTimeOffset LoadedAt)? cached;

    public async Task<OrganizationTree> TreeAsync(CancellationToken cancellationToken)
    {
        if (cached is { } entry && time.GetUtcNow() - entry.LoadedAt < MaxAge)
        {
            return entry.Tree;
        }
        var tree = await store.LoadTreeAsync(cancellationToken);
        cached = (tree, time.GetUtcNow());
        return tree;
    }

    public void Invalidate() => cached = null;
}
