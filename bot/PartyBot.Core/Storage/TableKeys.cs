using System.Globalization;
using System.Text;

namespace PartyBot.Core.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey: the characters Table storage forbids
/// (/ \ # ? and control characters) and '%' itself are written as %XX, so the mapping is one to one.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
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
}
