using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// The account's Table endpoint (https://ACCOUNT.table.core.windows.net/), reached with the managed identity
    /// (Azure.Identity's DefaultAzureCredential; AZURE_CLIENT_ID names a user-assigned one) instead of a connection string
    /// with a key: Azure's way. Set either this or ConnectionStrings:Tables, not both.
    /// </summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Prepended to every table name, so several hosts (or test runs) can share one account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,19})?$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 20 letters or digits.")]
    public string TablePrefix { get; set; } = "";

    /// <summary>How long an inbound activity id is remembered, so a redelivery is not handled twice.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A turn in progress renews its claim on the activity id every third of this; a redelivery finding a claim not
    /// renewed for this long (its host died on another machine) takes it over. On the same machine a dead owner is seen at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:05:00")]
    public TimeSpan ProcessedActivityLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long /healthz answers with the last storage check before it asks storage again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan HealthCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a failed storage request (a turn waits for them: keep it small).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; each further retry waits twice as long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The time one storage request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
