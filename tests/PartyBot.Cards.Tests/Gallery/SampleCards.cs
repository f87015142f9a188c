using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.CalendarFeeds;
using PartyBot.Cards.Minutes;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Cards.Help;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Organization;
using PartyBot.Cards.Reports;
using PartyBot.Cards.Surveys;
using PartyBot.Cards.Tests.Attendance;
using PartyBot.Cards.Tests.CommitteeAttendance;
using PartyBot.Cards.Tests.Meetings;
using PartyBot.Cards.Tests.Organization;
using PartyBot.Cards.Tests.Reports;
using PartyBot.Cards.Tests.Surveys;
using PartyBot.Cards.Welcome;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>Every card PartyBot builds, with sample data, by file name: the schema tests and the pictures use them.</summary>
internal static class SampleCards
{
    /// <summary>A help list shaped like the bot's command table (sample data: commands that exist).</summary>
    public static IReadOnlyList<CommandHelp> Commands { get; } =
    [
        new("trợ giúp", "Xem danh sách lệnh và cách dùng PartyBot."),
        new("tôi là ai", "Xem PartyBot đã ghi nhận đồng chí thuộc chi bộ nào, với vai trò gì."),
        new("liên kết chi bộ <mã chi bộ>", "Bí thư liên kết cuộc trò chuyện hoặc kênh này với chi bộ.", "liên kết chi bộ CB-VP01"),
        new("lịch sinh hoạt", "Xem lịch sinh hoạt định kỳ và chuyên đề sắp tới của chi bộ."),
        new("chuyên cần", "Xem chuyên cần sinh hoạt trong năm của đồng chí.", "chuyên cần DV004"),
    ];

    public static IReadOnlyDictionary<string, AdaptiveCard> All { get; } = new Dictionary<string, AdaptiveCard>
    {
        ["welcome-personal"] = WelcomeCard.Build(WelcomeScope.Personal),
        ["welcome-group-chat"] = WelcomeCard.Build(WelcomeScope.GroupChat),
        ["welcome-team-channel"] = WelcomeCard.Build(WelcomeScope.TeamChannel),
        ["help"] = HelpCard.Build(Commands),
        ["help-empty"] = HelpCard.Build([]),
        ["elements"] = KitchenSink(),
        ["profile-secretary"] = ProfileCard.Build(OrganizationSamples.SecretaryProfile),
        ["profile-probationary"] = ProfileCard.Build(OrganizationSamples.ProbationaryProfile),
        ["profile-administrator"] = ProfileCard.Build(OrganizationSamples.AdministratorProfile),
        ["cell-linked"] = CellLinkedCard.Build(OrganizationSamples.CellLinked),
        ["member-list"] = MemberListCard.Build(OrganizationSamples.MemberList),
        ["member-list-paged"] = MemberListCard.Build(OrganizationSamples.PagedMemberList),
        ["unit-tree"] = UnitTreeCard.Build(OrganizationSamples.Tree),
        ["unit-tree-paged"] = UnitTreeCard.Build(OrganizationSamples.PagedTree),
        ["meeting-agenda"] = AgendaCard.Build(MeetingSamples.RegularAgenda),
        ["meeting-agenda-thematic"] = AgendaCard.Build(MeetingSamples.ThematicAgenda),
        ["meeting-agenda-updated"] = AgendaCard.Build(MeetingSamples.UpdatedAgenda),
        ["meeting-agenda-cancelled"] = AgendaCard.Build(MeetingSamples.CancelledAgenda),
        ["meeting-form-new"] = MeetingFormCard.Build(MeetingSamples.NewThematicForm),
        ["meeting-form-edit"] = MeetingFormCard.Build(MeetingSamples.EditForm),
        ["meeting-form-errors"] = MeetingFormCard.Build(MeetingSamples.FormWithErrors),
        ["meeting-form-held"] = MeetingFormCard.Build(MeetingSamples.EditForm with { Held = true }),
        ["meeting-list"] = MeetingListCard.Build(MeetingSamples.UnitList),
        ["meeting-list-member"] = MeetingListCard.Build(MeetingSamples.MemberList),
        ["meeting-reminder"] = MeetingReminderCard.Build(MeetingSamples.ThematicReminder),
        ["attendance-invitation"] = InvitationCard.Build(AttendanceSamples.SharedInvitation),
        ["attendance-invitation-excused"] = InvitationCard.Build(AttendanceSamples.ExcusedInvitation),
        ["attendance-invitation-secretary"] = InvitationCard.Build(AttendanceSamples.SecretaryInvitation),
        ["attendance-invitation-thematic"] = InvitationCard.Build(AttendanceSamples.ThematicInvitation),
        ["attendance-invitation-started"] = InvitationCard.Build(AttendanceSamples.StartedInvitation),
        ["attendance-invitation-cancelled"] = InvitationCard.Build(AttendanceSamples.CancelledInvitation),
        ["attendance-rollcall"] = RollCallCard.Build(AttendanceSamples.SharedRollCall),
        ["attendance-rollcall-member"] = RollCallCard.Build(AttendanceSamples.MemberRollCall),
        ["attendance-rollcall-secretary"] = RollCallCard.Build(AttendanceSamples.SecretaryRollCall),
        ["attendance-rollcall-secretary-not-yet"] = RollCallCard.Build(AttendanceSamples.NotYetSecretaryRollCall),
        ["attendance-rollcall-closed"] = RollCallCard.Build(AttendanceSamples.ClosedRollCallView),
        ["attendance-summary"] = RollCallSummaryCard.Build(AttendanceSamples.Summary),
        ["attendance-rollcall-upper-attendee"] = RollCallCard.Build(AttendanceSamples.UpperAttendeeRollCall),
        ["attendance-summary-upper-attendee"] = RollCallSummaryCard.Build(AttendanceSamples.SummaryWithUpperAttendee),
        ["attendance-history"] = AttendanceHistoryCard.Build(AttendanceSamples.History),
        ["attendance-history-empty"] = AttendanceHistoryCard.Build(AttendanceSamples.EmptyHistory),
        ["attendance-rollcall-speakers-secretary"] = RollCallCard.Build(SpeakingSamples.SecretaryClosed),
        ["attendance-rollcall-speakers-shared"] = RollCallCard.Build(SpeakingSamples.SharedClosed),
        ["attendance-speaking-overview"] = SpeakingOverviewCard.Build(SpeakingSamples.Overview),
        ["minutes-link"] = MinutesLinkCard.Build(SpeakingSamples.MinutesLink),
        ["calendar-feed-link"] = CalendarFeedCard.Build(SpeakingSamples.NewFeedLink),
        ["calendar-feed-existing"] = CalendarFeedCard.Build(SpeakingSamples.ExistingFeedLink),
        ["committee-assignment"] = AssignmentCard.Build(AssignmentSamples.PendingView),
        ["committee-assignment-confirmed"] = AssignmentCard.Build(AssignmentSamples.ConfirmedView),
        ["committee-assignment-declined"] = AssignmentCard.Build(AssignmentSamples.DeclinedView),
        ["committee-assignment-moved"] = AssignmentCard.Build(AssignmentSamples.MovedView),
        ["committee-assignment-record"] = AssignmentCard.Build(AssignmentSamples.RecordView),
        ["committee-assignment-attended"] = AssignmentCard.Build(AssignmentSamples.AttendedView),
        ["committee-mine"] = MyAssignmentsCard.Build(CommitteeViewSamples.MineView),
        ["committee-mine-empty"] = MyAssignmentsCard.Build(CommitteeViewSamples.EmptyMine),
        ["committee-compliance"] = ComplianceCard.Build(CommitteeViewSamples.OfficeView),
        ["committee-unavailability"] = UnavailabilityListCard.Build(CommitteeViewSamples.Busy),
        ["committee-unavailability-removed"] = UnavailabilityListCard.Build(CommitteeViewSamples.BusyRemoved),
        ["survey-ballot"] = BallotCard.Build(SurveySamples.Open),
        ["survey-ballot-reminder"] = BallotCard.Build(SurveySamples.Reminder),
        ["survey-ballot-refused"] = BallotCard.Build(SurveySamples.Refused),
        ["survey-ballot-recorded"] = BallotCard.Build(SurveySamples.Recorded),
        ["survey-ballot-closed"] = BallotCard.Build(SurveySamples.Closed),
        ["survey-results"] = SurveyResultsCard.Build(SurveySamples.Results),
        ["survey-results-not-rated"] = SurveyResultsCard.Build(SurveySamples.NotRated),
        ["survey-overview"] = SurveyOverviewCard.Build(SurveyOverviewSamples.View),
        ["report-list"] = ReportListCard.Build(ReportSamples.List),
        ["report-list-refused"] = ReportListCard.Build(ReportSamples.ListRefused),
        ["report-reminder"] = ReportNoticeCards.Reminder(ReportSamples.Reminder, ReportSamples.Today),
        ["report-escalation"] = ReportNoticeCards.Escalation(ReportSamples.Escalation),
        ["report-review"] = ReportNoticeCards.Review(ReportSamples.Review),
        ["report-returned"] = ReportNoticeCards.Returned(ReportSamples.ReturnedView),
        ["report-dashboard"] = ReportDashboardCard.Build(ReportSamples.DashboardWithChart),
        ["report-targets"] = TargetsCard.Build(ReportSamples.TargetsWithChart),
    };

    public static TheoryData<string> Names() => [.. All.Keys];

    /// <summary>One of every element and action of the model, to check the model itself against the schema.</summary>
    public static AdaptiveCard KitchenSink() => new()
    {
        FallbackText = "Mẫu thẻ",
        Refresh = new CardRefresh { Action = new ExecuteAction { Verb = "refresh", Data = new Dictionary<string, string> { ["meetingId"] = "m-1" } }, UserIds = ["29:abc"] },
        Body =
        [
            new TextBlock { Text = "Mẫu các thành phần", Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock { Text = "Chữ phụ, căn giữa", IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 2, Color = TextColor.Good },
            new RichTextBlock { Inlines = [new TextRun { Text = "Đậm ", Weight = TextWeight.Bolder }, new TextRun { Text = "nghiêng", Italic = true }] },
            new FactSet { Facts = [new Fact("Thời gian", "08:00, thứ Hai 01/06/2026"), new Fact("Địa điểm", "Hội trường tầng 3")] },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new TextBlock { Text = "Tự động" }] },
                    new Column { Width = ColumnWidth.Weight(2), Items = [new TextBlock { Text = "Trọng số 2" }], Separator = true },
                    new Column { Width = ColumnWidth.Pixels(80), Items = [new TextBlock { Text = "80px" }] },
                ],
            },
            new Container { Style = ContainerStyle.Warning, Items = [new TextBlock { Text = "Khung cảnh báo" }], Separator = true, Spacing = Spacing.Large },
            new Image { Url = new Uri("https://example.org/logo.png"), AltText = "Biểu trưng", Size = ImageSize.Small },
            new TextInput { Id = "note", Label = "Ghi chú", Placeholder = "Nhập ghi chú", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Cần nhập ghi chú." },
            new DateInput { Id = "date", Label = "Ngày sinh hoạt", Value = new DateOnly(2026, 6, 1), Min = new DateOnly(2026, 1, 1) },
            new TimeInput { Id = "time", Label = "Giờ bắt đầu", Value = new TimeOnly(8, 0) },
            new NumberInput { Id = "score", Label = "Điểm", Min = 0, Max = 100, Value = 90 },
            new ChoiceSetInput
            {
                Id = "rsvp", Label = "Xác nhận tham dự", Style = ChoiceInputStyle.Expanded, Value = "yes",
                Choices = [new Choice("Có mặt", "yes"), new Choice("Vắng có lý do", "excused")],
            },
            new ToggleInput { Id = "agree", Title = "Đồng ý với chương trình", ValueOn = "true", ValueOff = "false" },
            new ActionSet { Actions = [new OpenUrlAction { Title = "Mở tài liệu", Url = new Uri("https://example.org/tai-lieu") }] },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Gửi", Verb = "rsvp", Data = new Dictionary<string, string> { ["meetingId"] = "m-1" }, Style = ActionStyle.Positive },
            new ExecuteAction { Title = "Hủy", Verb = "cancel", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive },
            new SubmitAction { Title = "Gửi (ứng dụng cũ)", Data = new Dictionary<string, string> { ["verb"] = "rsvp" } },
            new ShowCardAction { Title = "Thêm", Card = new AdaptiveCard { MsTeams = null, Body = [new TextInput { Id = "reason", Label = "Lý do" }] } },
        ],
    };
}
