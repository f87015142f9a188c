using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class TableKeysTests
{
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
}
