using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace PartyBot.Testing;

/// <summary>A hosting environment for rigs built on a bare service collection (no host): the bot runs without an app id only in Development.</summary>
public static class TestEnvironments
{
    public static IServiceCollection AddDevelopmentEnvironment(this IServiceCollection services) =>
        services.AddSingleton<IHostEnvironment>(new Environment(Environments.Development));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "PartyBot.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
