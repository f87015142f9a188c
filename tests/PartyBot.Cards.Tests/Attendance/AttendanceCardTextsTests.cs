using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;

namespace PartyBot.Cards.Tests.Attendance;

public sealed class AttendanceCardTextsTests
{
    private const string Member = "Đỗ Văn Đức";
    private const string Unit = "Chi bộ Phòng Kế hoạch – Tài chính";

    [Theory]
    [InlineData(AttendanceState.Pending, "Chưa điểm danh")]
    [InlineData(AttendanceState.Present, "Có mặt")]
    [InlineData(AttendanceState.Excused, "Vắng có lý do")]
    [InlineData(AttendanceState.Unexcused, "Vắng không lý do")]
    [InlineData(AttendanceState.Exempt, "Miễn")]
    public void StateName_EveryState_InVietnamese(AttendanceState state, string name)
    {
        Assert.Equal(name, AttendanceCardTexts.StateName(state));
    }

    [Theory]
    [InlineData(AttendanceBand.Good, "Tốt")]
    [InlineData(AttendanceBand.Fair, "Khá")]
    [InlineData(AttendanceBand.Average, "Trung bình")]
    [InlineData(AttendanceBand.Poor, "Kém")]
    public void BandName_EveryBand_InVietnamese(AttendanceBand band, string name)
    {
        Assert.Equal(name, AttendanceCardTexts.BandName(band));
    }

    [Theory]
    [InlineData(RsvpAnswer.None, "Chưa trả lời")]
    [InlineData(RsvpAnswer.Attending, "Tham dự")]
    [InlineData(RsvpAnswer.Excused, "Vắng có lý do")]
    public void AnswerName_EveryAnswer_InVietnamese(RsvpAnswer answer, string name)
    {
        Assert.Equal(name, AttendanceCardTexts.AnswerName(answer));
    }

    [Fact]
    public void MarkStateTitle_Pending_TakesTheMarkBack()
    {
        Assert.Equal("Bỏ đánh dấu (trả về tự điểm danh)", AttendanceCardTexts.MarkStateTitle(AttendanceState.Pending));
        Assert.Equal("Vắng không lý do", AttendanceCardTexts.MarkStateTitle(AttendanceState.Unexcused));
    }

    [Fact]
    public void AbsenceWarning_TwoUnexcusedMonths_RemindsThatAThirdMayLeadToStrikingOff()
    {
        var text = AttendanceCardTexts.AbsenceWarning(Member, Unit, new AbsenceWarning("dv-010", AbsenceWarningKind.UnexcusedMonths, 2, 2026));

        Assert.StartsWith("Đồng chí Đỗ Văn Đức (Chi bộ Phòng Kế hoạch – Tài chính) đã vắng sinh hoạt không có lý do 2 tháng trong năm 2026.", text, StringComparison.Ordinal);
        Assert.Contains("thêm một tháng nữa", text, StringComparison.Ordinal);
        Assert.Contains("xóa tên", text, StringComparison.Ordinal);
        Assert.Contains("Điều lệ Đảng, Điều 8", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void AbsenceWarning_ThreeOrMoreUnexcusedMonths_StrikeOffRuleAndMeetTheMember(int months)
    {
        var text = AttendanceCardTexts.AbsenceWarning(Member, Unit, new AbsenceWarning("dv-010", AbsenceWarningKind.UnexcusedMonths, months, 2026));

        Assert.StartsWith($"Đồng chí Đỗ Văn Đức (Chi bộ Phòng Kế hoạch – Tài chính) đã vắng sinh hoạt không có lý do {months} tháng trong năm 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Theo Điều lệ Đảng (Điều 8)", text, StringComparison.Ordinal);
        Assert.Contains("đề nghị cấp có thẩm quyền xóa tên trong danh sách đảng viên", text, StringComparison.Ordinal);
        Assert.Contains("Đề nghị bí thư gặp đồng chí", text, StringComparison.Ordinal);
        Assert.DoesNotContain("thêm một tháng nữa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsenceWarning_ExcusedInARow_CountsAgainstTheQualityRating()
    {
        var text = AttendanceCardTexts.AbsenceWarning(Member, Unit, new AbsenceWarning("dv-010", AbsenceWarningKind.ExcusedInARow, 4, 2026));

        Assert.StartsWith("Đồng chí Đỗ Văn Đức (Chi bộ Phòng Kế hoạch – Tài chính) đã vắng sinh hoạt có lý do 4 lần liên tiếp trong năm 2026.", text, StringComparison.Ordinal);
        Assert.Contains("xếp loại chất lượng của chi bộ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xóa tên", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsenceWarning_OneUnexcusedMonth_StatementOnly()
    {
        var text = AttendanceCardTexts.AbsenceWarning(Member, Unit, new AbsenceWarning("dv-010", AbsenceWarningKind.UnexcusedMonths, 1, 2026));

        Assert.Contains("không có lý do 1 tháng trong năm 2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xóa tên", text, StringComparison.Ordinal);
    }
}
