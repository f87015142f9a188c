using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Outbox;

/// <summary>The outbox table (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// How long a finished row (sent, unreachable, failed) is kept. Its key guards against a second send only while it
    /// is kept, so this must outlast the time any sender may enqueue the same key again.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "400.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(35);

    /// <summary>How long a dispatcher holds a row while sending it; past that, another dispatcher takes it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest activity accepted, in UTF-8 bytes (Table storage holds at most 64 KiB in one binary property).</summary>
    [Range(1024, 64 * 1024)]
    public int MaxActivityBytes { get; set; } = 60 * 1024;
}
