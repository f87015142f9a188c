using System.Collections.Concurrent;

namespace PartyBot.Core.Caching;

/// <summary>
/// A per-instance memory of at most <c>maxEntries</c> values, each for <c>lifetime</c>. Full: the expired entries go,
/// and if that is not enough, all of them (a cache, not a store: a miss only costs a read or a write). A value read
/// before <see cref="Clear"/> and offered after it (<see cref="Set"/> with the older <see cref="Generation"/>) is dropped,
/// so a look-up that raced an invalidation never brings the old data back.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int maxEntries, TimeSpan lifetime, TimeProvider time)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Expires)> entries = new();
    private long generation;

    /// <summary>Read it before the look-up whose result goes to <see cref="Set"/>.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public int Count => entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (entries.TryGetValue(key, out var entry) && time.GetUtcNow() < entry.Expires)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, long observedGeneration)
    {
        if (lifetime <= TimeSpan.Zero || observedGeneration != Generation)
        {
            return;
        }
        MakeRoom();
        entries[key] = (value, time.GetUtcNow() + lifetime);
        if (observedGeneration != Generation)
        {
            entries.TryRemove(key, out _); // cleared meanwhile
        }
    }

    /// <summary>Adds the key unless a live entry holds it; false when it was there (e.g. an activity id seen already).</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        MakeRoom();
        var now = time.GetUtcNow();
        var fresh = (value, now + lifetime);
        while (true)
        {
            if (entries.TryAdd(key, fresh))
            {
                return true;
            }
            if (!entries.TryGetValue(key, out var old))
            {
                continue;
            }
            if (old.Expires > now)
            {
                return false;
            }
            if (entries.TryUpdate(key, fresh, old))
            {
                return true;
            }
        }
    }

    /// <summary>Forgets the key; a look-up in flight (any key) is not cached either, so it cannot bring the old value back.</summary>
    public void Remove(TKey key)
    {
        Interlocked.Increment(ref generation);
        entries.TryRemove(key, out _);
    }

    public void Clear()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private void MakeRoom()
    {
        if (entries.Count < maxEntries)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var (key, entry) in entries)
        {
            if (entry.Expires <= now)
            {
                entries.TryRemove(key, out _);
            }
        }
        if (entries.Count >= maxEntries)
        {
            entries.Clear();
        }
    }
}
