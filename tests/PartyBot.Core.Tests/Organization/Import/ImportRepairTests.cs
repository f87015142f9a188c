using Azure;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>
/// A re-run after a crash finds what the crash left half-written and completes it: each test builds one such state by
/// hand (PartyBot.Bot.Tests' ImportCrashTests kills a real import at random points).
/// </summary>
public sealed class ImportRepairTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ImportAsync_MemberRowWrittenButNotItsIndex_ReRunWritesTheIndex()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var index = harness.Tables.Store.Table(TableNames.MemberIndex);
        await index.DeleteEntityAsync("email", "an.nguyenvan@demo.test", ETag.All, None);
        await index.DeleteEntityAsync("aad", Csv.EntraId, ETag.All, None);
        await index.DeleteEntityAsync("id", "DV01", ETag.All, None);

        var report = await harness.ImportSampleAsync();

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUpdated: 1, MembersUnchanged: 7), report.Counts);
        Assert.Equal("DV01", (await harness.Store.FindByEmailAsync("an.nguyenvan@demo.test", None))?.Id);
        Assert.Equal("DV01", (await harness.Store.FindByAadObjectIdAsync(Csv.EntraId, None))?.Id);
        Assert.Equal("DV01", (await harness.Store.FindMemberAsync("DV01", None))?.Id);
        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUnchanged: 8), (await harness.ImportSampleAsync()).Counts);
    }

    [Fact]
    public async Task ImportAsync_MoveInterruptedBeforeTheOldRowWentAway_ReRunFinishesTheMove()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var moved = Csv.Members(Csv.Replace(Csv.SampleMembers, "DV06", "DV06,Vũ Thị Hạnh,TD1,chính thức,,,,hanh.vt@demo.test,,,"));
        // The crash: the new row written, the old one (in CB2) and the old e-mail's index row still there, the index not yet moved.
        await harness.Store.SaveMemberRowAsync((await harness.MemberAsync("DV06")) with { UnitId = "TD1", Email = "hanh.vt@demo.test" }, None);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), moved);

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUpdated: 1, MembersUnchanged: 7), report.Counts);
        Assert.Equal((5, 8), await harness.StoredCountsAsync());
        Assert.DoesNotContain(await harness.Store.MembersOfAsync("CB2", None), m => m.Id == "DV06");
        Assert.Equal("TD1", (await harness.Store.FindByEmailAsync("hanh.vt@demo.test", None))?.UnitId);
        Assert.Equal("TD1", (await harness.MemberAsync("DV06")).UnitId);
        Assert.False((await harness.Tables.Store.Table(TableNames.MemberIndex).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("email", "hanh.vuthi@demo.test")).HasValue);
    }

    [Fact]
    public async Task ImportAsync_IndexRowOfAGivenUpEmailLeftBehind_ReRunDeletesIt()
    {
        var harness = await ImportHarness.CreateAsync();
        var changed = Csv.Members(Csv.Replace(Csv.SampleMembers, "DV02", "DV02,Trần Thị Bình,CB1,chính thức,,,,binh.tt@so.gov.vn,,,"));
        await harness.ImportAsync(Csv.Units(Csv.SampleUnits), changed);
        var stale = new MemberIndexRow("email", "binh.tranthi@demo.test", "DV02", "CB1");
        await harness.Store.SaveIndexRowAsync(stale, None);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), changed);

        Assert.Equal(1, report.Counts.MembersUpdated);
        Assert.False((await harness.Tables.Store.Table(TableNames.MemberIndex).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(stale.Kind, stale.Key)).HasValue);
    }

    [Fact]
    public async Task ImportAsync_AbsentMemberWithoutItsIndex_ReRunWritesItAndKeepsTheMember()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        await harness.Tables.Store.Table(TableNames.MemberIndex).DeleteEntityAsync("email", "lan.buithi@demo.test", ETag.All, None);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(Csv.Without(Csv.SampleMembers, "DV08")));

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUnchanged: 7, MembersKeptAbsent: 1), report.Counts);
        Assert.Equal("DV08", (await harness.Store.FindByEmailAsync("lan.buithi@demo.test", None))?.Id);
    }
}
