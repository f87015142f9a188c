using System.Net;

namespace PartyBot.BotFramework.Hosting;

/// <summary>What counts as "this machine": for anonymous local callers and for http metadata URLs.</summary>
internal static class Loopback
{
    /// <summary>127.0.0.0/8, ::1, and both as IPv4-mapped IPv6; null (no connection info) is not loopback.</summary>
    public static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }

    public static bool IsLoopbackHost(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsLoopback(address));

    /// <summary>
    /// The only connectors a bot without an app id talks to (the Playground, the tests' fake channel): http or https on
    /// a loopback host. Anything else (file:, another machine) would let any local caller make the bot post there.
    /// </summary>
    public static bool IsLocalServiceUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && IsLoopbackHost(uri);

    /// <summary>https anywhere, http only on a loopback host (local tests and tools).</summary>
    public static bool IsAllowedMetadataUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopbackHost(uri)));
}
