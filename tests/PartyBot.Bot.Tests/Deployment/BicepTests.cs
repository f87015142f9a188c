using System.Reflection;
using System.Text.Json.Nodes;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>infra/azure: the Bicep templates build and lint clean with the pinned Bicep CLI, offline, and say what the runbook says.</summary>
public sealed class BicepTests
{
    private static readonly Lazy<Task<JsonNode>> Template = new(BuildMainAsync);

    private static string Folder => Path.Combine(RepoPaths.Infra, "azure");

    [Fact]
    public async Task Lint_MainAndItsModules_NoDiagnostic()
    {
        var result = await BicepAsync("lint", Path.Combine(Folder, "main.bicep"));

        Assert.True(result.ExitCode == 0 && result.All.Trim().Length == 0, result.All);
    }

    [Fact]
    public async Task BuildParams_TheExampleParameterFile_Builds()
    {
        var result = await BicepAsync("build-params", Path.Combine(Folder, "main.bicepparam"), "--stdout");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal("SingleTenant", JsonNode.Parse(JsonNode.Parse(result.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!["appType"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Build_Parameters_TheThreeBotIdentitiesAndAtLeastTwoReplicas()
    {
        var parameters = (await Template.Value)["parameters"]!;

        Assert.Equal(["SingleTenant", "MultiTenant", "UserAssignedMSI"], parameters["appType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(2, parameters["minReplicas"]!["minValue"]!.GetValue<int>());
        Assert.Equal("securestring", parameters["ballotKey"]!["type"]!.GetValue<string>());
        Assert.Equal("securestring", parameters["downloadsSigningKey"]!["type"]!.GetValue<string>());
        Assert.Equal("securestring", parameters["microsoftAppPassword"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Build_Resources_BotWithTeamsChannel_StorageWithoutKeys_VaultSecrets_Insights()
    {
        var resources = Resources(await Template.Value).ToList();

        Assert.Contains(resources, r => Type(r) == "Microsoft.BotService/botServices" && r["kind"]!.GetValue<string>() == "azurebot");
        Assert.Contains(resources, r => Type(r) == "Microsoft.BotService/botServices/channels" && r["properties"]!["channelName"]!.GetValue<string>() == "MsTeamsChannel");
        var storage = Assert.Single(resources, r => Type(r) == "Microsoft.Storage/storageAccounts");
        Assert.False(storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Single(resources, r => Type(r) == "Microsoft.Storage/storageAccounts/tableServices");
        var secrets = resources.Where(r => Type(r) == "Microsoft.KeyVault/vaults/secrets").Select(r => r["name"]!.ToJsonString()).ToList();
        Assert.Contains(secrets, s => s.Contains("surveys-ballot-key", StringComparison.Ordinal));
        Assert.Contains(secrets, s => s.Contains("microsoft-app-password", StringComparison.Ordinal));
        Assert.Single(resources, r => Type(r) == "Microsoft.Insights/components");
        Assert.Equal(2, resources.Count(r => Type(r) == "Microsoft.Authorization/roleAssignments")); // tables and secrets, for the host's identity
    }

    [Fact]
    public async Task Build_ContainerApp_ProbesOnTheHealthEndpointsAndTableStorageByIdentity()
    {
        var app = Assert.Single(Resources(await Template.Value), r => Type(r) == "Microsoft.App/containerApps");
        var container = app["properties"]!["template"]!["containers"]![0]!;

        var probes = container["probes"]!.AsArray().ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz/live", probes["Liveness"]);
        Assert.Equal("/healthz/ready", probes["Readiness"]);
        Assert.Equal("/healthz", probes["Startup"]);
        var env = container["env"]!.ToJsonString();
        Assert.Contains("Storage__TableServiceUri", env, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings__Tables", env, StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", env, StringComparison.Ordinal);
        Assert.Contains("Surveys__BallotKey", env, StringComparison.Ordinal);
        Assert.Contains("Downloads__SigningKey", env, StringComparison.Ordinal);
        Assert.Contains("Downloads__BaseUrl", env, StringComparison.Ordinal);
        Assert.Equal("UserAssigned", app["identity"]!["type"]!.GetValue<string>());
    }

    private static async Task<JsonNode> BuildMainAsync()
    {
        var result = await BicepAsync("build", Path.Combine(Folder, "main.bicep"), "--stdout");
        Assert.True(result.ExitCode == 0, result.All);
        return JsonNode.Parse(result.Output)!;
    }

    private static Task<ToolProcess.Result> BicepAsync(params string[] arguments)
    {
        var bicep = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        // Offline: no telemetry, no version check.
        return ToolProcess.RunAsync(bicep, arguments, environment: new Dictionary<string, string?> { ["BICEP_TELEMETRY_ENABLED"] = "false" }, timeout: TimeSpan.FromMinutes(2));
    }

    private static string? Type(JsonNode resource) => resource["type"]?.GetValue<string>();

    /// <summary>Every resource of the template and of its nested module deployments (arrays or symbolic-name objects).</summary>
    private static IEnumerable<JsonNode> Resources(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.Contains('/', StringComparison.Ordinal) && obj.ContainsKey("apiVersion"))
            {
                yield return obj;
            }
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var found in Resources(child))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(Resources))
            {
                yield return child;
            }
        }
    }
}
