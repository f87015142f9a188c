using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class TableKeysTests
{
    private static readonly string[] Pieces = ["", "a", "|", "%", "%7C", "7C", "a|b", "a%7Cb", "|a", "a|", "/"];

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1", "19:abc@thread.tacv2;messageid=1")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    public void Escape_ForbiddenCharacters_AreEncoded(string raw, string expected) =>
        Assert.Equal(expected, TableKeys.Escape(raw));

    [Fact]
    public void Escape_DifferentInputs_NeverCollide() =>
        Assert.NotEqual(TableKeys.Escape("a/b"), TableKeys.Escape("a%2Fb"));

    [Fact]
    public void Escape_Bar_IsEncoded() =>
        Assert.Equal("R%7C2026%7C12", TableKeys.Escape("R|2026|12"));

    [Fact]
    public void Join_Parts_EscapedAndJoinedByBar() =>
        Assert.Equal("CB-VP01|R-2026-12|a%2Fb%7Cc", TableKeys.Join("CB-VP01", "R-2026-12", "a/b|c"));

    [Fact]
    public void Join_OnePart_IsItsEscape() =>
        Assert.Equal(TableKeys.Escape("a|b/c"), TableKeys.Join("a|b/c"));

    [Theory]
    [InlineData("", "a", "|a")]
    [InlineData("a", "", "a|")]
    [InlineData("", "", "|")]
    public void Join_EmptyParts_StillTakeTheirPlace(string first, string second, string expected) =>
        Assert.Equal(expected, TableKeys.Join(first, second));

    [Fact]
    public void Join_DistinctListsOfParts_NeverGiveTheSameKey()
    {
        // Every list of one to three pieces, including empty ones, bars and what their escapes look like.
        var lists = Pieces.Select(p => new[] { p })
            .Concat(Pieces.SelectMany(p => Pieces.Select(q => new[] { p, q })))
            .Concat(Pieces.SelectMany(p => Pieces.SelectMany(q => Pieces.Select(r => new[] { p, q, r }))))
            .ToList();

        var byKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var parts in lists)
        {
            var key = TableKeys.Join(parts);
            Assert.False(byKey.TryGetValue(key, out var other), $"[{string.Join(", ", parts)}] and [{string.Join(", ", other ?? [])}] both give \"{key}\"");
            byKey[key] = parts;
        }
    }

    [Fact]
    public void Escape_DistinctStrings_NeverGiveTheSameKey()
    {
        // Every string of up to four characters over an alphabet that can spell escapes.
        char[] alphabet = ['%', '7', 'C', '2', 'F', '|', '/', 'a'];
        var strings = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
        {
            strings.AddRange(strings.Where(s => s.Length == length - 1).SelectMany(s => alphabet.Select(c => s + c)).ToList());
        }

        Assert.Equal(strings.Count, strings.Select(TableKeys.Escape).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Escape_Result_HoldsNoCharacterTableStorageForbids()
    {
        var raw = new string([.. Enumerable.Range(0, 0xA0).Select(i => (char)i)]) + "Đảng|/\\#?";

        var escaped = TableKeys.Escape(raw);

        Assert.DoesNotContain(escaped, c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c));
    }
}
