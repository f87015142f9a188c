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

    /// <summary>The meeting moved: the card again, with the new time, still to be answered.</summary>
    public static AssignmentView MovedView { get; } = PendingView with { Moved = true };

    /// <summary>After the meeting's start: "Đã dự" / "Không dự được" with the note.</summary>
    public static AssignmentView RecordView { get; } = ConfirmedView with { Now = MeetingSamples.DecemberStart.AddHours(2) };

    public static AssignmentView AttendedView { get; } = RecordView with
    {
        Assignment = Pending with { State = AssignmentState.Attended, Note = "Chi bộ cần bám sát nghị quyết, phân công cụ thể từng việc." },
    };

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
    public void Build_ConfirmedOrReleased_NoAnswerButtonsAndTheOutcomeShown()
    {
        var confirmed = AssignmentCard.Build(AssignmentSamples.ConfirmedView);
        var declined = AssignmentCard.Build(AssignmentSamples.DeclinedView);

        Assert.Equal([CommitteeAttendanceVerbs.View], Buttons(confirmed).Select(b => b.Verb)); // "Làm mới", for after the start
        Assert.Empty(Buttons(declined));
        Assert.Contains(AssignmentCardTexts.Confirmed, CardJson.ToJson(confirmed), StringComparison.Ordinal);
        Assert.Contains("đi công tác tỉnh ngoài", CardJson.ToJson(declined), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AfterTheStart_RecordButtonsWithTheNoteInput_NoAnswerButtons()
    {
        var card = AssignmentCard.Build(AssignmentSamples.RecordView);
        var pendingAfterStart = AssignmentCard.Build(AssignmentSamples.PendingView with { Now = AssignmentSamples.RecordView.Now });

        Assert.Equal([CommitteeAttendanceVerbs.Attended, CommitteeAttendanceVerbs.Missed], Buttons(card).Select(b => b.Verb));
        Assert.Equal([CommitteeAttendanceVerbs.Attended, CommitteeAttendanceVerbs.Missed], Buttons(pendingAfterStart).Select(b => b.Verb));
        var json = CardJson.ToJson(card);
        Assert.Contains(CommitteeAttendanceVerbs.NoteInput, json, StringComparison.Ordinal);
        Assert.Contains($"\"maxLength\":{RotationLimits.RecordNoteMaxLength}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Attended_ShowsTheRecordAndTheNoteStillCorrectable()
    {
        var json = CardJson.ToJson(AssignmentCard.Build(AssignmentSamples.AttendedView));

        Assert.Contains(AssignmentCardTexts.RecordedAttended("Chi bộ cần bám sát nghị quyết, phân công cụ thể từng việc."), json, StringComparison.Ordinal);
        Assert.Contains(CommitteeAttendanceVerbs.Missed, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Moved_SaysTheNewTimeAndKeepsTheAnswerButtons()
    {
        var card = AssignmentCard.Build(AssignmentSamples.MovedView);

        Assert.Contains(AssignmentCardTexts.Moved("08:00–09:30, Thứ Ba 01/12/2026 (90 phút)"), CardJson.ToJson(card), StringComparison.Ordinal);
        Assert.Equal([CommitteeAttendanceVerbs.Confirm, CommitteeAttendanceVerbs.Decline], Buttons(card).Select(b => b.Verb));
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
