using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Bot.Cli;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Cli;

/// <summary>The verb committee-report end to end: the bot's configuration, Azurite, the CSV file, exit codes.</summary>
public sealed class ComplianceReportVerbTests : CliVerbRun
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"partybot-report-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task CommitteeReport_Quarter_WritesTheCsvWithBomForTheWholeOrganisation()
    {
        var storage = await StoreAsync();
        var organization = new OrganizationStore(storage);
        await organization.SaveUnitAsync(new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null), CancellationToken.None);
        await organization.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ Văn phòng", "DUK", MeetingSlot.Default), CancellationToken.None);
        await organization.SaveMemberAsync(new Member("M01", "Vũ Thị Lan", "CB9", MemberStatus.Full, new HashSet<UnitRole>(), Committee: new CommitteeSeat("DUK")), null, CancellationToken.None);

        var exit = await RunAsync("committee-report", "4/2026", file);

        Assert.Equal(CliVerbs.Success, exit);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("CB1,Chi bộ Văn phòng,Đảng ủy Khối,chưa có cuộc họp trong quý,0,1", csv, StringComparison.Ordinal);
        Assert.Contains("M01,Vũ Thị Lan,cấp ủy viên,0,1,không,0,0,0,0", csv, StringComparison.Ordinal);
        Assert.Contains("1/1 chi bộ chưa có cấp ủy viên dự", Output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("committee-report")]
    [InlineData("committee-report", "4/2026")]
    [InlineData("committee-report", "5/2026", "x.csv")]
    [InlineData("committee-report", "4/2026", "x.csv", "thừa")]
    public async Task CommitteeReport_BadArguments_ExitsTwoWithUsage(params string[] args)
    {
        var exit = await RunAsync(args);

        Assert.Equal(CliVerbs.UsageError, exit);
        Assert.Contains("Cách dùng:", Error.ToString(), StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            File.Delete(file);
        }
        base.Dispose(disposing);
    }
}
