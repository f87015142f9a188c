namespace PartyBot.Bot.Downloads;

/// <summary>What a browser shows when a download link cannot give its file.</summary>
public static class DownloadTexts
{
    public const string NotFound = "Không tìm thấy tệp. Đồng chí vui lòng lấy liên kết mới từ PartyBot trong Teams.";
    public const string Expired = "Liên kết tải tệp đã hết hạn. Đồng chí vui lòng lấy liên kết mới từ PartyBot trong Teams.";
}
