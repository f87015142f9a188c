using Microsoft.Extensions.Logging.Abstractions;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Meetings;

/// <summary>The meetings' services on a fresh set of tables, at the test clock's time (23/11/2026 08:00 Vietnam).</summary>
internal sealed class MeetingHarness
{
    private MeetingHarness(TestTables tables)
    {
        Tables = tables;
        Calendar = new WorkingCalendar(new CalendarOverrideStore(tables.Store), Microsoft.Extensions.Options.Options.Create(new CalendarOptions()), tables.Time);
        Organization = new OrganizationStore(tables.Store);
        Meetings = new MeetingStore(tables.Store);
        Rule = new RegularSlotRule(Calendar);
    }

    public TestTables Tables { get; }
    public WorkingCalendar Calendar { get; }
    public OrganizationStore Organization { get; }
    public MeetingStore Meetings { get; }
    public RegularSlotRule Rule { get; }
    public MeetingOptions Options { get; } = new();

    public static async Task<MeetingHarness> CreateAsync() => new(await TestTables.CreateAsync());

    /// <summary>The same at another time (UTC).</summary>
    public static async Task<MeetingHarness> CreateAsync(DateTimeOffset now) => new(await TestTables.CreateAsync(now));

    /// <summary>A new planner, as another host instance would have.</summary>
    public MeetingPlanner Planner() =>
        new(Organization, Meetings, new RegularSlotRule(Calendar), Microsoft.Extensions.Options.Options.Create(Options), Tables.Time, NullLogger<MeetingPlanner>.Instance);

    public ThematicCheck Thematic() => new(Organization, Meetings, Microsoft.Extensions.Options.Options.Create(Options));

    public async Task SaveUnitsAsync(params Unit[] units)
    {
        foreach (var unit in units)
        {
            await Organization.SaveUnitAsync(unit, CancellationToken.None);
        }
    }
}
