using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Cards.Tests.Meetings;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Tests.CommitteeAttendance;

/// <summary>Sample data of "lịch dự họp", "tình hình dự sinh hoạt" and "lịch bận", for their tests and the gallery.</summary>
internal static class CommitteeViewSamples
{
    private static readonly Quarter Q4 = new(2026, 4);
    public static DateTimeOffset Now { get; } = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static MyAssignment Item(string unit, Meeting meeting, MyAssignmentState state, AssignmentState stored, int round = 1) =>
        new(new CommitteeAssignment(Q4, unit, meeting.Id, "dv-201", stored, meeting.StartsAt, "", round, Now), meeting with { UnitId = unit }, state);

    public static IReadOnlyList<MyAssignment> Mine { get; } =
    [
        Item("CB-TC", MeetingSamples.Regular with { Id = "R-2026-10", StartsAt = new DateTimeOffset(2026, 10, 6, 1, 0, 0, TimeSpan.Zero) }, MyAssignmentState.Held, AssignmentState.Confirmed),
        Item("CB-KH", MeetingSamples.Regular with { Id = "R-2026-11", StartsAt = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero) }, MyAssignmentState.Declined, AssignmentState.Released, 2),
        Item(MeetingSamples.UnitId, MeetingSamples.Regular, MyAssignmentState.Pending, AssignmentState.Pending),
        Item("CB-TC", MeetingSamples.Thematic, MyAssignmentState.Confirmed, AssignmentState.Confirmed),
    ];

    public static Dictionary<string, string> UnitNames { get; } = new()
    {
        [MeetingSamples.UnitId] = MeetingSamples.UnitName,
        ["CB-TC"] = "Chi bộ Phòng Tài chính",
        ["CB-KH"] = "Chi bộ Phòng Kế hoạch",
    };

    public static MyAssignmentsView MineView { get; } = new("Trần Quốc Khánh", Q4, Now, Mine, UnitNames);

    public static MyAssignmentsView EmptyMine { get; } = MineView with { Assignments = [] };

    public static ComplianceReport Report { get; } = new(Q4, 12,
    [
        new("CB-KT", "Chi bộ Phòng Kinh tế", "Đảng bộ Sở Xây dựng › Đảng ủy Khối", CoverageGap.NoMeeting, 0, 1),
        new("CB-QH", "Chi bộ Phòng Quy hoạch", "Đảng bộ Sở Xây dựng › Đảng ủy Khối", CoverageGap.NotAssigned, 0, 1),
        new("CB-KH", "Chi bộ Phòng Kế hoạch", "Đảng bộ Sở Xây dựng › Đảng ủy Khối", CoverageGap.Declined, 0, 1),
        new(MeetingSamples.UnitId, MeetingSamples.UnitName, "Đảng bộ Sở Xây dựng › Đảng ủy Khối", CoverageGap.AwaitingAnswer, 0, 1),
    ],
    [
        new("dv-202", "Lê Văn Tâm", CommitteeRank.Member, 0, 1, 0, 1, 2, 0, AwaitingRecord: 1),
        new("dv-201", "Trần Quốc Khánh", CommitteeRank.Member, 1, 1, 1, 1, 1, 0),
        new("dv-203", "Phạm Thị Dung", CommitteeRank.Provincial, 1, 0, 0, 0, 0, 0),
    ]);

    public static ComplianceView OfficeView { get; } = new(Report, "Đảng ủy Khối các cơ quan tỉnh", ShowCsvHint: true, CsvUrl: new Uri("https://partybot.example/downloads/sample"));

    public static UnavailabilityListView Busy { get; } = new(
    [
        new("dv-201", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), "đi công tác tỉnh ngoài"),
        new("dv-201", new DateOnly(2027, 1, 18), new DateOnly(2027, 1, 22)),
    ]);

    public static UnavailabilityListView BusyRemoved { get; } = Busy with
    {
        Periods = [Busy.Periods[1]],
        Notice = CommitteeViewTexts.Removed(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11)),
    };
}

public sealed class CommitteeViewCardTests
{
    private static List<ExecuteAction> Buttons(AdaptiveCard card) => [.. Inspect(card).OfType<ExecuteAction>()];

    private static IEnumerable<object> Inspect(object node) => node switch
    {
        AdaptiveCard c => c.Body.SelectMany(Inspect).Concat((c.Actions ?? []).SelectMany(Inspect)),
        Container c => c.Items.SelectMany(Inspect).Prepend(c),
        ColumnSet s => s.Columns.SelectMany(col => col.Items ?? []).SelectMany(Inspect).Prepend(s),
        ActionSet a => a.Actions.Cast<object>().Prepend(a),
        _ => [node],
    };

    [Fact]
    public void Mine_PendingOnly_HasTheAssignmentCardsButtonsWithItsIdsAndOneReasonInput()
    {
        var card = MyAssignmentsCard.Build(CommitteeViewSamples.MineView);

        var buttons = Buttons(card);
        Assert.Equal([CommitteeAttendanceVerbs.Confirm, CommitteeAttendanceVerbs.Decline], buttons.Select(b => b.Verb));
        Assert.All(buttons, b => Assert.Equal(
            new Dictionary<string, string> { ["quarter"] = "2026Q4", ["unitId"] = MeetingSamples.UnitId, ["meetingId"] = "R-2026-12", ["round"] = "1" }, b.Data));
        Assert.Single(Inspect(card).OfType<TextInput>(), i => i.Id == CommitteeAttendanceVerbs.ReasonInput);
        var json = CardJson.ToJson(card);
        foreach (var text in new[] { "chờ xác nhận", "đã xác nhận", "đã xác nhận, cuộc họp đã diễn ra", "đã từ chối (hoặc quá hạn trả lời)", "Chi bộ Phòng Tài chính", "08:00–09:30, Thứ Ba 01/12/2026" })
        {
            Assert.Contains(text, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mine_PendingMeetingAlreadyStarted_NoButtonsNoInput()
    {
        var card = MyAssignmentsCard.Build(CommitteeViewSamples.MineView with { Now = MeetingSamples.DecemberStart.AddMinutes(5) });

        Assert.Empty(Buttons(card));
        Assert.Empty(Inspect(card).OfType<TextInput>());
    }

    [Fact]
    public void Mine_ManyAssignments_PagedWithTheMinePageVerb()
    {
        var many = Enumerable.Range(0, 25).Select(_ => CommitteeViewSamples.Mine[0]).ToList();

        var card = MyAssignmentsCard.Build(CommitteeViewSamples.MineView with { Assignments = many, Page = 1 });

        var pages = Buttons(card).Where(b => b.Verb == CommitteeAttendanceVerbs.MinePage).ToList();
        Assert.Equal([("Trang trước", "0"), ("Trang sau", "2")], pages.Select(p => (p.Title, p.Data!["page"])));
        Assert.Contains("Trang 2/3", CardJson.ToJson(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_TwoThousandCellsThreeHundredMembersLongNames_CutWithAndMoreUnderTheLimit()
    {
        var name = new string('Ư', 120);
        var report = new ComplianceReport(new Quarter(2026, 4), 2000,
            [.. Enumerable.Range(0, 2000).Select(i => new UncoveredCell($"CB-{i:D4}", name, name, CoverageGap.Declined, 0, 1))],
            [.. Enumerable.Range(0, 300).Select(i => new MemberCompliance($"DV{i:D3}", name, CommitteeRank.Member, 0, 2, 0, 0, 0, 0))]);

        var card = ComplianceCard.Build(new ComplianceView(report, name, true));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        var json = CardJson.ToJson(card);
        Assert.Matches(@"… và [\d.]+ chi bộ khác", json);
        Assert.Contains("… và 260 cấp ủy viên khác", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_Sample_LabelsEachGapRatioAndWhatAwaitsARecord()
    {
        var json = CardJson.ToJson(ComplianceCard.Build(CommitteeViewSamples.OfficeView));

        foreach (var text in new[] { "chưa có cuộc họp trong quý", "chưa phân công", "đã phân công nhưng bị từ chối (hoặc quá hạn trả lời), chưa cử người khác",
            "đã phân công, chưa xác nhận", "0/1", "committee-report 2026Q4", "1 lượt chưa ghi nhận" })
        {
            Assert.Contains(text, json, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("committee-report", CardJson.ToJson(ComplianceCard.Build(CommitteeViewSamples.OfficeView with { ShowCsvHint = false })), StringComparison.Ordinal);
    }

    [Fact]
    public void Busy_EachPeriodHasARemoveButtonWithItsDates()
    {
        var buttons = Buttons(UnavailabilityListCard.Build(CommitteeViewSamples.Busy));

        Assert.Equal(
            [("2026-12-07", "2026-12-11"), ("2027-01-18", "2027-01-22")],
            buttons.Select(b => (b.Data!["from"], b.Data["to"])));
        Assert.All(buttons, b => Assert.Equal(CommitteeAttendanceVerbs.RemoveUnavailability, b.Verb));
    }
}
