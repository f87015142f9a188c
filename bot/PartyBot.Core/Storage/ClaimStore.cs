using Azure;
using Azure.Data.Tables;

namespace PartyBot.Core.Storage;

/// <summary>
/// "Do this once" records under deterministic keys: the first caller to claim (scope, key) wins, across
/// retries, restarts and host instances. Used for welcomes, notices and reminders.
/// </summary>
public sealed class ClaimStore(TableStore store, TimeProvider time)
{
    private TableClient Table => store.Table(TableNames.Claims);

    /// <summary>True when this call made the claim; false when it was made before.</summary>
    public async Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.Escape(scope), TableKeys.Escape(key)) { ["ClaimedAt"] = time.GetUtcNow() };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back, e.g. when the work it guarded failed and should be tried again.</summary>
    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(TableKeys.Escape(scope), TableKeys.Escape(key), ETag.All, cancellationToken);
}
