using System.Globalization;

namespace PartyBot.Core.Organization;

/// <summary>How member lists are ordered: by given name (the last word of a Vietnamese name), then full name, in Vietnamese order.</summary>
public static class VietnameseNames
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    /// <summary>The last word; words are split at any white space (names pasted from Word or Excel often hold a no-break space).</summary>
    public static string GivenName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var trimmed = fullName.AsSpan().TrimEnd();
        var space = trimmed.Length - 1;
        while (space >= 0 && !char.IsWhiteSpace(trimmed[space]))
        {
            space--;
        }
        return trimmed[(space + 1)..].ToString();
    }

    /// <summary>Members by given name, then full name, then id (stable).</summary>
    public static IOrderedEnumerable<Member> ThenByName(this IOrderedEnumerable<Member> members) =>
        members
            .ThenBy(m => GivenName(m.FullName), Comparer)
            .ThenBy(m => m.FullName, Comparer)
            .ThenBy(m => m.Id, StringComparer.Ordinal);

    public static IOrderedEnumerable<Member> InNameOrder(this IEnumerable<Member> members) => members.OrderBy(_ => 0).ThenByName();
}
