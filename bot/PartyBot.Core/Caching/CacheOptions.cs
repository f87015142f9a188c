using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Caching;

/// <summary>
/// What each host instance keeps in memory so a read-only turn costs no storage call (section <c>Cache</c>). Every
/// entry is a copy of storage or of what this instance last wrote there; losing it (a restart) costs a read or a write.
/// docs/architecture.md, "How a turn flows", says where each is used and why it is safe.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>How long the unit tree is reused before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan TreeLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a member found by Entra object id (or found to be none) is reused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MemberLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a user who is no member (by Entra id and by the connector's e-mail) is not looked up again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan UnknownUserLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a turn asks storage whether an import ran (in another process), to drop the organisation caches at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ImportCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a conversation or user address this instance wrote is not written again while it stays the same.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan AddressLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long this instance remembers the id of a read-only message it answered, to drop a redelivery of it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RecentActivityLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most entries of each of these memories (members, unknown users, addresses, activity ids).</summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 20_000;
}
