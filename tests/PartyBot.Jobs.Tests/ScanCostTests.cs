using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;
using PartyBot.Core.Reports;
using PartyBot.Core.Storage;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Reports;
using PartyBot.Jobs.Surveys;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Jobs.Tests;

/// <summary>
/// Issue 15, item 6: one run of each scanner on an organisation and on one with ten times the chi bộ, with the SAME due
/// work (three chi bộ with a meeting tonight and minutes overdue, everything else planned and quiet), counted at the
/// TableServiceClient. Storage calls are deterministic, so the test asserts them; the time is printed, never asserted.
/// The sizes come from PARTYBOT_SCAN_SIZES ("grassroots,cells each,members each;…", benchmarks/scans/run).
/// </summary>
public sealed class ScanCostTests(ITestOutputHelper output)
{
    private const int DueCells = 3;

    /// <summary>The scans whose cost no longer grows with the organisation (the others are printed only).</summary>
    private static readonly HashSet<string> Bounded = ["notices (AnnounceMeetings)", "reminders (MeetingReminders)", "reminders (ThematicReminders)"];

    /// <summary>Wednesday 21/10/2026 08:00 in Vietnam: no survey, thematic or quarterly report due anywhere.</summary>
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 1, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Tonight = new(2026, 10, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset HeldBefore = new(2026, 10, 12, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryScan_TenTimesTheChiBoWithTheSameDueWork_CostsTheSameStorageCalls()
    {
        var sizes = (Environment.GetEnvironmentVariable("PARTYBOT_SCAN_SIZES") is { Length: > 0 } text ? text : "3,10,4;30,10,4")
            .Split(';').Select(s => s.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()).ToList();
        var runs = new List<(string Size, IReadOnlyList<ScanFigure> Figures)>();
        foreach (var size in sizes)
        {
            runs.Add(($"{size[0] * size[1]:N0} chi bộ, {size[0] * size[1] * size[2]:N0} members", await MeasureAsync(size[0], size[1], size[2])));
        }

        output.WriteLine($"| job | {string.Join(" | ", runs.Select(r => r.Size + ": calls, ms"))} |");
        output.WriteLine($"|---|{string.Concat(runs.Select(_ => "---|"))}");
        foreach (var job in runs[0].Figures.Select(f => f.Job))
        {
            output.WriteLine($"| {job} | {string.Join(" | ", runs.Select(r => r.Figures.Single(f => f.Job == job) is var f ? $"{f.Calls}, {f.Milliseconds}" : ""))} |");
        }
        foreach (var figure in runs[0].Figures.Where(f => Bounded.Contains(f.Job)))
        {
            foreach (var (size, figures) in runs.Skip(1))
            {
                var large = figures.Single(f => f.Job == figure.Job);
                Assert.True(large.Calls <= figure.Calls + TreePages(sizes),
                    $"{figure.Job}: {figure.Calls} storage calls with {runs[0].Size}, {large.Calls} with {size}:\n{string.Join('\n', large.Lines.Take(40))}");
            }
        }
    }

    /// <summary>Every scan reads the unit tree once: one more call per 1,000 units (a page of the query).</summary>
    private static int TreePages(List<int[]> sizes) =>
        sizes.Max(s => (1 + s[0] + s[0] * s[1]) / 1000) - sizes.Min(s => (1 + s[0] + s[0] * s[1]) / 1000);

    private sealed record ScanFigure(string Job, int Calls, long Milliseconds, IReadOnlyList<string> Lines);

    private async Task<IReadOnlyList<ScanFigure>> MeasureAsync(int grassroots, int cellsEach, int membersEach)
    {
        var counter = new StorageCallCounter();
        await using var channel = await FakeChannel.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Meetings.NoticeRig.Configuration(channel, await SharedAzurite.GetConnectionStringAsync()))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Reports:Kinds:0:Id"] = "bien-ban",
                ["Reports:Kinds:0:Title"] = "Nghị quyết, biên bản sinh hoạt",
                ["Reports:Kinds:0:Period"] = "AfterMeeting",
                ["Reports:Kinds:0:OwedBy:0"] = "Cell",
            })
            .Build();
        var time = new FakeTimeProvider(Now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddDevelopmentEnvironment();
        services.AddPartyBotCore(configuration).AddPartyBotJobs(configuration);
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(await SharedAzurite.GetConnectionStringAsync(), options));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);

        var seeding = Stopwatch.StartNew();
        await SeedAsync(provider, time, channel, grassroots, cellsEach, membersEach);
        output.WriteLine($"{grassroots * cellsEach} chi bộ, {grassroots * cellsEach * membersEach} members: seeded in {seeding.Elapsed.TotalSeconds:F0} s");

        var figures = new List<ScanFigure>();
        async Task Measure(string job, Func<IServiceProvider, Task> run)
        {
            using var scope = provider.CreateScope();
            counter.Reset();
            var watch = Stopwatch.StartNew();
            await run(scope.ServiceProvider);
            watch.Stop();
            var lines = counter.Calls.GroupBy(c => Shape(c)).Select(g => $"{g.Count()} × {g.Key}").ToList();
            figures.Add(new ScanFigure(job, counter.Calls.Count, watch.ElapsedMilliseconds, lines));
        }
        await Measure("planner (PlanMeetings)", s => s.GetRequiredService<MeetingPlanner>().PlanAsync(CancellationToken.None));
        await Measure("notices (AnnounceMeetings)", s => s.GetRequiredService<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        await Measure("reminders (MeetingReminders)", s => s.GetRequiredService<MeetingReminders>().SendDueAsync(CancellationToken.None));
        await Measure("reminders (ThematicReminders)", s => s.GetRequiredService<ThematicReminders>().SendDueAsync(CancellationToken.None));
        await Measure("assignment (AssignAttendees)", s => s.GetRequiredService<AttendeeAssigner>().AssignAsync(CancellationToken.None));
        await Measure("survey (Surveys)", s => s.GetRequiredService<SurveyScanner>().ScanAsync(CancellationToken.None));
        await Measure("overdue (Reports)", async s =>
        {
            await s.GetRequiredService<ReportObligations>().GenerateAsync(CancellationToken.None);
            await s.GetRequiredService<ReportChaser>().ChaseAsync(CancellationToken.None);
        });
        return figures;
    }

    /// <summary>"GET /Meetings()": the call without its keys and query, to group the calls of a run.</summary>
    private static string Shape(string call)
    {
        var open = call.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? call : call[..open];
    }

    /// <summary>
    /// The organisation imported, every chi bộ's regular meetings planned (the planner's first run), then the due work:
    /// the first three chi bộ linked to a chat, each with a meeting tonight and one held nine days ago.
    /// </summary>
    private static async Task SeedAsync(IServiceProvider services, TimeProvider time, FakeChannel channel, int grassroots, int cellsEach, int membersEach)
    {
        var organization = services.GetRequiredService<OrganizationStore>();
        var (units, members) = GeneratedOrganization.Create(grassroots, cellsEach, membersEach);
        var report = await new OrganizationImporter(organization, time, NullLogger<OrganizationImporter>.Instance)
            .ImportAsync(new StringReader(units), new StringReader(members), CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Lines().Take(20)));
        await services.GetRequiredService<MeetingPlanner>().PlanAsync(CancellationToken.None);
        var meetings = services.GetRequiredService<MeetingStore>();
        var conversations = services.GetRequiredService<ConversationStore>();
        for (var c = 1; c <= DueCells; c++)
        {
            var cell = $"CB1-{c}";
            var chat = $"19:{cell.ToLowerInvariant()}@thread.v2";
            await conversations.SaveConversationAsync(
                new ConversationAddress(chat, ConversationTypes.GroupChat, channel.ServiceUrl, "msteams", "28:partybot", "PartyBot", "tenant-1", null, cell), CancellationToken.None);
            await organization.LinkConversationAsync(cell, chat, CancellationToken.None);
            Assert.True(await meetings.AddAsync(new Meeting(cell, "tonight", MeetingKind.Regular, Tonight, 120, MeetingStatus.Planned), CancellationToken.None));
            Assert.True(await meetings.AddAsync(new Meeting(cell, "held", MeetingKind.Regular, HeldBefore, 120, MeetingStatus.Announced), CancellationToken.None));
        }
        // The indexes' one-off builds, as on a host's first scans.
        await meetings.ListDueAsync(Now, Now, CancellationToken.None);
        await services.GetRequiredService<ReportStore>().ListOwedDueByAsync(default, CancellationToken.None);
    }
}
