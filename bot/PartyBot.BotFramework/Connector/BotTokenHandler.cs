using System.Net.Http.Headers;
using PartyBot.BotFramework.Authentication;

namespace PartyBot.BotFramework.Connector;

/// <summary>Puts the bot's token on every connector attempt; no token (local development), no header.</summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
