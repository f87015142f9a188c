using PartyBot.Bot.Tests.Attendance;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>"bận" through the real host, on 30/11/2026 (the host's clock); M06, who follows CB1, sits on the DUK committee.</summary>
public sealed class UnavailableCommandTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await AttendanceHost.StartAsync();
        var store = bot.Host.Service<OrganizationStore>();
        var m06 = await store.FindMemberAsync("M06", CancellationToken.None);
        await store.SaveMemberAsync(m06! with { Committee = new CommitteeSeat("DUK") }, m06, CancellationToken.None);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private Task<IReadOnlyList<Unavailability>> PeriodsAsync(string memberId) =>
        bot.Host.Service<UnavailabilityStore>().ListForMemberAsync(memberId, CancellationToken.None);

    private string LastText() => bot.Channel.Calls.Last(c => c.Method == "POST").Body!.Value.GetProperty("text").GetString()!;

    [Fact]
    public async Task Ban_CommitteeMemberValidPeriod_StoredAndConfirmed()
    {
        await bot.SendAsync("bận 05/01/2027 09/01/2027 đi công tác tỉnh ngoài", Follower);

        Assert.Equal([new Unavailability("M06", new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 9), "đi công tác tỉnh ngoài")], await PeriodsAsync("M06"));
        Assert.StartsWith("Đã ghi nhận: đồng chí bận từ 05/01/2027 đến 09/01/2027 (đi công tác tỉnh ngoài).", LastText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bận 09/01/2027 05/01/2027", "Ngày kết thúc 05/01/2027 trước ngày bắt đầu 09/01/2027")]
    [InlineData("ban 01/11/2026 05/11/2026", "đã qua")]
    [InlineData("bận 01/12/2026 01/06/2027", "dài quá 92 ngày")]
    [InlineData("bận mai", "Đồng chí gõ: bận <từ ngày> <đến ngày> [lý do]")]
    public async Task Ban_BadPeriod_ExplainedNothingStored(string text, string expected)
    {
        await bot.SendAsync(text, Follower);

        Assert.Contains(expected, LastText(), StringComparison.Ordinal);
        Assert.Empty(await PeriodsAsync("M06"));
    }

    [Fact]
    public async Task Ban_NotACommitteeMember_RefusedNothingStored()
    {
        await bot.SendAsync("bận 05/01/2027 09/01/2027", Member1);

        Assert.Equal(UnavailabilityTexts.NotCommitteeMember, LastText());
        Assert.Empty(await PeriodsAsync("M02"));
    }
}
