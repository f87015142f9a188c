namespace PartyBot.Cards.Welcome;

/// <summary>
/// The Vietnamese of the welcome card. **text** is shown in bold. It tells what PartyBot does today; a feature is
/// added here when it arrives, never announced before.
/// </summary>
public static class WelcomeTexts
{
    public const string Title = "Chào mừng đồng chí đến với PartyBot";
    public const string Tagline = "Trợ lý sinh hoạt chi bộ trên Microsoft Teams";
    public const string Intro = "PartyBot giúp chi bộ tổ chức sinh hoạt nền nếp, đúng quy định và bớt việc giấy tờ cho cấp ủy:";

    public static IReadOnlyList<string> Features { get; } =
    [
        "**Tổ chức:** PartyBot biết đồng chí thuộc chi bộ nào, với vai trò gì; bí thư xem danh sách đảng viên của chi bộ.",
        "**Lịch sinh hoạt:** sinh hoạt định kỳ hằng tháng được lên lịch sẵn, tránh ngày nghỉ; bí thư thêm buổi chuyên đề hằng quý, sửa hoặc hủy buổi họp.",
        "**Thông báo:** chương trình sinh hoạt gửi vào cuộc trò chuyện của chi bộ trước buổi họp; sáng hôm họp, từng đảng viên nhận lời nhắc riêng.",
        "**Điểm danh:** đảng viên xác nhận tham dự trước, chi bộ điểm danh ngay tại buổi sinh hoạt; mỗi đồng chí xem được chuyên cần của mình trong năm.",
    ];

    public const string FirstStepsHeading = "Để bắt đầu";

    public static IReadOnlyList<string> PersonalSteps { get; } =
    [
        "Gõ **trợ giúp** để xem các lệnh PartyBot hiểu.",
        "Gõ **tôi là ai** để xem PartyBot đã ghi nhận đồng chí thuộc chi bộ nào, với vai trò gì.",
        "Lời nhắc sinh hoạt dành riêng cho đồng chí được gửi vào cuộc trò chuyện này.",
    ];

    public static IReadOnlyList<string> GroupChatSteps { get; } =
    [
        "Trong nhóm chat, đồng chí nhắc tên **@PartyBot** trước mỗi lệnh, ví dụ: **@PartyBot trợ giúp**.",
        "Đồng chí bí thư chi bộ gõ **@PartyBot liên kết chi bộ <mã chi bộ>** để kết nối cuộc trò chuyện nhóm này với chi bộ.",
        "Sau đó, PartyBot gửi chương trình sinh hoạt, thẻ điểm danh và kết quả điểm danh của chi bộ vào nhóm này.",
    ];

    public static IReadOnlyList<string> TeamChannelSteps { get; } =
    [
        "Trong kênh, đồng chí nhắc tên **@PartyBot** trước mỗi lệnh, ví dụ: **@PartyBot trợ giúp**.",
        "Đồng chí bí thư chi bộ gõ **@PartyBot liên kết chi bộ <mã chi bộ>** để kết nối kênh này với chi bộ.",
        "Sau đó, PartyBot gửi chương trình sinh hoạt, thẻ điểm danh và kết quả điểm danh của chi bộ vào kênh này.",
    ];

    public const string ChatHint = "Gõ **trợ giúp** bất cứ lúc nào để xem các lệnh. Lệnh gõ có dấu hay không dấu đều được.";
    public const string ChannelHint = "Gõ **@PartyBot trợ giúp** bất cứ lúc nào để xem các lệnh. Lệnh gõ có dấu hay không dấu đều được.";

    public const string HelpButton = "Xem trợ giúp";

    public const string ChatFallback = "Chào mừng đồng chí đến với PartyBot, trợ lý sinh hoạt chi bộ. Gõ “trợ giúp” để xem các lệnh.";
    public const string ChannelFallback = "Chào mừng đồng chí đến với PartyBot, trợ lý sinh hoạt chi bộ. Gõ “@PartyBot trợ giúp” để xem các lệnh.";
}
