using System.Diagnostics;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>The demo organisation shipped in infra/local/demo, and a real-sized (2,000-member) organisation.</summary>
public sealed class DemoAndScaleTests(ITestOutputHelper output)
{
    private static readonly string DemoFolder = Path.Combine(RepoPaths.Root, "infra", "local", "demo");

    [Fact]
    public async Task ImportAsync_DemoFolder_ImportsWithoutErrorsOrWarnings()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.Importer.ImportAsync(DemoFolder, CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Empty(report.Warnings);
        Assert.Equal(new ImportCounts(UnitsCreated: 16, MembersCreated: 150), report.Counts);
        var tree = await harness.Store.LoadTreeAsync(CancellationToken.None);
        Assert.Equal(
            [(UnitKind.UpperCommittee, 1), (UnitKind.GrassrootsCommittee, 3), (UnitKind.Cell, 10), (UnitKind.Group, 2)],
            tree.Units.CountBy(u => u.Kind).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
        var members = await harness.Store.AllMembersAsync(CancellationToken.None);
        Assert.Equal(6, members.Count(m => m.Follows.Count > 0));
        Assert.All(members.Where(m => m.Follows.Count > 0), m => Assert.InRange(m.Follows.Count, 1, 3));
        Assert.All(members.Where(m => m.Follows.Count > 0), m => Assert.DoesNotContain(m.UnitId, m.Follows));
        Assert.Equal(2, members.Count(m => m.Administers.SequenceEqual(["DUK"])));
        Assert.Equal(6, members.Count(m => m.Committee is { UnitId: "DUK" }));
        Assert.Equal(["DV005"], members.Where(m => m.Committee?.Rank == CommitteeRank.Provincial).Select(m => m.Id));
        Assert.Equal([MemberStatus.Full, MemberStatus.Probationary, MemberStatus.Exempt, MemberStatus.Suspended, MemberStatus.TemporarilyTransferred],
            members.Select(m => m.Status).Distinct().Order());
    }

    [Fact]
    public async Task ImportAsync_DemoFolder_PlaygroundUserIsTheSecretaryOfVp01()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync(DemoFolder, CancellationToken.None);

        var member = await harness.Store.FindByAadObjectIdAsync("00000000-0000-0000-0000-000000000020", CancellationToken.None);

        Assert.Equal(("Nguyễn Văn An", "CB-VP01"), (member?.FullName, member?.UnitId));
        Assert.True(member?.HasRole(UnitRole.Secretary));
    }

    [Fact]
    public async Task ImportAsync_DemoFolderTwice_SecondChangesNothing()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync(DemoFolder, CancellationToken.None);

        var again = await harness.Importer.ImportAsync(DemoFolder, CancellationToken.None);

        Assert.Equal(new ImportCounts(UnitsUnchanged: 16, MembersUnchanged: 150), again.Counts);
    }

    [Fact]
    public async Task ImportAsync_TwoThousandMembers_ImportsAllThenNothingOnRepeat()
    {
        var harness = await ImportHarness.CreateAsync();
        var (units, members) = GeneratedOrganization.Create(grassroots: 10, cellsEach: 10, membersEach: 20);

        var first = Stopwatch.StartNew();
        var report = await harness.ImportAsync(units, members);
        first.Stop();
        var second = Stopwatch.StartNew();
        var again = await harness.ImportAsync(units, members);
        second.Stop();

        output.WriteLine($"2,000 members, 111 units: first import {first.ElapsedMilliseconds} ms, repeat {second.ElapsedMilliseconds} ms");
        Assert.True(report.Succeeded, string.Join('\n', report.Lines().Take(20)));
        Assert.Empty(report.Warnings);
        Assert.Equal(new ImportCounts(UnitsCreated: 111, MembersCreated: 2000), report.Counts);
        Assert.Equal(new ImportCounts(UnitsUnchanged: 111, MembersUnchanged: 2000), again.Counts);
        Assert.Equal((111, 2000), await harness.StoredCountsAsync());
        Assert.Equal("DV1999", (await harness.Store.FindByEmailAsync("dv1999@demo.test", CancellationToken.None))?.Id);
    }
}
