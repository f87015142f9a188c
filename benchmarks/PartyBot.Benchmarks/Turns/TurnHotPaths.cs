using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyBot.Bot.Commands;
using PartyBot.BotFramework;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Help;

namespace PartyBot.Benchmarks.Turns;

/// <summary>
/// Issue 15: what one help turn costs in the bot's own code, piece by piece — the inbound token's full check (keys in
/// memory), the activity parsed from the wire, the command matched after normalisation, the help card built and sized.
/// </summary>
[MemoryDiagnoser]
public class TurnHotPaths
{
    private const string AppId = "b3e1c0de-0000-4000-8000-00000000be01";
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    private readonly CommandRouter router = new(CommandTable.All);
    private readonly string typed = "  Trợ   GIÚP ! ";
    private BotTokenValidator validator = null!;
    private byte[] activityBytes = null!;
    private Activity activity = null!;
    private string token = null!;
    private IReadOnlyList<CommandHelp> help = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = "bench" };
        var options = Options.Create(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "x", OpenIdMetadataUrl = "https://channel.invalid/openid" });
        var keys = new SigningKeyCache(new StaticChannel(Jwks(rsa)), options, TimeProvider.System, NullLogger<SigningKeyCache>.Instance);
        validator = new BotTokenValidator(keys, options, TimeProvider.System, NullLogger<BotTokenValidator>.Instance);
        token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkOptions.PublicCloudIssuer,
            Audience = AppId,
            Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(1),
            Claims = new Dictionary<string, object> { [BotTokenValidator.ServiceUrlClaim] = ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        activityBytes = Encoding.UTF8.GetBytes(ActivityJson);
        activity = ParseActivity();
        help = [.. router.Commands.Select(c => new CommandHelp(c.DisplayName, c.Description, c.Example))];
        if (!await validator.ValidateAsync(token, activity, CancellationToken.None))
        {
            throw new InvalidOperationException("The benchmark's token does not validate.");
        }
    }

    [Benchmark]
    public Task<bool> ValidateToken() => validator.ValidateAsync(token, activity, CancellationToken.None);

    [Benchmark]
    public Activity ParseActivity() => JsonSerializer.Deserialize<Activity>(activityBytes, BotJson.Options)!;

    [Benchmark]
    public string NormalizeText() => TextNormalizer.ForMatching(typed);

    [Benchmark]
    public object? MatchCommand() => router.Match("tình hình dự sinh hoạt 4/2026");

    [Benchmark]
    public int BuildHelpCard() => CardJson.SizeInBytes(HelpCard.Build(help));

    private static string Jwks(RSA rsa)
    {
        var p = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = "bench",
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();
    }

    private const string ActivityJson = """
        {"type":"message","id":"1700000000001","timestamp":"2026-11-23T01:00:00.000Z","localTimestamp":"2026-11-23T08:00:00.000+07:00",
         "serviceUrl":"https://smba.trafficmanager.net/apac/","channelId":"msteams",
         "from":{"id":"29:1a2b3c","name":"Nguyễn Văn An","aadObjectId":"00000000-0000-0000-0000-000000000020"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1xyz"},
         "recipient":{"id":"28:b3e1c0de-0000-4000-8000-00000000be01","name":"PartyBot"},
         "textFormat":"plain","locale":"vi-VN","text":"trợ giúp","entities":[{"locale":"vi-VN","country":"VN","platform":"Web","timezone":"Asia/Saigon","type":"clientInfo"}],
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}
        """;

    /// <summary>The channel's OpenID metadata and keys, in memory: the benchmark measures the check, not a fetch.</summary>
    private sealed class StaticChannel(string jwks) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Handler(jwks));

        private sealed class Handler(string jwks) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.RequestUri!.AbsolutePath.EndsWith("keys", StringComparison.Ordinal)
                    ? jwks
                    : """{"issuer":"https://api.botframework.com","jwks_uri":"https://channel.invalid/keys","id_token_signing_alg_values_supported":["RS256"]}""";
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
            }
        }
    }
}
