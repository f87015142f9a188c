using Azure.Data.Tables;
using Azure.Identity;

namespace PartyBot.Core.Storage;

/// <summary>The one Table client: from a connection string (Azurite, a key) or from the endpoint and the managed identity (Azure).</summary>
public static class TableServiceClientFactory
{
    public static TableServiceClient Create(string? connectionString, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var hasConnectionString = !string.IsNullOrWhiteSpace(connectionString);
        if (hasConnectionString && storage.TableServiceUri is not null)
        {
            throw new InvalidOperationException(
                "Both ConnectionStrings:Tables and Storage:TableServiceUri are set: keep one (on Azure, Storage:TableServiceUri with the managed identity).");
        }
        if (storage.TableServiceUri is { } endpoint)
        {
            if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps)
            {
                throw new InvalidOperationException($"Storage:TableServiceUri must be an absolute https URL (a token is never sent in clear); got '{endpoint}'.");
            }
            return new TableServiceClient(endpoint, new DefaultAzureCredential(), ClientOptions(storage));
        }
        if (!hasConnectionString)
        {
            throw new InvalidOperationException(
                "Neither ConnectionStrings:Tables nor Storage:TableServiceUri is set. Locally: ConnectionStrings:Tables " +
                "\"UseDevelopmentStorage=true\" with Azurite (infra/local/run starts it); on Azure: Storage:TableServiceUri and a managed identity.");
        }
        return new TableServiceClient(connectionString, ClientOptions(storage));
    }

    /// <summary>Short retries: a turn waits for them, and a user should hear "thử lại sau" in seconds, not wait.</summary>
    private static TableClientOptions ClientOptions(StorageOptions storage)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = storage.MaxRetries;
        options.Retry.Delay = storage.RetryDelay;
        options.Retry.MaxDelay = storage.RetryDelay * 8;
        options.Retry.NetworkTimeout = storage.NetworkTimeout;
        return options;
    }
}
