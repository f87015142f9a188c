using System.Security.Cryptography;
using PartyBot.Core.Meetings;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// The key a new-meeting form carries (<see cref="Cards.Meetings.MeetingVerbs.CreateKeyKey"/>), made once when the form is
/// built: the meeting is created under "T-" or "M-" and this key in the chi bộ's partition, so a double click or a retried
/// invoke finds the meeting already there instead of adding a second. The key comes back from the client: only its exact
/// shape is accepted.
/// </summary>
public static class MeetingCreateKey
{
    public const int Length = 12;

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary><see cref="Length"/> random base-32 characters.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Alphabet[bytes[i] % Alphabet.Length];
        }
        return new string(chars);
    }

    public static bool IsValid(string? key) => key is { Length: Length } && key.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>"T-" for a thematic session, "M-" otherwise, then the key: never the planner's "R-yyyy-MM".</summary>
    public static string MeetingId(MeetingKind kind, string key) => (kind == MeetingKind.Thematic ? "T-" : "M-") + key;
}
