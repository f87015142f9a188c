using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PartyBot.Testing;

/// <summary>
/// A managed identity endpoint as Azure Container Apps and App Service expose it to the process (IDENTITY_ENDPOINT,
/// IDENTITY_HEADER): a host started with <see cref="ManagedIdentityEnvironment"/> and MicrosoftAppType UserAssignedMSI
/// gets its outbound token from here through MSAL, as on Azure, and never asks Entra ID.
/// </summary>
public sealed partial class FakeChannel
{
    public const string ManagedIdentityToken = "fake-managed-identity-token";
    private const string ManagedIdentityHeader = "fake-identity-header";

    /// <summary>The environment variables that point MSAL's managed identity at this fake.</summary>
    public IReadOnlyDictionary<string, string> ManagedIdentityEnvironment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = _host.BaseAddress + "msi/token",
        ["IDENTITY_HEADER"] = ManagedIdentityHeader,
    };

    private static Task WriteManagedIdentityTokenAsync(HttpContext context)
    {
        if (context.Request.Headers["X-IDENTITY-HEADER"] != ManagedIdentityHeader)
        {
            return WriteJsonAsync(context, StatusCodes.Status401Unauthorized, new JsonObject { ["error"] = "invalid identity header" });
        }
        var token = new JsonObject
        {
            ["access_token"] = ManagedIdentityToken,
            ["expires_on"] = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = context.Request.Query["resource"].ToString(),
            ["token_type"] = "Bearer",
            ["client_id"] = context.Request.Query["client_id"].ToString(),
        };
        return WriteJsonAsync(context, StatusCodes.Status200OK, token);
    }
}
