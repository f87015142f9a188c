using System.ComponentModel;
using System.Diagnostics;

namespace PartyBot.Core.Storage;

/// <summary>
/// This process as the owner of the claims it holds: an id per start, plus the machine, process id and process start
/// time, which let another process on the same machine tell at once that the owner has ended (after a crash and a
/// restart). On another machine only an expired lease tells.
/// </summary>
public sealed record HostInstance(string Id, string Machine, int ProcessId, DateTimeOffset StartedAt)
{
    /// <summary>Two readings of one process's start time can differ by rounding.</summary>
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(1);

    public static HostInstance Current { get; } = OfThisProcess();

    /// <summary>
    /// True when <paramref name="owner"/> ran on this machine and has ended: its process id is free, or belongs to
    /// another process (a later one, or this one after a restart). False when it runs or when this cannot be told.
    /// </summary>
    public bool KnowsEnded(HostInstance owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (owner.Id == Id || !string.Equals(owner.Machine, Machine, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (owner.ProcessId == ProcessId)
        {
            return true; // One process id, two ids: the owner was an earlier process (e.g. PID 1 of a restarted container).
        }
        try
        {
            using var process = Process.GetProcessById(owner.ProcessId);
            return (process.StartTime.ToUniversalTime() - owner.StartedAt.UtcDateTime).Duration() > StartTimeTolerance;
        }
        catch (ArgumentException)
        {
            return true; // No such process.
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static HostInstance OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new HostInstance(Guid.NewGuid().ToString("N"), Environment.MachineName, process.Id, process.StartTime.ToUniversalTime());
    }
}
