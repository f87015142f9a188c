using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.BotFramework;

public static class Extensions
{
    /// <summary>
    /// Options (validated at start), inbound token validation, the connector client (<see cref="IConnectorClient"/>)
    /// and its tokens. The host registers its own turn handler: <c>services.AddScoped&lt;ActivityHandler, MyBot&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(BotEndpoint)))
        {
            return services; // Already added (the host and the jobs may both ask for it).
        }

        services.AddSingleton<IConfigureOptions<BotFrameworkOptions>>(new ConfigureBotFrameworkOptions(configuration));
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, ValidateBotFrameworkOptions>();
        services.AddOptions<BotFrameworkOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorBreakerOptions>()
            .Bind(configuration.GetSection(ConnectorBreakerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(SigningKeyCache.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotEndpoint>();

        services.AddHttpClient(LoopbackTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddTransient<BotTokenHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>(client =>
        {
            // The resilience pipeline owns the time limits (total and per attempt).
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.MaxResponseContentBufferSize = 8 * 1024 * 1024;
        });
        // Outer to inner: resilience (total timeout, retry, attempt timeout), then a fresh token on every attempt.
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, static (builder, context) =>
            ConnectorResilience.Configure(builder, context.GetOptions<BotFrameworkOptions>()));
        connector.AddHttpMessageHandler<BotTokenHandler>();

        // One attempt per call, for a caller with retries of its own (the outbox dispatcher).
        var singleAttempt = services.AddHttpClient(ConnectorClient.SingleAttempt, client =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.MaxResponseContentBufferSize = 8 * 1024 * 1024;
        });
        // Outer to inner: the circuit breaker of the serviceUrl's authority, the attempt timeout, a fresh token.
        singleAttempt.AddResilienceHandler(ConnectorResilience.BreakerPipelineName, static (builder, context) =>
                ConnectorResilience.ConfigureBreaker(
                    builder,
                    context.GetOptions<ConnectorBreakerOptions>(),
                    context.ServiceProvider.GetRequiredService<TimeProvider>(),
                    context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>(),
                    context.InstanceName))
            .SelectPipelineByAuthority();
        singleAttempt.AddResilienceHandler(ConnectorResilience.SingleAttemptPipelineName, static (builder, context) =>
            ConnectorResilience.ConfigureSingleAttempt(builder, context.GetOptions<BotFrameworkOptions>()));
        singleAttempt.AddHttpMessageHandler<BotTokenHandler>();
        services.AddKeyedTransient<IConnectorClient>(ConnectorClient.SingleAttempt, static (provider, _) => new ConnectorClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.SingleAttempt),
            provider.GetRequiredService<ILogger<ConnectorClient>>()));

        return services;
    }

    /// <summary>
    /// The channel's endpoint: <c>POST {pattern}</c>. It authenticates the channel itself (protocol.md §1), so it is
    /// exempt from the host's authorization policies.
    /// </summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints
            .MapPost(pattern, static context => context.RequestServices.GetRequiredService<BotEndpoint>().HandleAsync(context))
            .AllowAnonymous();
}
