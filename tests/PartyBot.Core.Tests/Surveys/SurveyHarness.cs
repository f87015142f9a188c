using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Core.Surveys;

namespace PartyBot.Core.Tests.Surveys;

/// <summary>
/// Fresh tables with chi bộ CB1 (under DU; members DV-0001… of <see cref="CreateAsync"/>'s count, all full members, plus an
/// exempt DV-EXEMPT) and CB2 (DV-OTHER); the survey of 2026-Q4 of CB1 open from the clock's start for 7 days.
/// </summary>
internal sealed class SurveyHarness
{
    public static readonly SurveyId Survey = new("CB1", new Quarter(2026, 4));

    private SurveyHarness(TestTables tables, SurveyOptions options, IReadOnlyList<Member> members)
    {
        Tables = tables;
        Options = options;
        Members = members;
        Store = new SurveyStore(tables.Store);
        Receipts = new BallotReceipts(Microsoft.Extensions.Options.Options.Create(options));
        Organization = new OrganizationStore(tables.Store);
        Voting = new SurveyVoting(Store, Receipts, Organization, Microsoft.Extensions.Options.Options.Create(options), tables.Time, NullLogger<SurveyVoting>.Instance);
    }

    public TestTables Tables { get; }
    public SurveyOptions Options { get; }
    public IReadOnlyList<Member> Members { get; }
    public SurveyStore Store { get; }
    public BallotReceipts Receipts { get; }
    public OrganizationStore Organization { get; }
    public SurveyVoting Voting { get; }

    public static Member Exempt { get; } = new("DV-EXEMPT", "Lê Văn Miễn", "CB1", MemberStatus.Exempt, new HashSet<UnitRole>(), "aad-exempt-4d1f", StatusSince: new DateOnly(2026, 1, 1));
    public static Member Other { get; } = new("DV-OTHER", "Đỗ Thị Khác", "CB2", MemberStatus.Full, new HashSet<UnitRole>(), "aad-other-9b2e");

    public static async Task<SurveyHarness> CreateAsync(int members = 5, SurveyOptions? options = null)
    {
        var tables = await TestTables.CreateAsync();
        var list = Enumerable.Range(1, members)
            .Select(i => new Member($"DV-{i:D4}", $"Nguyễn Văn Thứ{i}", "CB1", MemberStatus.Full, new HashSet<UnitRole>(), $"aad-{i:D4}-c0ffee"))
            .ToList();
        var harness = new SurveyHarness(tables, options ?? new SurveyOptions(), list);
        await harness.Organization.SaveUnitAsync(new Unit("DU", UnitKind.GrassrootsCommittee, "Đảng ủy", null), CancellationToken.None);
        await harness.Organization.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DU"), CancellationToken.None);
        await harness.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        foreach (var member in list.Append(Exempt).Append(Other))
        {
            await harness.Organization.SaveMemberAsync(member, null, CancellationToken.None);
        }
        var now = tables.Time.GetUtcNow();
        await harness.Store.OpenAsync(
            new Survey(Survey, SurveyStatus.Open, now, now.AddDays(7), [.. list.Select(m => harness.Receipts.Of(Survey, m.Id)).Order(StringComparer.Ordinal)]),
            CancellationToken.None);
        return harness;
    }

    /// <summary>A vote of CB1's 2026-Q4 survey with every criterion at <paramref name="rating"/> (as the card sends it).</summary>
    public static VoteRequest Vote(int rating, string? comment = null) =>
        new(Survey.UnitId, Survey.Quarter.ToString(), SurveyOptions.DefaultCriteria.ToDictionary(c => c.Id, _ => (string?)rating.ToString(System.Globalization.CultureInfo.InvariantCulture)), comment);

    public Task<VoteOutcome> VoteAsync(Member? voter, VoteRequest request) => Voting.VoteAsync(voter, request, CancellationToken.None);

    /// <summary>Every row of the survey tables, as stored.</summary>
    public async Task<IReadOnlyList<TableEntity>> AllRowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Tables.Store.Table(table).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }
        return rows;
    }

    public Task<IReadOnlyList<TableEntity>> BallotRowsAsync() => AllRowsAsync(TableNames.SurveyBallots);
}
