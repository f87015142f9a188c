using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>With an app id, bad bodies are refused before the token is even looked at, and never reach the handler.</summary>
public sealed class InboundWithAppIdBodyTests : AuthenticatedBotTests
{
    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    public async Task Post_BadBodyWithValidToken_IsRefusedAndSkipsHandler(string body, HttpStatusCode expected)
    {
        using var response = await PostAsync(body, withToken: true);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(Bot.Turns.Activities);
        Assert.Equal(0, Channel.MetadataRequests);
    }

    [Fact]
    public async Task Post_OversizedBodyWithValidToken_Returns413AndSkipsHandler()
    {
        using var response = await PostAsync("{\"type\":\"message\",\"p\":\"" + new string('x', 1024 * 1024) + "\"}", withToken: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_BadBodyWithoutToken_Returns401()
    {
        using var response = await PostAsync("{not json", withToken: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Bot.Turns.Activities);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool withToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Bot.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Channel.CreateToken(TestActivities.BotAppId, Channel.ServiceUrl));
        }

        return await Bot.Client.SendAsync(request);
    }
}
