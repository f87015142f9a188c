using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartyBot.Bot.Health;

/// <summary>
/// The probes: <c>/healthz/live</c> (the process answers; no dependency, so a storage outage never restarts the
/// replicas), <c>/healthz/ready</c> (storage answers and the settings validate: send me traffic) and <c>/healthz</c>
/// (every check, as before).
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/healthz/live";
    public const string Ready = "/healthz/ready";
    public const string All = "/healthz";
    public const string ReadyTag = PartyBot.Core.Extensions.ReadyTag;

    /// <summary>Call after every other Add…: the options check covers the options classes registered so far.</summary>
    public static IServiceCollection AddPartyBotHealth(this IServiceCollection services)
    {
        var optionTypes = OptionsHealthCheck.ValidatedOptionTypes(services);
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "options", provider => new OptionsHealthCheck(provider, optionTypes), failureStatus: null, tags: [ReadyTag]));
        return services;
    }

    /// <summary>The options classes the options check covers (the configuration reference lists their keys).</summary>
    public static IReadOnlyList<Type> ValidatedOptionTypes(IServiceCollection services) => OptionsHealthCheck.ValidatedOptionTypes(services);

    public static IEndpointRouteBuilder MapPartyBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(All);
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
