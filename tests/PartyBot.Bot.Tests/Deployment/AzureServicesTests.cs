using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartyBot.Bot.Telemetry;
using PartyBot.Core.Storage;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>What the host does differently on Azure: Table storage by managed identity, OpenTelemetry to Application Insights.</summary>
public sealed class AzureServicesTests
{
    [Fact]
    public void TableClient_TableServiceUri_ThatAccountWithTheIdentityNoKey()
    {
        var client = TableServiceClientFactory.Create(null, new StorageOptions { TableServiceUri = new Uri("https://partybotdata.table.core.windows.net/") });

        Assert.Equal("partybotdata", client.AccountName);
        Assert.Equal(new Uri("https://partybotdata.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void TableClient_ConnectionString_Azurite()
    {
        var client = TableServiceClientFactory.Create("UseDevelopmentStorage=true", new StorageOptions());

        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "https://a.table.core.windows.net/", "Both ConnectionStrings:Tables and Storage:TableServiceUri")]
    [InlineData(null, null, "Neither ConnectionStrings:Tables nor Storage:TableServiceUri")]
    [InlineData(null, "http://a.table.core.windows.net/", "must be an absolute https URL")]
    public void TableClient_BadSettings_RefusedSayingWhich(string? connectionString, string? uri, string message)
    {
        var storage = new StorageOptions { TableServiceUri = uri is null ? null : new Uri(uri) };

        var error = Assert.Throws<InvalidOperationException>(() => TableServiceClientFactory.Create(connectionString, storage));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_NoConnectionString_NothingRegistered()
    {
        var services = new ServiceCollection().AddPartyBotTelemetry(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(TracerProvider) || d.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public void Telemetry_ConnectionString_TracesAndMetricsToAzureMonitor()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExtensions.ConnectionStringKey] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/",
        }).Build();

        var services = new ServiceCollection().AddPartyBotTelemetry(configuration);

        Assert.Contains(services, d => d.ServiceType == typeof(TracerProvider));
        Assert.Contains(services, d => d.ServiceType == typeof(MeterProvider));
    }
}
