using System.Globalization;
using System.Text;

namespace PartyBot.Bot.Commands;

/// <summary>
/// Folds what a user typed into a form for matching commands: lower case, Vietnamese diacritics removed
/// (đ → d), whitespace collapsed, trailing punctuation dropped. "Trợ  giúp!" and "tro giup" match alike.
/// </summary>
public static class TextNormalizer
{
    public static string ForMatching(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString().TrimEnd('.', '!', '?', ',', ';', ':', ' ');
    }
}
