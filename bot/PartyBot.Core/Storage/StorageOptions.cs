using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Prepended to every table name, so several hosts (or test runs) can share one account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,19})?$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 20 letters or digits.")]
    public string TablePrefix { get; set; } = "";

    /// <summary>How long an inbound activity id is remembered, so a redelivery is not handled twice.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromDays(1);
}
