using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>
/// An Adaptive Card, schema 1.5 (what Teams renders). Serialise it with <see cref="CardJson"/>, which omits
/// nulls and defaults and checks the size limit.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUri = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string SchemaVersion = "1.5";

    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; } = SchemaUri;

    public string Version { get; init; } = SchemaVersion;

    /// <summary>Universal Actions refresh: Teams re-fetches the card per viewer (see <see cref="CardRefresh"/>).</summary>
    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render this version (and in notifications).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams host properties; full width by default. Set to null on a card nested in Action.ShowCard.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; } = TeamsCardProperties.FullWidth;
}

/// <summary>The Teams-only <c>msteams</c> property of a card (not part of the Adaptive Card schema).</summary>
public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
