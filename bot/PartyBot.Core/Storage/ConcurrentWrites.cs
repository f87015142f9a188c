using Azure;

namespace PartyBot.Core.Storage;

/// <summary>
/// Read-modify-write against Table storage: the attempt reads, decides and writes under the row's ETag (or adds a
/// new row); when another writer got there first (412, or 409 on an add) it runs again on fresh data, after a short
/// random pause so that writers racing for one row spread out.
/// </summary>
public static class ConcurrentWrites
{
    public const int MaxAttempts = 8;

    private const int MaxPauseMilliseconds = 40;

    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && i < MaxAttempts)
            {
                // Someone changed the row since it was read: read it again and re-apply.
            }
            await Task.Delay(Random.Shared.Next(MaxPauseMilliseconds * i));
        }
    }
}
