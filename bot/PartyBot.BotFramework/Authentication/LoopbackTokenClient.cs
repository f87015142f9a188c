using System.Text.Json;

namespace PartyBot.BotFramework.Authentication;

/// <summary>
/// The OAuth 2.0 client-credentials request MSAL would make (<c>POST {authority}/oauth2/v2.0/token</c>), for an http
/// authority on loopback only (a local channel: the benchmark's, a test's), which MSAL refuses. The token is kept until
/// five minutes before it expires; concurrent callers share one request.
/// </summary>
internal sealed class LoopbackTokenClient(HttpClient http, TimeProvider time, string authority, string clientId, string clientSecret, string scope)
{
    public const string HttpClientName = "PartyBot.BotFramework.LoopbackToken";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private Task<(string Token, DateTimeOffset RenewAt)>? _request;

    public Uri TokenEndpoint { get; } = new(authority.TrimEnd('/') + "/oauth2/v2.0/token");

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Task<(string Token, DateTimeOffset RenewAt)> request;
        lock (_gate)
        {
            if (_request is not { IsCompletedSuccessfully: true } done || time.GetUtcNow() >= done.Result.RenewAt)
            {
                // One request for every caller waiting; a failed one is not kept, so the next call asks again.
                _request = _request is { IsCompleted: false } running ? running : RequestAsync(CancellationToken.None);
            }
            request = _request;
        }
        return (await request.WaitAsync(cancellationToken)).Token;
    }

    private async Task<(string Token, DateTimeOffset RenewAt)> RequestAsync(CancellationToken cancellationToken)
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scope,
        });
        using var response = await http.PostAsync(TokenEndpoint, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new LoopbackTokenException($"The token endpoint {TokenEndpoint} answered {(int)response.StatusCode}.");
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var token = json.RootElement.GetProperty("access_token").GetString();
            var lifetime = json.RootElement.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : 3600;
            if (string.IsNullOrEmpty(token))
            {
                throw new LoopbackTokenException($"The token endpoint {TokenEndpoint} answered no access_token.");
            }
            var renewAt = time.GetUtcNow() + TimeSpan.FromSeconds(lifetime) - RenewBefore;
            return (token, renewAt);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new LoopbackTokenException($"The token endpoint {TokenEndpoint} answered no token.", ex);
        }
    }
}

internal sealed class LoopbackTokenException : Exception
{
    public LoopbackTokenException(string message) : base(message) { }

    public LoopbackTokenException(string message, Exception inner) : base(message, inner) { }

    public LoopbackTokenException() { }
}
