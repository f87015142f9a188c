using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>The endpoint in local mode (no app id, loopback callers): bodies, answers, failures.</summary>
public sealed class InboundEndpointTests : IAsyncLifetime
{
    private const string ServiceUrl = "http://127.0.0.1:9/connector/";
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(new Dictionary<string, string?>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_NoAppIdFromLoopback_Returns200AndRunsHandler()
    {
        using var response = await PostJsonAsync(JsonSerializer.Serialize(Message(), BotJson.Options));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Turns.Activities);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.1.2.3:8080/connector/")]
    [InlineData("http://localhost.example.com/connector/")]
    [InlineData("ftp://127.0.0.1/connector/")]
    [InlineData("/relative/connector/")]
    public async Task Post_NoAppIdServiceUrlNotHttpOnLoopback_Returns401AndSkipsHandler(string serviceUrl)
    {
        var message = TestActivities.Message("xin chào", "aad-user-1", ConversationTypes.Personal, serviceUrl);

        using var response = await PostJsonAsync(JsonSerializer.Serialize(message, BotJson.Options));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("https://127.0.0.1:9/connector/")]
    [InlineData("http://[::1]:9/connector/")]
    public async Task Post_NoAppIdServiceUrlOnLoopback_Returns200(string serviceUrl)
    {
        var message = TestActivities.Message("xin chào", "aad-user-1", ConversationTypes.Personal, serviceUrl);

        using var response = await PostJsonAsync(JsonSerializer.Serialize(message, BotJson.Options));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Turns.Activities);
    }

    [Theory]
    [InlineData("no serviceUrl")]
    [InlineData("no conversation")]
    [InlineData("no conversation id")]
    [InlineData("long activity id")]
    [InlineData("long conversation id")]
    [InlineData("long from id")]
    [InlineData("long member id")]
    [InlineData("long from name")]
    [InlineData("long conversation name")]
    [InlineData("long team name")]
    [InlineData("long serviceUrl")]
    public async Task Post_ActivityStorageCannotHold_Returns400WithTheProblemAndSkipsHandler(string problem)
    {
        var message = Message();
        var longId = new string('x', InboundActivityRules.MaxIdLength + 1);
        var longName = new string('n', 70_000);
        switch (problem)
        {
            case "no serviceUrl": message.ServiceUrl = null; break;
            case "no conversation": message.Conversation = null; break;
            case "no conversation id": message.Conversation!.Id = ""; break;
            case "long activity id": message.Id = longId; break;
            case "long conversation id": message.Conversation!.Id = longId; break;
            case "long from id": message.From!.Id = longId; break;
            case "long member id": message.MembersAdded = [new ChannelAccount { Id = longId }]; break;
            case "long from name": message.From!.Name = longName; break;
            case "long conversation name": message.Conversation!.Name = longName; break;
            case "long team name": message.ChannelData = JsonSerializer.SerializeToElement(new { team = new { id = "19:t", name = longName } }); break;
            case "long serviceUrl": message.ServiceUrl = ServiceUrl + new string('p', InboundActivityRules.MaxServiceUrlLength); break;
        }

        using var response = await PostJsonAsync(JsonSerializer.Serialize(message, BotJson.Options));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length < 200, body);
        Assert.Contains("error", body, StringComparison.Ordinal);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_IdsAndNamesAtTheLimits_Returns200()
    {
        var message = Message();
        message.Id = new string('i', InboundActivityRules.MaxIdLength);
        message.From!.Name = new string('n', InboundActivityRules.MaxNameLength);

        using var response = await PostJsonAsync(JsonSerializer.Serialize(message, BotJson.Options));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("null")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an object\"}")]
    [InlineData("{\"type\":\"message\"} trailing")]
    public async Task Post_BadBody_Returns400AndSkipsHandler(string body)
    {
        using var response = await PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyteWithContentLength_Returns413AndSkipsHandler()
    {
        using var response = await PostJsonAsync(PaddedMessage(1024 * 1024 + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverOneMegabyte_Returns413AndSkipsHandler()
    {
        var bytes = Encoding.UTF8.GetBytes(PaddedMessage(1024 * 1024 + 1));
        using var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _bot.Client.PostAsync(_bot.Endpoint, content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_BodyOfExactlyOneMegabyte_Returns200()
    {
        using var response = await PostJsonAsync(PaddedMessage(1024 * 1024));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Get_Endpoint_Returns405AndSkipsHandler()
    {
        using var response = await _bot.Client.GetAsync(_bot.Endpoint);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(_bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_UnknownFields_SurviveRoundTrip()
    {
        const string json = """
            {
              "type": "message",
              "id": "f:1",
              "timestamp": "2026-03-01T10:00:00+07:00",
              "serviceUrl": "http://127.0.0.1:9/connector/",
              "channelId": "msteams",
              "from": { "id": "29:u", "aadObjectId": "aad-u", "futureField": { "nested": [1, 2, { "deep": true }] } },
              "conversation": { "id": "a:1", "conversationType": "personal", "tenantId": "t", "unknownFlag": false },
              "recipient": { "id": "28:bot", "name": "PartyBot" },
              "text": "chào",
              "entities": [ { "type": "clientInfo", "locale": "vi-VN", "platform": "Web" } ],
              "attachments": [ { "contentType": "text/html", "content": "<p>x</p>", "extra": 7 } ],
              "channelData": { "tenant": { "id": "t" }, "whatever": [] },
              "brandNewTopLevel": { "a": "b" },
              "anotherNumber": 12.5
            }
            """;

        using var response = await PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_bot.Turns.Activities);
        var roundTrip = JsonSerializer.SerializeToNode(received, BotJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), roundTrip), roundTrip!.ToJsonString());
    }

    [Fact]
    public async Task Post_Invoke_ReturnsInvokeStatusAndBody()
    {
        _bot.Turns.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message("Đã ghi nhận"));
        var invoke = TestActivities.InvokeAdaptiveCardAction("rsvp", new { meetingId = "m1" }, "aad-user-1", ServiceUrl);

        using var response = await PostJsonAsync(JsonSerializer.Serialize(invoke, BotJson.Options));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, (string?)body["type"]);
        Assert.Equal("Đã ghi nhận", (string?)body["value"]);
    }

    [Fact]
    public async Task Post_InvokeAnsweredWithErrorStatus_ReturnsThatStatus()
    {
        _bot.Turns.InvokeResponse = new InvokeResponse(400, AdaptiveCardInvokeResponse.Error(400, "BadVerb", "Không hiểu"));
        var invoke = TestActivities.InvokeAdaptiveCardAction("nope", null, "aad-user-1", ServiceUrl);

        using var response = await PostJsonAsync(JsonSerializer.Serialize(invoke, BotJson.Options));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("BadVerb", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Post_HandlerThrows_Returns500AndLogsOnceWithoutText()
    {
        _bot.Turns.Failure = new InvalidOperationException("boom");
        var message = Message();
        message.Text = "bí mật";

        using var response = await PostJsonAsync(JsonSerializer.Serialize(message, BotJson.Options));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = Assert.Single(_bot.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains("message", error.Message, StringComparison.Ordinal);
        Assert.Contains(message.Id!, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bí mật", error.Message, StringComparison.Ordinal);
        Assert.Same(_bot.Turns.Failure, error.Exception);
    }

    private static Activity Message() => TestActivities.Message("xin chào", "aad-user-1", ConversationTypes.Personal, ServiceUrl);

    /// <summary>A valid message activity of exactly <paramref name="size"/> UTF-8 bytes.</summary>
    private static string PaddedMessage(int size)
    {
        const string prefix = "{\"type\":\"message\",\"serviceUrl\":\"" + ServiceUrl + "\",\"conversation\":{\"id\":\"a:1\"},\"padding\":\"";
        const string suffix = "\"}";
        return prefix + new string('x', size - prefix.Length - suffix.Length) + suffix;
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _bot.Client.PostAsync(_bot.Endpoint, content);
    }

    /// <summary>A stream of unknown length, so HttpClient sends the body chunked with no Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
