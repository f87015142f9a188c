namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>Outbox keys of a meeting's cards: "{kind}/{unit}/{meeting}", read back by the observers that record a sent card's id.</summary>
public static class CardKeys
{
    public static string Of(string kind, string unitId, string meetingId) => $"{kind}/{unitId}/{meetingId}";

    /// <summary>The unit and meeting of a key of <paramref name="kind"/>; null for any other key. A meeting id never holds a '/', a unit id might.</summary>
    public static (string UnitId, string MeetingId)? Parse(string key, string kind)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = kind + "/";
        var last = key.LastIndexOf('/');
        return key.StartsWith(prefix, StringComparison.Ordinal) && last > prefix.Length && last < key.Length - 1
            ? (key[prefix.Length..last], key[(last + 1)..])
            : null;
    }
}
