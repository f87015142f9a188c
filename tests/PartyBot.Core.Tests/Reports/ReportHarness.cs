using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;

namespace PartyBot.Core.Tests.Reports;

/// <summary>The report services on fresh tables in Azurite, at 23/11/2026 08:00 (Vietnam) unless told otherwise; units DU › CB1, CB2.</summary>
internal sealed class ReportHarness
{
    private ReportHarness(TestTables tables, ReportOptions options)
    {
        Tables = tables;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Calendar = new WorkingCalendar(new CalendarOverrideStore(tables.Store), Microsoft.Extensions.Options.Options.Create(new CalendarOptions()), tables.Time);
        Deadlines = new ReportDeadlines(Calendar);
        Reports = new ReportStore(tables.Store);
        Meetings = new MeetingStore(tables.Store);
        Organization = new OrganizationStore(tables.Store);
        Obligations = new ReportObligations(Reports, Deadlines, Meetings, Organization, wrapped, tables.Time);
        Desk = new ReportDesk(Reports, Deadlines, wrapped, tables.Time);
    }

    public TestTables Tables { get; }
    public WorkingCalendar Calendar { get; }
    public ReportDeadlines Deadlines { get; }
    public ReportStore Reports { get; }
    public MeetingStore Meetings { get; }
    public OrganizationStore Organization { get; }
    public ReportObligations Obligations { get; }
    public ReportDesk Desk { get; }

    public static async Task<ReportHarness> CreateAsync(DateTimeOffset? now = null, ReportOptions? options = null)
    {
        var tables = await TestTables.CreateAsync(now ?? TestTables.DefaultNow);
        var harness = new ReportHarness(tables, options ?? new ReportOptions());
        await harness.Organization.SaveUnitAsync(new Unit("DU", UnitKind.GrassrootsCommittee, "Đảng ủy Sở", null), CancellationToken.None);
        await harness.Organization.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DU"), CancellationToken.None);
        await harness.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        return harness;
    }

    /// <summary>A second instance on the same tables (another host).</summary>
    public ReportHarness Another() => new(Tables, new ReportOptions());

    public static DateTimeOffset At(int year, int month, int day, int hour = 8) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    public static ReportKind Kind(string id = "quy") => new ReportOptions().FindKind(id)!;
}
