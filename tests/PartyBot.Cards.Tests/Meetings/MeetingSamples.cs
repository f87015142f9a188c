using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Tests.Meetings;

/// <summary>Meetings of one chi bộ (sample data) for the meeting cards' tests and pictures.</summary>
internal static class MeetingSamples
{
    public const string UnitId = "CB-KHTC";
    public const string UnitName = "Chi bộ Phòng Kế hoạch – Tài chính";
    public const string UnitPath = "Chi bộ Phòng Kế hoạch – Tài chính › Đảng bộ Sở Tài chính › Đảng ủy các cơ quan Đảng tỉnh";

    /// <summary>08:00 Vietnam time on Tuesday 1 December 2026.</summary>
    public static DateTimeOffset DecemberStart { get; } = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    public static Meeting Regular { get; } = new(
        UnitId, Meeting.RegularId(2026, 12), MeetingKind.Regular, DecemberStart, 90, MeetingStatus.Announced,
        Place: "Phòng họp tầng 3, Sở Tài chính",
        ExtraAgenda:
        [
            new AgendaItem("Sơ kết công tác đảng quý IV năm 2026", AfterStep: 4),
            new AgendaItem("Cho ý kiến về dự thảo kế hoạch công tác năm 2027"),
        ],
        UpperAttendeeMemberId: "dv-201",
        PlannedAutomatically: true);

    public static Meeting Thematic { get; } = new(
        UnitId, "T-2026-Q4", MeetingKind.Thematic, new DateTimeOffset(2026, 12, 10, 7, 30, 0, TimeSpan.Zero), 120, MeetingStatus.Announced,
        Place: "Hội trường Sở Tài chính",
        OnlineLink: new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_khtc%40thread.v2"),
        Topic: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng phí",
        PreparerMemberIds: ["dv-004", "dv-005"]);

    public static Meeting Cancelled { get; } = Regular with
    {
        Status = MeetingStatus.Cancelled,
        CancelReason = "Trùng lịch Hội nghị Ban Chấp hành Đảng bộ Sở; chi bộ sẽ họp bù vào ngày 03/12/2026.",
    };

    public static IReadOnlyList<string> Preparers { get; } = ["Phạm Thị Lan", "Hoàng Văn Nam"];

    public static IReadOnlyList<CardAction> SampleRsvp { get; } =
    [
        new ExecuteAction { Title = "Tôi sẽ dự", Verb = "rsvp.sample", Data = new Dictionary<string, string> { ["meetingId"] = "R-2026-12" }, Style = ActionStyle.Positive },
    ];

    public static AgendaView RegularAgenda { get; } = new(UnitName, UnitPath, Regular, [], UpperAttendeeName: "Trần Quốc Khánh");

    public static AgendaView ThematicAgenda { get; } = new(UnitName, UnitPath, Thematic, Preparers);

    public static AgendaView UpdatedAgenda { get; } = RegularAgenda with { UpdatedAt = new DateTimeOffset(2026, 11, 27, 7, 5, 0, TimeSpan.Zero) };

    public static AgendaView CancelledAgenda { get; } = RegularAgenda with { Meeting = Cancelled, RsvpActions = SampleRsvp };

    public static IReadOnlyList<MemberOption> Members { get; } =
    [
        new("dv-001", "Nguyễn Thị Thu Hà"), new("dv-002", "Trần Văn Hùng"), new("dv-004", "Phạm Thị Lan"),
        new("dv-005", "Hoàng Văn Nam"), new("dv-007", "Vũ Thị Ánh"), new("dv-010", "Ngô Thị Hồng"),
    ];

    public static MeetingFormView NewThematicForm { get; } = new(
        UnitId, UnitName, null, MeetingKind.Thematic, new DateOnly(2026, 12, 10), new TimeOnly(14, 30), 120, 120, Members,
        OnlineApproved: false, EarliestDate: new DateOnly(2026, 11, 23));

    public static MeetingFormView EditForm { get; } =
        MeetingFormView.ForMeeting(Thematic, UnitName, Members, 120, onlineApproved: true, earliestDate: new DateOnly(2026, 11, 23));

    public static MeetingFormView FormWithErrors { get; } = NewThematicForm with
    {
        Date = new DateOnly(2027, 1, 1),
        DurationMinutes = 60,
        Errors =
        [
            "Ngày 01/01/2027 là ngày nghỉ Tết Dương lịch. Nếu chi bộ vẫn họp, đồng chí đánh dấu “Xác nhận họp vào ngày nghỉ”.",
            "Sinh hoạt chuyên đề cần có chủ đề.",
            "Thời lượng ít nhất 120 phút.",
        ],
    };

    public static IReadOnlyList<Meeting> Upcoming { get; } =
    [
        Regular,
        Thematic,
        new(UnitId, Meeting.RegularId(2027, 1), MeetingKind.Regular, new DateTimeOffset(2027, 1, 4, 1, 0, 0, TimeSpan.Zero), 90,
            Place: "Phòng họp tầng 3, Sở Tài chính", PlannedAutomatically: true,
            Warning: "Ngày 01/01/2027 là Tết Dương lịch; buổi họp dời sang ngày làm việc kế tiếp."),
        new(UnitId, "T-2027-Q1", MeetingKind.Thematic, new DateTimeOffset(2027, 1, 15, 7, 0, 0, TimeSpan.Zero), 120,
            Status: MeetingStatus.Cancelled, Place: "Hội trường Sở Tài chính", Topic: "Phòng, chống tham nhũng, tiêu cực",
            CancelReason: "Gộp vào buổi sinh hoạt định kỳ tháng 02."),
    ];

    public static MeetingListView UnitList { get; } = MeetingListView.ForUnit(UnitId, UnitName, UnitPath, Upcoming, canManage: true);

    public static MeetingListView MemberList { get; } = MeetingListView.ForMember(
    [
        new(Regular, UnitName),
        new(Thematic, UnitName),
        new(new Meeting("CB-BAO", Meeting.RegularId(2026, 12), MeetingKind.Regular, new DateTimeOffset(2026, 12, 3, 7, 30, 0, TimeSpan.Zero), 90,
            MeetingStatus.Announced, Place: "Phòng họp Báo tỉnh"), "Chi bộ Báo tỉnh"),
    ]);

    public static MeetingReminderView ThematicReminder { get; } = new(UnitName, Thematic, Preparers);

    public static MeetingReminderView RegularReminder { get; } = new(UnitName, Regular, []);
}
