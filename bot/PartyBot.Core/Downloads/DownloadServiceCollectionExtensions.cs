using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Downloads;

public static class DownloadServiceCollectionExtensions
{
    /// <summary>Download links (section "Downloads").</summary>
    internal static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DownloadLinks>();
        return services;
    }

    /// <summary>The host that gives and serves links refuses to start in Production without Downloads:SigningKey; not the CLI verbs.</summary>
    public static IServiceCollection AddDownloadKeyCheck(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DownloadOptions>, ValidateDownloadOptions>());
        return services;
    }

    /// <summary>A kind of file the links can name; scoped, like the command handlers that give its links.</summary>
    public static IServiceCollection AddDownloadSource<TSource>(this IServiceCollection services) where TSource : class, IDownloadSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDownloadSource, TSource>());
        return services;
    }
}
