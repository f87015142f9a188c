using System.Globalization;

namespace PartyBot.Core.Organization;

/// <summary>How member lists are ordered: by given name (the last word of a Vietnamese name), then full name, in Vietnamese order.</summary>
public static class VietnameseNames
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    public static string GivenName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var trimmed = fullName.AsSpan().TrimEnd();
        var space = trimmed.LastIndexOf(' ');
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
