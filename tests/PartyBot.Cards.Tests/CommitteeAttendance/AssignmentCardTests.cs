using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Cards.Tests.Meetings;
using PartyBot.Core.CommitteeAttendance;

namespace PartyBot.Cards.Tests.CommitteeAttendance;

/// <summary>The assigned committee member's card (sample data), for its tests and the gallery.</summary>
internal static class AssignmentSamples
{
    public static CommitteeAssignment Pending { get; } = new(
        new Quarter(2026, 4), MeetingSamples.UnitId, MeetingSamples.Regular.Id, "dv-201", AssignmentState.Pending, MeetingSamples.DecemberStart,
        "chi bộ chưa có cấp ủy dự trong quý; đồng chí phụ trách chi bộ", 1, MeetingSamples.DecemberStart.AddDays(-20));

    public static AssignmentView PendingView { get; } =
        new(MeetingSamples.UnitName, MeetingSamples.UnitPath, MeetingSamples.Regular, Pending, "Nguyễn Thị Hồng");

    public static AssignmentView ConfirmedView { get; } = PendingView with { Assignment = Pending with { State = AssignmentState.Confirmed } };

    public static AssignmentView DeclinedView { get; } = PendingView with
    {
        Assignment = Pending with { State = AssignmentState.Released, MemberId = null },
        Notice = AssignmentCardTexts.Declined("đi công tác tỉnh ngoài"),
    };
}

public sealed class AssignmentCardTests
{
    private static List<ExecuteAction> Buttons(AdaptiveCard card) => [.. (card.Actions ?? []).OfType<ExecuteAction>()];

    [Fact]
    public void Build_Pending_ConfirmAndDeclineCarryTheAssignmentIds()
    {
        var buttons = Buttons(AssignmentCard.Build(AssignmentSamples.PendingView));

        Assert.Equal([CommitteeAttendanceVerbs.Confirm, CommitteeAttendanceVerbs.Decline], buttons.Select(b => b.Verb));
        Assert.All(buttons, b => Assert.Equal(
            new Dictionary<string, string> { ["quarter"] = "2026Q4", ["unitId"] = MeetingSamples.UnitId, ["meetingId"] = "R-2026-12", ["round"] = "1" },
            b.Data));
        Assert.Equal([AssociatedInputs.None, AssociatedInputs.Auto], buttons.Select(b => b.AssociatedInputs));
    }

    [Fact]
    public void Build_ConfirmedOrReleased_NoButtonsAndTheOutcomeShown()
    {
        var confirmed = AssignmentCard.Build(AssignmentSamples.ConfirmedView);
        var declined = AssignmentCard.Build(AssignmentSamples.DeclinedView);

        Assert.Empty(Buttons(confirmed));
        Assert.Empty(Buttons(declined));
        Assert.Contains(AssignmentCardTexts.Confirmed, CardJson.ToJson(confirmed), StringComparison.Ordinal);
        Assert.Contains("đi công tác tỉnh ngoài", CardJson.ToJson(declined), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Pending_ShowsUnitTimeContactReasonAndAgenda()
    {
        var json = CardJson.ToJson(AssignmentCard.Build(AssignmentSamples.PendingView));

        foreach (var text in new[] { MeetingSamples.UnitName, "08:00–09:30, Thứ Ba 01/12/2026", "Nguyễn Thị Hồng (bí thư chi bộ)",
            "đồng chí phụ trách chi bộ", "Sơ kết công tác đảng quý IV năm 2026" })
        {
            Assert.Contains(text, json, StringComparison.Ordinal);
        }
    }
}
