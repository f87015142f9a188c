using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>What an import writes: everything on a first import, only what changed later, nothing on any error.</summary>
public sealed class ImportWriteTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ImportAsync_SampleOrganization_StoresUnitsAndMembers()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportSampleAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Empty(report.Warnings);
        Assert.Equal(new ImportCounts(UnitsCreated: 5, MembersCreated: 8), report.Counts);
        var tree = await harness.Store.LoadTreeAsync(None);
        Assert.Equal(new Unit("CB2", UnitKind.Cell, "Chi bộ Trường THPT", "DUK", new MeetingSlot(3, new TimeOnly(16, 30)), null, true), tree.Find("CB2"));
        Assert.Equal(new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối các cơ quan tỉnh", null), tree.Find("DUK"));
        Assert.Equal("Tổ đảng Khoa học tự nhiên › Chi bộ Trường THPT › Đảng ủy Khối các cơ quan tỉnh", tree.PathOf("TD1"));

        var secretary = await harness.MemberAsync("DV01");
        Assert.Equal(("CB1", MemberStatus.Full, Csv.EntraId, new DateOnly(2010, 2, 1)), (secretary.UnitId, secretary.Status, secretary.AadObjectId, secretary.AdmittedOn));
        Assert.Equal([UnitRole.Secretary], secretary.Roles);
        Assert.Equal(["DB1", "CB2"], secretary.Follows);
        Assert.Equal([UnitRole.Secretary, UnitRole.CommitteeMember], (await harness.MemberAsync("DV05")).Roles.Order());
        Assert.Equal(["DUK"], (await harness.MemberAsync("DV04")).Administers);
        Assert.Equal((MemberStatus.Probationary, new DateOnly(2026, 3, 15)), ((await harness.MemberAsync("DV03")).Status, (await harness.MemberAsync("DV03")).AdmittedOn));
        Assert.Equal(new DateOnly(2027, 1, 1), (await harness.MemberAsync("DV08")).StatusSince);
        Assert.Equal("DV01", (await harness.Store.FindByEmailAsync("AN.NGUYENVAN@demo.test", None))?.Id);
        Assert.Equal("DV01", (await harness.Store.FindByAadObjectIdAsync(Csv.EntraId.ToUpperInvariant(), None))?.Id);
        Assert.Equal(["DV05", "DV06"], (await harness.Store.MembersOfAsync("CB2", None)).Select(m => m.Id).Order());
    }

    [Fact]
    public async Task ImportAsync_SameFilesAgain_WritesNothing()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        var again = await harness.ImportSampleAsync();

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUnchanged: 8), again.Counts);
        Assert.Equal(0, again.Counts.Written);
        Assert.Contains("Đơn vị: 0 mới, 0 cập nhật, 5 không đổi", again.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RenamedMember_UpdatesTheRowInPlace()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits),
            Csv.Members(Csv.Replace(Csv.SampleMembers, "DV02", "DV02,Trần Thị Thanh Bình,CB1,chính thức,,,,binh.tranthi@demo.test,,,")));

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUpdated: 1, MembersUnchanged: 7), report.Counts);
        Assert.Equal((5, 8), await harness.StoredCountsAsync());
        Assert.Equal("Trần Thị Thanh Bình", (await harness.MemberAsync("DV02")).FullName);
    }

    [Fact]
    public async Task ImportAsync_MemberMovedToAnotherUnit_MovesTheRowAndItsIndex()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits),
            Csv.Members(Csv.Replace(Csv.SampleMembers, "DV06", "DV06,Vũ Thị Hạnh,TD1,chính thức,,,,hanh.vuthi@demo.test,,,")));

        Assert.Equal(1, report.Counts.MembersUpdated);
        Assert.Equal((5, 8), await harness.StoredCountsAsync());
        Assert.DoesNotContain(await harness.Store.MembersOfAsync("CB2", None), m => m.Id == "DV06");
        Assert.Contains(await harness.Store.MembersOfAsync("TD1", None), m => m.Id == "DV06");
        Assert.Equal("TD1", (await harness.MemberAsync("DV06")).UnitId);
        Assert.Equal("TD1", (await harness.Store.FindByEmailAsync("hanh.vuthi@demo.test", None))?.UnitId);
    }

    [Fact]
    public async Task ImportAsync_EmailChanged_OldEmailFindsNobody()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        await harness.ImportAsync(Csv.Units(Csv.SampleUnits),
            Csv.Members(Csv.Replace(Csv.SampleMembers, "DV02", "DV02,Trần Thị Bình,CB1,chính thức,,,,binh.tt@so.gov.vn,,,")));

        Assert.Null(await harness.Store.FindByEmailAsync("binh.tranthi@demo.test", None));
        Assert.Equal("DV02", (await harness.Store.FindByEmailAsync("binh.tt@so.gov.vn", None))?.Id);
    }

    [Fact]
    public async Task ImportAsync_EmailsSwappedBetweenMembers_EachFoundByTheNewOne()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var swapped = Csv.Replace(Csv.Replace(Csv.SampleMembers,
            "DV02", "DV02,Trần Thị Bình,CB1,chính thức,,,,dung.phamthi@demo.test,,,"),
            "DV04", "DV04,Phạm Thị Dung,CB1,chính thức,,,,binh.tranthi@demo.test,,,DUK");

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(swapped));

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal("DV04", (await harness.Store.FindByEmailAsync("binh.tranthi@demo.test", None))?.Id);
        Assert.Equal("DV02", (await harness.Store.FindByEmailAsync("dung.phamthi@demo.test", None))?.Id);
    }

    [Fact]
    public async Task ImportAsync_MemberAbsentFromFile_KeptAndCounted()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(Csv.Without(Csv.SampleMembers, "DV06")));

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUnchanged: 7, MembersKeptAbsent: 1), report.Counts);
        Assert.Contains("1 không có trong tệp (giữ nguyên)", report.Summary, StringComparison.Ordinal);
        Assert.Equal("Vũ Thị Hạnh", (await harness.MemberAsync("DV06")).FullName);
    }

    [Fact]
    public async Task ImportAsync_UnitAbsentFromFile_KeptAndCounted()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportAsync(Csv.Units([.. Csv.SampleUnits, "DB9,Đảng bộ Sở Y tế,Đảng bộ cơ sở,DUK,,,,"]), Csv.Members(Csv.SampleMembers));

        var report = await harness.ImportSampleAsync();

        Assert.Equal(1, report.Counts.UnitsKeptAbsent);
        Assert.NotNull(await harness.Store.FindUnitAsync("DB9", None));
    }

    [Fact]
    public async Task ImportAsync_EntraIdLearnedByTheBot_KeptWhenTheColumnIsEmpty()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var before = await harness.MemberAsync("DV02");
        await harness.Store.SaveMemberAsync(before with { AadObjectId = "7d0e5c5e-0000-4000-8000-000000000002" }, before, None);

        var report = await harness.ImportSampleAsync();

        Assert.Equal(0, report.Counts.Written);
        Assert.Equal("DV02", (await harness.Store.FindByAadObjectIdAsync("7d0e5c5e-0000-4000-8000-000000000002", None))?.Id);
    }

    [Fact]
    public async Task ImportAsync_EntraIdInFile_ReplacesTheStoredOne()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        const string Other = "0b6f1c2d-1111-4222-8333-944455556666";

        await harness.ImportAsync(Csv.Units(Csv.SampleUnits),
            Csv.Members(Csv.Replace(Csv.SampleMembers, "DV01", $"DV01,Nguyễn Văn An,CB1,chính thức,,01/02/2010,bí thư,an.nguyenvan@demo.test,{Other},DB1;CB2,")));

        Assert.Null(await harness.Store.FindByAadObjectIdAsync(Csv.EntraId, None));
        Assert.Equal("DV01", (await harness.Store.FindByAadObjectIdAsync(Other, None))?.Id);
    }

    [Fact]
    public async Task ImportAsync_LinkedConversation_KeptThroughEdits()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        await harness.Store.LinkConversationAsync("CB1", "19:chibo1@thread.tacv2", None);

        var unchanged = await harness.ImportSampleAsync();
        var renamed = await harness.ImportAsync(
            Csv.Units(Csv.Replace(Csv.SampleUnits, "CB1", "CB1,Chi bộ Văn phòng Sở Xây dựng,Chi bộ,DB1,3,08:00,có,không")), Csv.Members(Csv.SampleMembers));

        Assert.Equal(0, unchanged.Counts.Written);
        Assert.Equal(1, renamed.Counts.UnitsUpdated);
        var unit = await harness.Store.FindUnitAsync("CB1", None);
        Assert.Equal(("Chi bộ Văn phòng Sở Xây dựng", 3, "19:chibo1@thread.tacv2"), (unit?.Name, unit?.Slot?.DayOfMonth, unit?.ConversationId));
    }

    [Fact]
    public async Task ImportAsync_IdsInAnotherCase_UpdateTheStoredRows()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        string Lower(string line) => string.Join(',', line.Split(',').Select((v, i) => i == 0 ? v.ToLowerInvariant() : v));

        var report = await harness.ImportAsync(
            Csv.Units(Csv.SampleUnits.Select(Lower).Select(l => l.Replace(",DUK,", ",duk,", StringComparison.Ordinal))),
            Csv.Members(Csv.SampleMembers.Select(Lower).Select(l => l.Replace(",CB1,", ",cb1,", StringComparison.Ordinal))));

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(0, report.Counts.Written);
        Assert.Equal((5, 8), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_OneBadLine_WritesNothing()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, "DV09,Ngô Văn Long,CB1,hưu trí,,,,,,,"]));

        Assert.Single(report.Errors);
        Assert.Equal(ImportCounts.None, report.Counts);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_EditWithOneBadLine_LeavesStoredDataAsItWas()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var edited = Csv.Replace(Csv.SampleMembers, "DV02", "DV02,Trần Thị Thanh Bình,CB2,chính thức,,,,binh.tt@so.gov.vn,,,");

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. edited, "DV09,Ngô Văn Long,NOPE,chính thức,,,,,,,"]));

        Assert.False(report.Succeeded);
        var member = await harness.MemberAsync("DV02");
        Assert.Equal(("Trần Thị Bình", "CB1", "binh.tranthi@demo.test"), (member.FullName, member.UnitId, member.Email));
    }

    [Fact]
    public async Task ImportAsync_EmailOfAMemberKeptInStorage_Rejected()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(
            Csv.Replace(Csv.Without(Csv.SampleMembers, "DV06"), "DV07", "DV07,Đặng Văn Khoa,TD1,chính thức,,,,hanh.vuthi@demo.test,,,")));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("members.csv", 7, "Email"), (error.File, error.Line, error.Column));
        Assert.Contains("đảng viên DV06", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_EntraIdLearnedForAnotherMember_Rejected()
    {
        var harness = await ImportHarness.CreateAsync();
        await harness.ImportSampleAsync();
        var learned = await harness.MemberAsync("DV02");
        await harness.Store.SaveMemberAsync(learned with { AadObjectId = "7d0e5c5e-0000-4000-8000-000000000002" }, learned, None);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(
            Csv.Replace(Csv.SampleMembers, "DV06", "DV06,Vũ Thị Hạnh,CB2,chính thức,,,,hanh.vuthi@demo.test,7d0e5c5e-0000-4000-8000-000000000002,,")));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("members.csv", 7, "Entra Object Id"), (error.File, error.Line, error.Column));
    }
}
