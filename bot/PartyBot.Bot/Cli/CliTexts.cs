namespace PartyBot.Bot.Cli;

/// <summary>What the command-line verbs print (Vietnamese).</summary>
public static class CliTexts
{
    public const string Usage = """
        Cách dùng:
          dotnet run --project bot/PartyBot.Bot -- import <thư mục>
              Nhập units.csv và members.csv trong thư mục (xem README.md, mục “Organisation data”).
          dotnet run --project bot/PartyBot.Bot -- seed-demo [--demo-folder <thư mục>]
              Nhập tổ chức mẫu (mặc định: infra/local/demo trong kho mã).
          dotnet run --project bot/PartyBot.Bot -- calendar <năm>
              In các ngày nghỉ (lễ, Tết, nghỉ bù, theo thông báo) và ngày làm việc đổi của năm.
          dotnet run --project bot/PartyBot.Bot -- calendar-import <tệp.csv>
              Nhập bảng lịch: cột Ngày, Loại (nghỉ | làm việc), Tên, Xóa (xem README.md).
          dotnet run --project bot/PartyBot.Bot -- committee-report <quý> <tệp.csv>
              Ghi tình hình cấp ủy viên dự sinh hoạt chi bộ của quý (ví dụ 4/2026) ra tệp CSV mở bằng Excel.
        Cấu hình như khi chạy bot: appsettings*.json, biến môi trường, ConnectionStrings:Tables;
        có thể thêm tham số dạng --ConnectionStrings:Tables=... hoặc --Storage:TablePrefix=...
        Mã thoát: 0 thành công; 1 tệp có lỗi (không ghi gì); 2 sai cách dùng hoặc cấu hình; 3 lỗi khi chạy.
        """;

    public const string ReportArgumentsRequired = "Thiếu quý (ví dụ 4/2026) hoặc tệp CSV sẽ ghi.";
    public static string NotAQuarter(string text) => $"\"{text}\" không phải quý (ví dụ 4/2026 hoặc 2026Q4).";
    public static string ReportWritten(string file, PartyBot.Core.CommitteeAttendance.Quarter quarter, int uncovered, int cells, int members) =>
        $"Đã ghi \"{file}\": quý {quarter.Number}/{quarter.Year}, {uncovered}/{cells} chi bộ chưa có cấp ủy viên dự, {members} cấp ủy viên.";
    public const string FolderRequired = "Thiếu thư mục chứa units.csv và members.csv.";
    public const string YearRequired = "Thiếu năm (ví dụ 2026).";
    public static string NotAYear(string text, int min, int max) => $"\"{text}\" không phải năm từ {min} đến {max}.";
    public const string CalendarFileRequired = "Thiếu tệp CSV của lịch.";
    public static string FileMissing(string file) => $"Không có tệp \"{file}\".";
    public static string ImportingCalendar(string file) => $"Nhập lịch từ \"{file}\"…";
    public static string FolderMissing(string folder) => $"Không có thư mục \"{folder}\".";
    public static string OptionNeedsValue(string option) => $"Tham số {option} cần một giá trị.";
    public static string ExtraArgument(string argument) => $"Không hiểu tham số \"{argument}\".";
    public const string DemoNotFound =
        "Không tìm thấy tổ chức mẫu (infra/local/demo từ thư mục hiện tại, hay thư mục demo cạnh chương trình): chỉ rõ bằng --demo-folder <thư mục>.";
    public static string Importing(string folder) => $"Nhập tổ chức từ \"{folder}\"…";
    public static string ConfigurationError(string detail) => $"Cấu hình chưa đúng: {detail}";
    public static string Failed(string detail) => $"Không nhập xong vì lỗi khi chạy: {detail} Chạy lại lệnh: những gì đã ghi sẽ được giữ, phần còn lại được ghi tiếp.";
    public const string Cancelled = "Đã dừng theo yêu cầu. Chạy lại lệnh để nhập tiếp.";
}
