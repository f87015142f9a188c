using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Testing;

/// <summary>
/// A minimal ASP.NET Core app on Kestrel at 127.0.0.1 and a free port, with no configuration from the machine
/// (no appsettings, no environment variables): tests put in exactly what they mean.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private LoopbackHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>http://127.0.0.1:P/ (with the trailing slash).</summary>
    public Uri BaseAddress { get; }

    /// <param name="configure">Services and configuration (<c>builder.Configuration.AddInMemoryCollection(…)</c>).</param>
    /// <param name="map">Endpoints and middleware.</param>
    /// <param name="environment">The hosting environment (Production when null).</param>
    public static async Task<LoopbackHost> StartAsync(Action<WebApplicationBuilder>? configure, Action<WebApplication> map, string? environment = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        configure?.Invoke(builder);

        var app = builder.Build();
        map(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await App.StopAsync(stop.Token);
        }

        await App.DisposeAsync();
    }
}
