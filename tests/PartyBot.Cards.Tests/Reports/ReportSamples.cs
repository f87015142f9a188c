using PartyBot.Cards.Reports;
using PartyBot.Core.Reports;

namespace PartyBot.Cards.Tests.Reports;

/// <summary>The report cards' sample views: CB-VP01 on Monday 21/12/2026, its quarter IV report 3 working days late.</summary>
public static class ReportSamples
{
    public static readonly DateOnly Today = new(2026, 12, 21);

    public static ReportObligation Quarterly { get; } = new("CB-VP01", "quy:2026-Q4", "quy", "Báo cáo quý", ReportPeriod.Quarterly, "2026-Q4", new DateOnly(2026, 12, 16));

    public static ReportObligation Yearly { get; } = new("CB-VP01", "nam:2026", "nam", "Báo cáo tổng kết năm", ReportPeriod.Yearly, "2026", new DateOnly(2026, 12, 16),
        ReportStatus.Submitted, Link: new Uri("https://sotay.dangvien.vn/vb/2026-nam"), SubmittedBy: "DV001", SubmittedAt: new DateTimeOffset(2026, 12, 17, 2, 15, 0, TimeSpan.Zero), WorkingDaysLate: 1);

    public static ReportObligation Minutes { get; } = new("CB-VP01", "bien-ban:R-2026-12", "bien-ban", "Nghị quyết, biên bản sinh hoạt", ReportPeriod.AfterMeeting, "R-2026-12",
        new DateOnly(2026, 12, 3), ReportStatus.Accepted, Link: new Uri("https://sotay.dangvien.vn/vb/bb-12"), SubmittedAt: new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public static ReportObligation Returned { get; } = Quarterly with { Round = 1, DueOn = new DateOnly(2026, 12, 23), ReturnReason = "Thiếu phần kiểm điểm đảng viên" };

    public static ReportLine Overdue { get; } = new(Quarterly, ReportStanding.Overdue, 3);

    public static ReportListView List { get; } = new("CB-VP01", "Chi bộ Văn phòng Đảng ủy Khối",
        [Overdue, new(Yearly, ReportStanding.Late, 0), new(Minutes, ReportStanding.OnTime, 0)], CanSubmit: true, LinkMaxLength: 500);

    public static ReportListView ListRefused { get; } = List with { Notice = ReportTexts.BadLink(500), NoticeIsError = true };

    public static ReportReminderView Reminder { get; } = new("Chi bộ Văn phòng Đảng ủy Khối", Overdue, 500);

    public static ReportReminderView DueToday { get; } = new("Chi bộ Văn phòng Đảng ủy Khối", new(Quarterly, ReportStanding.NotYetDue, 0), 500);

    public static ReportEscalationView Escalation { get; } = new("Chi bộ Văn phòng Đảng ủy Khối", "Chi bộ Văn phòng Đảng ủy Khối › Đảng ủy Khối các cơ quan tỉnh",
        new(Quarterly, ReportStanding.Overdue, 10), "Nguyễn Văn An", Standing: true);

    public static ReportReviewView Review { get; } = new("Chi bộ Văn phòng Đảng ủy Khối", Yearly, "Nguyễn Văn An", 300);

    public static ReportReturnedView ReturnedView { get; } = new("Chi bộ Văn phòng Đảng ủy Khối", Returned, 500);

    public static ReportDashboardView Dashboard { get; } = new("Đảng ủy Khối các cơ quan tỉnh", "Quý 4/2026",
    [
        new("CB-VP01", "Chi bộ Văn phòng Đảng ủy Khối", [Overdue with { Report = Quarterly with { Told = [new("DV008", "Nguyễn Bích Dung", "follow")] }, WorkingDaysOverdue = 6 }, new(Yearly, ReportStanding.Late, 0)]),
        new("CB-HCC", "Chi bộ Trung tâm Phục vụ hành chính công tỉnh", [new(Quarterly with { UnitId = "CB-HCC", Status = ReportStatus.Accepted }, ReportStanding.OnTime, 0)]),
        new("CB-SXD-VP", "Chi bộ Văn phòng Sở Xây dựng", [new(Returned with { UnitId = "CB-SXD-VP" }, ReportStanding.Returned, 0)]),
    ]);

    public static ReportDashboardView DashboardWithChart { get; } = Dashboard with
    {
        ChartUrl = ReportCharts.Status(Dashboard),
        CsvUrl = new Uri("https://partybot.example.org/downloads/sample.sig"),
    };

    public static TargetsView Targets { get; } = new("Đảng ủy Khối các cơ quan tỉnh", "Quý 4/2026", 10,
    [
        new(ReportTexts.TargetMonthly, ReportTexts.TargetMonthlyShort, 27, 30, 100),
        new(ReportTexts.TargetThematic, ReportTexts.TargetThematicShort, 10, 10, 100),
        new(ReportTexts.TargetGood, ReportTexts.TargetGoodShort, 7, 9, 90),
        new(ReportTexts.TargetCommittee, ReportTexts.TargetCommitteeShort, 0, 0, 100),
        new(ReportTexts.TargetOnTime, ReportTexts.TargetOnTimeShort, 18, 25, 100),
    ]);

    public static TargetsView TargetsWithChart { get; } = Targets with
    {
        ChartUrl = ReportCharts.Targets(Targets),
        CsvUrl = new Uri("https://partybot.example.org/downloads/sample.sig"),
    };
}
