using System.Globalization;
using System.Text;

namespace PartyBot.Core.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey: the characters Table storage forbids
/// (/ \ # ? and control characters), '%' itself and the '|' that <see cref="Join"/> puts between parts are
/// written as %XX, so the mapping is one to one.
/// </summary>
public static class TableKeys
{
    /// <summary>The longest PartitionKey or RowKey Table storage holds (1 KiB of UTF-16).</summary>
    public const int MaxLength = 512;

    /// <summary>False for a value whose key Table storage could not hold: no row can have it (a lookup finds nothing).</summary>
    public static bool CanHold(string value) => Escape(value).Length <= MaxLength;

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '|' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Several values in one key, e.g. "CB-VP01|R-2026-12": each part escaped, joined by '|'. An empty part keeps its
    /// place ("" and "a" give "|a", not "a"), so different lists of one or more parts never give the same key.
    /// </summary>
    public static string Join(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('|');
            }
            builder.Append(Escape(parts[i]));
        }
        return builder.ToString();
    }
}
