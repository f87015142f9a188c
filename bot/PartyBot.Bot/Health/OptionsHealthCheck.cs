using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace PartyBot.Bot.Health;

/// <summary>
/// Ready only while every validated options class still validates: the host checked them at start, but a reloaded
/// setting (appsettings, Key Vault references) is validated again when it is next read, and this reads it.
/// </summary>
internal sealed class OptionsHealthCheck(IServiceProvider services, IReadOnlyList<Type> optionTypes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        foreach (var type in optionTypes)
        {
            var monitor = services.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(type));
            try
            {
                _ = monitor.GetType().GetMethod(nameof(IOptionsMonitor<object>.Get))!.Invoke(monitor, [Options.DefaultName]);
            }
            catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is OptionsValidationException invalid)
            {
                failures.AddRange(invalid.Failures.Select(failure => $"{type.Name}: {failure}"));
            }
        }
        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Invalid settings: " + string.Join(" | ", failures)));
    }

    /// <summary>
    /// PartyBot's options classes that have validators in <paramref name="services"/> (data annotations or a validator of
    /// their own); libraries' own (Quartz's, for stores it does not use) are not PartyBot's settings.
    /// </summary>
    public static IReadOnlyList<Type> ValidatedOptionTypes(IServiceCollection services) =>
        [.. services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("PartyBot.", StringComparison.Ordinal) == true)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}
