using PartyBot.Core.CommitteeAttendance;

namespace PartyBot.Core.Tests.CommitteeAttendance;

public sealed class UnavailabilityRequestTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("05/01/2027 09/01/2027 đi công tác tỉnh ngoài", "2027-01-05", "2027-01-09", "đi công tác tỉnh ngoài")]
    [InlineData("23/11/2026 23/11/2026", "2026-11-23", "2026-11-23", null)]
    [InlineData("  1/12/2026   3/12/2026   nghỉ phép ", "2026-12-01", "2026-12-03", "nghỉ phép")]
    public void Parse_ValidPeriod_ReadsDatesAndReason(string arguments, string from, string to, string? reason)
    {
        var (period, error) = UnavailabilityRequest.Parse("M1", arguments, Today, 92);

        Assert.Null(error);
        Assert.Equal(new Unavailability("M1", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), reason), period);
    }

    [Theory]
    [InlineData("", "Đồng chí gõ: bận <từ ngày> <đến ngày> [lý do], ngày theo dạng dd/MM/yyyy, ví dụ: bận 05/01/2027 09/01/2027 đi công tác.")]
    [InlineData("05/01/2027", "Đồng chí gõ: bận <từ ngày> <đến ngày> [lý do], ngày theo dạng dd/MM/yyyy, ví dụ: bận 05/01/2027 09/01/2027 đi công tác.")]
    [InlineData("05/01/2027 mai", "\"mai\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 05/01/2027).")]
    [InlineData("31/02/2027 05/03/2027", "\"31/02/2027\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 05/01/2027).")]
    [InlineData("09/01/2027 05/01/2027", "Ngày kết thúc 05/01/2027 trước ngày bắt đầu 09/01/2027; đồng chí ghi ngày bắt đầu trước.")]
    [InlineData("20/11/2026 25/11/2026", "Ngày 20/11/2026 đã qua; đồng chí chỉ báo bận từ hôm nay (23/11/2026) trở đi.")]
    [InlineData("01/12/2026 02/03/2027", "Khoảng 92 ngày dài quá 91 ngày cho một lần báo bận; đồng chí chia thành nhiều lần.")]
    public void Parse_BadPeriod_ClearVietnameseErrorAndNoPeriod(string arguments, string message)
    {
        var (period, error) = UnavailabilityRequest.Parse("M1", arguments, Today, 91);

        Assert.Null(period);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_ReasonTooLong_Refused() =>
        Assert.Equal(UnavailabilityTexts.ReasonTooLong, UnavailabilityRequest.Parse("M1", "01/12/2026 02/12/2026 " + new string('x', 201), Today, 92).Error);
}
