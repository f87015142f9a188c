using PartyBot.Bot;
using PartyBot.Bot.CalendarFeeds;
using PartyBot.Bot.Cli;
using PartyBot.Bot.Downloads;
using PartyBot.Bot.Health;
using PartyBot.Bot.Telemetry;
using PartyBot.BotFramework;
using PartyBot.Core;
using PartyBot.Core.Testing;
using PartyBot.Jobs;

if (await CliVerbs.TryRunAsync(args)) return; // import <folder>, seed-demo: see README.md, "Organisation data"

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddTestClock(builder.Configuration, builder.Environment) // Testing:ClockOffset, Development only; before the system clock's registration
    .AddBotFramework(builder.Configuration)
    .AddPartyBotCore(builder.Configuration)
    .AddPartyBotJobs(builder.Configuration)
    .AddPartyBotHandlers()
    .AddPartyBotTelemetry(builder.Configuration) // Application Insights when its connection string is set
    .AddPartyBotHealth(); // last: it checks the options classes registered above

var app = builder.Build();
app.MapBotFramework("/api/messages");
app.MapPartyBotHealth();
app.MapPartyBotCalendarFeed();
app.MapPartyBotDownloads();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
