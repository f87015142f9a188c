using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

/// <summary>An online meeting is reported to the upper committee: the committee members following the chi bộ and the office.</summary>
public sealed partial class MeetingCommandTests
{
    private const string OnlineLink = "https://teams.microsoft.com/l/meetup-join/abc";

    [Fact]
    public async Task Save_OnlineMeetingTwiceFromOneForm_IsReportedOnceToTheFollowerAndOnceToTheOffice()
    {
        await ApproveOnlineAsync(Cell1);
        await MakeReachableAsync(Follower, Administrator);
        var form = new Dictionary<string, string>(await NewFormSaveDataAsync()) { ["onlineLink"] = OnlineLink };

        await InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        await InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        await host.DeliverQueuedAsync();

        var reports = channel.Calls.Where(c => c.IsActivityPost() && c.Text()?.Contains("Báo cáo sinh hoạt trực tuyến", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, reports.Count);
        Assert.Single(reports, r => Uri.UnescapeDataString(r.Path).Contains(TestActivities.PersonalConversationId(Follower), StringComparison.Ordinal));
        Assert.Single(reports, r => Uri.UnescapeDataString(r.Path).Contains(TestActivities.PersonalConversationId(Administrator), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_OnlineMeetingOfCellNobodyFollows_IsReportedToTheOffice()
    {
        await ApproveOnlineAsync(Cell2);
        await MakeReachableAsync(Administrator);
        var form = new Dictionary<string, string>(ValidThematic(unitId: Cell2)) { ["preparers"] = "M05", ["onlineLink"] = OnlineLink };

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary2);
        await host.DeliverQueuedAsync();

        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, answer.CardText, StringComparison.Ordinal);
        var report = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains(TestActivities.PersonalConversationId(Administrator), Uri.UnescapeDataString(report.Path), StringComparison.Ordinal);
        Assert.Contains("Chi bộ Phòng Quản lý nhà", report.Text(), StringComparison.Ordinal);
    }

    private async Task ApproveOnlineAsync(string cellId)
    {
        var organization = host.Service<OrganizationStore>();
        var cell = await organization.FindUnitAsync(cellId, CancellationToken.None);
        await organization.SaveUnitAsync(cell! with { OnlineMeetingsApproved = true }, CancellationToken.None);
        host.Service<OrganizationDirectory>().Invalidate();
    }

    /// <summary>Each member writes to the bot once, so the bot has a 1:1 address for him or her.</summary>
    private async Task MakeReachableAsync(params string[] aadObjectIds)
    {
        foreach (var aad in aadObjectIds)
        {
            await host.PostAsync(TestActivities.Message("lịch", aad, ConversationTypes.Personal, channel.ServiceUrl));
        }
        channel.ResetCalls();
    }
}
