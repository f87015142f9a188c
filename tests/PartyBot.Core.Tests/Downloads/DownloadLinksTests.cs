using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Downloads;
using PartyBot.Testing;

namespace PartyBot.Core.Tests.Downloads;

public sealed class DownloadLinksTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 11 + 3)).ToArray());
    private static readonly Dictionary<string, string> Quarter = new() { ["quarter"] = "2026-Q4", ["unit"] = "CB01" };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));

    private DownloadLinks Links(string? key = null, string baseUrl = "https://bot.example.vn/") =>
        new(Options.Create(new DownloadOptions { BaseUrl = new Uri(baseUrl), SigningKey = key ?? Key, LinkLifetime = TimeSpan.FromMinutes(30) }), _time);

    private static string TokenOf(Uri link) => link.AbsolutePath[DownloadLinks.PathPrefix.Length..];

    [Fact]
    public void Create_ThenRead_GivesBackKindMemberAndParameters()
    {
        var link = Links().Create("committee-compliance", "DV005", Quarter);

        Assert.StartsWith("https://bot.example.vn/downloads/", link.ToString(), StringComparison.Ordinal);
        var check = Links().Read(TokenOf(link));
        Assert.Equal(DownloadLinkState.Valid, check.State);
        Assert.Equal(("committee-compliance", "DV005"), (check.Request!.Kind, check.Request.MemberId));
        Assert.Equal(Quarter, check.Request.Parameters);
    }

    [Fact]
    public void Read_AfterTheLifetime_Expired_AndJustBefore_Valid()
    {
        var token = TokenOf(Links().Create("csv", "DV005"));

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        Assert.Equal(DownloadLinkState.Valid, Links().Read(token).State);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(DownloadLinkState.Expired, Links().Read(token).State);
    }

    [Fact]
    public void Read_PayloadChangedToAnotherMember_Invalid()
    {
        var token = TokenOf(Links().Create("csv", "DV005", Quarter));
        var forged = TokenOf(Links(Convert.ToBase64String(new byte[32])).Create("csv", "DV001", Quarter));
        // Someone else's payload with this link's signature: another member, another unit.
        var spliced = forged[..forged.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(DownloadLinkState.Invalid, Links().Read(spliced).State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData(".sig")]
    [InlineData("eyJrIjoiY3N2In0.not*base64url")]
    public void Read_Malformed_Invalid(string token) => Assert.Equal(DownloadLinkState.Invalid, Links().Read(token).State);

    [Fact]
    public void Read_SignedWithAnotherKey_Invalid()
    {
        var other = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

        Assert.Equal(DownloadLinkState.Invalid, Links().Read(TokenOf(Links(other).Create("csv", "DV005"))).State);
    }

    [Fact]
    public void Read_ExpiredAndForged_Invalid_NotExpired() // an expired answer is only for links the bot made
    {
        var token = TokenOf(Links().Create("csv", "DV005"));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(DownloadLinkState.Invalid, Links().Read(token[..^2] + (token[^2] == 'A' ? "BB" : "AA")).State);
    }

    [Fact]
    public void KeyCheck_ProductionWithoutKey_FailsWithTheReason()
    {
        using var provider = Provider(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DownloadOptions>>().Value);

        Assert.Contains("Downloads:SigningKey is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyCheck_ProductionWithKey_Starts() =>
        Assert.Equal(Key, Provider(Environments.Production, new() { ["Downloads:SigningKey"] = Key }).GetRequiredService<IOptions<DownloadOptions>>().Value.SigningKey);

    [Fact]
    public void KeyCheck_ShortKey_FailsEvenInDevelopment() =>
        Assert.Throws<OptionsValidationException>(() =>
            Provider(Environments.Development, new() { ["Downloads:SigningKey"] = "c2hvcnQ=" }).GetRequiredService<IOptions<DownloadOptions>>().Value);

    [Theory]
    [InlineData("http://bot.example.vn", false)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("https://bot.example.vn/partybot", true)]
    public void BaseUrl_HttpsOrLoopbackHttpOnly(string url, bool accepted)
    {
        var settings = new Dictionary<string, string?> { ["Downloads:BaseUrl"] = url };

        var read = () => Provider(Environments.Development, settings).GetRequiredService<IOptions<DownloadOptions>>().Value;

        if (accepted)
        {
            Assert.Equal(new Uri(url), read().BaseUrl);
        }
        else
        {
            Assert.Contains("must be an https address", Assert.Throws<OptionsValidationException>(read).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_UnderABaseUrlWithAPath_KeepsThePath() =>
        Assert.StartsWith("https://bot.example.vn/partybot/downloads/", Links(baseUrl: "https://bot.example.vn/partybot").Create("csv", "DV005").ToString(), StringComparison.Ordinal);

    private static ServiceProvider Provider(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (environment == Environments.Development)
        {
            services.AddDevelopmentEnvironment();
        }
        services.AddSingleton(TimeProvider.System);
        return services.AddDownloads(configuration).AddDownloadKeyCheck().BuildServiceProvider();
    }
}
