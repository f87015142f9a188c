using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Jobs.Tests.Meetings;

namespace PartyBot.Jobs.Tests.CommitteeAttendance;

/// <summary>
/// The assignment scanner on Azurite, on the notice rig (23/11/2026 08:00) with chi bộ CB2, CB3, CB4 under DU, two
/// committee members of DU living in CB1 (C1, C2) and the office O1 (administers DU, has a personal chat).
/// </summary>
public sealed class AttendeeAssignerTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    private static DateTimeOffset At(int month, int day, int hour = 8) => RegularSlotRule.ToUtc(new DateOnly(2026, month, day), new TimeOnly(hour, 0));

    private static async Task<NoticeRig> RigAsync()
    {
        var rig = await NoticeRig.CreateAsync();
        foreach (var cell in new[] { "CB2", "CB3", "CB4" })
        {
            await rig.Organization.SaveUnitAsync(new Unit(cell, UnitKind.Cell, "Chi bộ " + cell[2..], "DU"), CancellationToken.None);
        }
        await rig.Organization.SaveMemberAsync(Committee("C1", "Hoàng Minh Đức"), null, CancellationToken.None);
        await rig.Organization.SaveMemberAsync(Committee("C2", "Vũ Thị Hạnh"), null, CancellationToken.None);
        await rig.Organization.SaveMemberAsync(
            new Member("O1", "Lê Thị Thu", NoticeRig.UnitId, MemberStatus.Full, new HashSet<UnitRole>(), "aad-o1", AdministeredUnitIds: ["DU"]),
            null, CancellationToken.None);
        await rig.AddUserAsync("aad-o1", "29:user-o1", "a:personal-o1");
        await rig.AddMeetingAsync("R-2026-12", At(12, 1), unitId: "CB2");
        await rig.AddMeetingAsync("R-2026-12", At(12, 1), unitId: "CB3");
        await rig.AddMeetingAsync("R-2026-12", At(12, 28), unitId: "CB4"); // beyond the 28 days: planned, not stored
        return rig;
    }

    private static Member Committee(string id, string name) =>
        new(id, name, NoticeRig.UnitId, MemberStatus.Full, new HashSet<UnitRole>(), "aad-" + id.ToLowerInvariant(), Committee: new CommitteeSeat("DU"));

    private static async Task<IReadOnlyList<CommitteeAssignment>> RowsAsync(NoticeRig rig) =>
        [.. (await rig.Services.GetRequiredService<AssignmentStore>().ListQuarterAsync(Q4, CancellationToken.None)).OrderBy(r => r.UnitId, StringComparer.Ordinal)];

    [Fact]
    public async Task Assign_FourRunsAtOnce_OneAssignmentPerMeetingWithinTheComingWeeks()
    {
        await using var rig = await RigAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None)));

        var rows = await RowsAsync(rig);
        Assert.Equal([("CB2", "C1"), ("CB3", "C2")], rows.Select(r => (r.UnitId, r.MemberId!)));
        Assert.All(rows, r => Assert.Equal((AssignmentState.Pending, 1), (r.State, r.Round)));
        Assert.All(rows, r => Assert.StartsWith(RotationTexts.CellNotVisited, r.Reason, StringComparison.Ordinal));
        Assert.Equal(2, runs.Sum(r => r.Assigned));
    }

    [Fact]
    public async Task Assign_RunAgain_ChangesNothing()
    {
        await using var rig = await RigAsync();
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        var before = await RowsAsync(rig);

        var again = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0, 0), (again.Assigned, again.Released, again.Rechecked, again.Lost));
        Assert.Equal(before.Select(r => r.ETag), (await RowsAsync(rig)).Select(r => r.ETag));
    }

    [Fact]
    public async Task Assign_MeetingCancelled_AssignmentReleasedWithReason()
    {
        await using var rig = await RigAsync();
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { Status = MeetingStatus.Cancelled }, CancellationToken.None);

        var run = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        var row = (await RowsAsync(rig))[0];
        Assert.Equal(1, run.Released);
        Assert.Equal(("CB2", null, AssignmentState.Released, "cuộc họp đã hủy"), (row.UnitId, row.MemberId, row.State, row.Reason));
    }

    [Fact]
    public async Task Assign_ConfirmedMeetingCancelled_ReleasedAndNoLongerTheMeetingsAttendee()
    {
        await using var rig = await RigAsync();
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        var c1 = await rig.Organization.FindMemberAsync("C1", CancellationToken.None);
        await rig.Services.GetRequiredService<AssignmentAnswers>().ConfirmAsync(Q4, "CB2", "R-2026-12", 1, c1!, CancellationToken.None);
        Assert.Equal("C1", (await rig.Meetings.GetAsync("CB2", "R-2026-12", CancellationToken.None))!.UpperAttendeeMemberId);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { Status = MeetingStatus.Cancelled }, CancellationToken.None);

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        Assert.Equal(AssignmentState.Released, (await RowsAsync(rig))[0].State);
        Assert.Null((await rig.Meetings.GetAsync("CB2", "R-2026-12", CancellationToken.None))!.UpperAttendeeMemberId);
    }

    [Fact]
    public async Task Assign_MeetingMovedAndStillFree_KeptWithNewStart()
    {
        await using var rig = await RigAsync();
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { StartsAt = At(12, 2) }, CancellationToken.None);

        var run = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        var row = (await RowsAsync(rig))[0];
        Assert.Equal((1, 0), (run.Rechecked, run.Assigned));
        Assert.Equal(("C1", At(12, 2)), (row.MemberId, row.StartsAt));
    }

    [Fact]
    public async Task Assign_MeetingMovedWithPendingAttendee_ToldOnceForEachNewTimeAndCanStillAnswer()
    {
        await using var rig = await RigAsync();
        await rig.AddUserAsync("aad-c1", "29:user-c1", "a:personal-c1");
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { StartsAt = At(12, 2, 14) }, CancellationToken.None);

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { StartsAt = At(12, 3, 14) }, CancellationToken.None);
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        var posts = rig.Posts("a:personal-c1");
        Assert.Equal(3, posts.Count);
        var moved = Strings(posts[1].Body!.Value);
        Assert.Contains(moved, t => t.StartsWith("Chi bộ đã đổi thời gian buổi họp: nay là 14:00", StringComparison.Ordinal) && t.Contains("02/12/2026", StringComparison.Ordinal)
            && t.EndsWith("Phân công của đồng chí vẫn giữ nguyên.", StringComparison.Ordinal));
        Assert.Contains(CommitteeAttendanceVerbs.Confirm, moved);
        Assert.Contains(Strings(posts[2].Body!.Value), t => t.Contains("03/12/2026", StringComparison.Ordinal));
        Assert.Equal(("C1", At(12, 3, 14)), ((await RowsAsync(rig))[0].MemberId, (await RowsAsync(rig))[0].StartsAt));
    }

    [Fact]
    public async Task Assign_MeetingMovedOntoTheAttendeesDeclaredAbsence_ToldTheAssignmentGoesToSomeoneElse()
    {
        await using var rig = await RigAsync();
        await rig.AddUserAsync("aad-c1", "29:user-c1", "a:personal-c1");
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();
        await rig.Services.GetRequiredService<UnavailabilityStore>().SaveAsync(
            new Unavailability("C1", new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 5), "Đi công tác"), CancellationToken.None);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { StartsAt = At(12, 4, 14) }, CancellationToken.None);

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        var posts = rig.Posts("a:personal-c1");
        Assert.Equal(2, posts.Count);
        var moved = Strings(posts[1].Body!.Value);
        Assert.Contains(moved, t => t.StartsWith("Chi bộ đã đổi thời gian buổi họp: nay là 14:00", StringComparison.Ordinal)
            && t.Contains("PartyBot sẽ phân công đồng chí khác", StringComparison.Ordinal));
        Assert.DoesNotContain(CommitteeAttendanceVerbs.Confirm, moved);
    }

    [Fact]
    public async Task Assign_ConfirmedAttendeeReleasedFromAnnouncedMeeting_AgendaCardUpdatedWithoutHim()
    {
        await using var rig = await RigAsync();
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        var c1 = await rig.Organization.FindMemberAsync("C1", CancellationToken.None);
        await rig.Services.GetRequiredService<AssignmentAnswers>().ConfirmAsync(Q4, "CB2", "R-2026-12", 1, c1!, CancellationToken.None);
        await rig.Conversations.SaveConversationAsync(new PartyBot.Core.Conversations.ConversationAddress(
            "19:cb2@thread.v2", PartyBot.BotFramework.Schema.ConversationTypes.GroupChat, rig.Channel.ServiceUrl, "msteams", NoticeRig.BotId, "PartyBot",
            NoticeRig.TenantId, null, null), CancellationToken.None);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with
        {
            Status = MeetingStatus.Announced, CardConversationId = "19:cb2@thread.v2", CardActivityId = "agenda-cb2",
        }, CancellationToken.None);
        await rig.Services.GetRequiredService<UnavailabilityStore>().SaveAsync(
            new Unavailability("C1", new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 4)), CancellationToken.None);
        await rig.Meetings.UpdateAsync("CB2", "R-2026-12", m => m with { StartsAt = At(12, 4, 14) }, CancellationToken.None);

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Null((await rig.Meetings.GetAsync("CB2", "R-2026-12", CancellationToken.None))!.UpperAttendeeMemberId);
        var put = Assert.Single(rig.Channel.Calls, c => c.Method == "PUT");
        Assert.EndsWith("/activities/agenda-cb2", put.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Minh Đức", Strings(put.Body!.Value), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Assign_RuleCannotBeKept_OfficeToldOnceThroughOutbox()
    {
        await using var rig = await RigAsync();

        var run = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        // CB1 is the home of both committee members: nobody may be sent there.
        Assert.Contains(run.Breaches, b => b is { Rule: BrokenRule.CellNotVisited, UnitId: NoticeRig.UnitId });
        var post = Assert.Single(rig.Posts("a:personal-o1"));
        var text = post.Body!.Value.GetProperty("text").GetString();
        Assert.StartsWith("Phân công cấp ủy viên dự sinh hoạt chi bộ quý 4/2026: ", text, StringComparison.Ordinal);
        Assert.Contains(RotationTexts.NoOneEligible("Chi bộ 1"), text, StringComparison.Ordinal);
        Assert.Single(rig.AllActivityPosts());
    }

    [Fact]
    public async Task Assign_ChosenMember_GetsAssignmentCardOnceThroughOutbox()
    {
        await using var rig = await RigAsync();
        await rig.AddUserAsync("aad-c1", "29:user-c1", "a:personal-c1");
        await rig.Organization.SaveMemberAsync(
            new Member("S2", "Trịnh Văn Sơn", "CB2", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.Secretary }), null, CancellationToken.None);

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        var card = Strings(Assert.Single(rig.Posts("a:personal-c1")).Body!.Value.GetProperty("attachments")[0].GetProperty("content"));
        Assert.Contains("Phân công dự sinh hoạt chi bộ", card);
        Assert.Contains("Chi bộ 2", card);
        Assert.Contains("Trịnh Văn Sơn (bí thư chi bộ)", card);
        Assert.Contains(CommitteeAttendanceVerbs.Confirm, card);
        Assert.Contains(CommitteeAttendanceVerbs.Decline, card);
    }

    [Fact]
    public async Task Assign_AChoiceStoredButItsCardNeverQueued_TheNextRunsQueueItOnce()
    {
        await using var rig = await RigAsync();
        await rig.AddUserAsync("aad-c1", "29:user-c1", "a:personal-c1");
        // A run stored C1's choice for CB2, then its host died before the card went to the outbox.
        var stored = new CommitteeAssignment(Q4, "CB2", "R-2026-12", "C1", AssignmentState.Pending, At(12, 1), RotationTexts.CellNotVisited, 1, NoticeRig.Now);
        Assert.True(await rig.Services.GetRequiredService<AssignmentStore>().TryAddAsync(stored, CancellationToken.None));

        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.NotNull(await rig.Outbox.FindAsync(AssignmentNotifier.KeyOf(stored), CancellationToken.None));
        var card = Strings(Assert.Single(rig.Posts("a:personal-c1")).Body!.Value.GetProperty("attachments")[0].GetProperty("content"));
        Assert.Contains("Chi bộ 2", card);
        Assert.Contains(CommitteeAttendanceVerbs.Confirm, card);
        Assert.Equal(("C1", AssignmentState.Pending, 1), (await RowsAsync(rig)).Select(r => (r.MemberId!, r.State, r.Round)).First());
    }

    [Fact]
    public async Task Decline_ThenAssign_NextMemberChosenAndToldWithNewRound_DeclinerNotChosenAgain()
    {
        await using var rig = await RigAsync();
        await rig.Meetings.UpdateAsync("CB3", "R-2026-12", m => m with { StartsAt = At(12, 1, 14) }, CancellationToken.None);
        await rig.AddUserAsync("aad-c1", "29:user-c1", "a:personal-c1");
        await rig.AddUserAsync("aad-c2", "29:user-c2", "a:personal-c2");
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();
        var c1 = await rig.Organization.FindMemberAsync("C1", CancellationToken.None);

        var declined = await rig.Services.GetRequiredService<AssignmentAnswers>()
            .DeclineAsync(Q4, "CB2", "R-2026-12", 1, c1!, "Đi công tác", CancellationToken.None);
        var run = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal(AnswerOutcome.Declined, declined.Outcome);
        Assert.Equal(1, run.Assigned);
        var row = (await RowsAsync(rig))[0];
        Assert.Equal(("CB2", "C2", 2, AssignmentState.Pending), (row.UnitId, row.MemberId, row.Round, row.State));
        Assert.Equal(["C1"], row.Decliners);
        Assert.Single(rig.Posts("a:personal-c1"));
        Assert.Equal(2, rig.Posts("a:personal-c2").Count);
        Assert.Contains(rig.Posts("a:personal-c2"), p => Strings(p.Body!.Value).Contains("Chi bộ 2"));
    }

    [Fact]
    public async Task Assign_NoAnswerWithinAnswerDays_NextMemberChosenAndToldOnMovedClock()
    {
        await using var rig = await RigAsync();
        await rig.Meetings.UpdateAsync("CB3", "R-2026-12", m => m with { StartsAt = At(12, 1, 14) }, CancellationToken.None);
        await rig.AddUserAsync("aad-c2", "29:user-c2", "a:personal-c2");
        await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromDays(1));
        var early = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        rig.Time.Advance(TimeSpan.FromDays(1));
        var late = await rig.Scoped<AttendeeAssigner>().AssignAsync(CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Equal((0, 0), (early.Released, early.Assigned));
        Assert.Equal((2, 2), (late.Released, late.Assigned)); // neither C1 (CB2) nor C2 (CB3) answered: each goes to the other
        var rows = await RowsAsync(rig);
        Assert.Equal([("CB2", "C2", 2, "C1"), ("CB3", "C1", 2, "C2")], rows.Select(r => (r.UnitId, r.MemberId, r.Round, string.Join(',', r.Decliners))));
        Assert.Equal(2, rig.Posts("a:personal-c2").Count);
    }

    /// <summary>Every string value in a JSON tree (card texts, verbs, data).</summary>
    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Strings(p.Value))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(Strings)],
        _ => [],
    };
}
