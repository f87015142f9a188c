using Microsoft.Extensions.Options;
using PartyBot.Core.Caching;

namespace PartyBot.Bot.Turns;

/// <summary>
/// The ids of the read-only messages this instance took lately (<see cref="CacheOptions.RecentActivityLifetime"/>,
/// bounded): a redelivery of one, during or after its turn, is dropped without a storage call. Not shared between
/// instances: a redelivery to another one is answered again, which a read-only turn allows.
/// </summary>
public sealed class RecentActivities(IOptions<CacheOptions> options, TimeProvider time)
{
    private readonly BoundedCache<string, bool> seen = new(options.Value.MaxEntries, options.Value.RecentActivityLifetime, time);

    /// <summary>False when this activity was taken already.</summary>
    public bool TryTake(string conversationId, string activityId) => seen.TryAdd(Key(conversationId, activityId), true);

    /// <summary>The turn failed: the channel's retry must be handled.</summary>
    public void GiveBack(string conversationId, string activityId) => seen.Remove(Key(conversationId, activityId));

    private static string Key(string conversationId, string activityId) => conversationId + "\n" + activityId;
}
