using PartyBot.Bot;
using PartyBot.Bot.Cli;
using PartyBot.Bot.Downloads;
using PartyBot.BotFramework;
using PartyBot.Core;
using PartyBot.Jobs;

if (await CliVerbs.TryRunAsync(args)) return; // import <folder>, seed-demo: see README.md, "Organisation data"

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddBotFramework(builder.Configuration)
    .AddPartyBotCore(builder.Configuration)
    .AddPartyBotJobs(builder.Configuration)
    .AddPartyBotHandlers();

var app = builder.Build();
app.MapBotFramework("/api/messages");
app.MapPartyBotHealth();
app.MapPartyBotDownloads();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
