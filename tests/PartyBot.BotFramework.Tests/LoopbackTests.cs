using System.Net;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.BotFramework.Tests;

/// <summary>Without an app id only this machine may call the bot; http metadata only on this machine.</summary>
public sealed class LoopbackTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.10.20.30", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("192.168.1.5", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("0.0.0.0", false)]
    public void IsLoopback_Address_MatchesExpectation(string address, bool expected) =>
        Assert.Equal(expected, Loopback.IsLoopback(IPAddress.Parse(address)));

    [Fact]
    public void IsLoopback_NoAddress_IsFalse() => Assert.False(Loopback.IsLoopback(null));

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.8.8.8/x", true)]
    [InlineData("http://localhost:5000/x", true)]
    [InlineData("http://[::1]:5000/x", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.1/x", false)]
    [InlineData("http://localhost.evil.com/x", false)]
    [InlineData("ftp://127.0.0.1/x", false)]
    [InlineData("/relative", false)]
    [InlineData("", false)]
    public void IsAllowedMetadataUrl_Url_MatchesExpectation(string url, bool expected) =>
        Assert.Equal(expected, Loopback.IsAllowedMetadataUrl(url));
}
