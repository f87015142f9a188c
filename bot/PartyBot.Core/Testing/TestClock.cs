using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PartyBot.Core.Testing;

/// <summary>
/// The system clock moved by <c>Testing:ClockOffset</c> (a TimeSpan, e.g. <c>26.14:30:00</c> or <c>-3.00:00:00</c>), so
/// a test can start real host processes "at" a moment when jobs are due. Only the date and time move; durations,
/// timers and timestamps are the system's.
/// </summary>
public sealed class TestClock(TimeSpan offset) : TimeProvider
{
    public const string OffsetKey = "Testing:ClockOffset";

    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}

public static class TestClockExtensions
{
    /// <summary>
    /// The <see cref="TestClock"/> as the host's TimeProvider when <c>Testing:ClockOffset</c> is set; call it before the
    /// registrations that add the system clock. Honoured only in Development: anywhere else a set offset stops the host at start.
    /// </summary>
    public static IServiceCollection AddTestClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (configuration[TestClock.OffsetKey] is not { Length: > 0 } value)
        {
            return services;
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{TestClock.OffsetKey} is set (\"{value}\") but the host runs in {environment.EnvironmentName}: it moves the clock for tests, in Development only.");
        }
        if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var offset))
        {
            throw new InvalidOperationException($"{TestClock.OffsetKey} is not a TimeSpan ([-]d.hh:mm:ss): \"{value}\".");
        }
        return services.AddSingleton<TimeProvider>(new TestClock(offset));
    }
}
