namespace PartyBot.Bot.Turns;

/// <summary>What the bot says when a turn cannot go on (Vietnamese, shown to users).</summary>
public static class TurnTexts
{
    public const string StorageBusy = "Hệ thống đang bận, đồng chí vui lòng thử lại sau ít phút.";

    public const string MalformedCardAction = "Dữ liệu của nút bấm này không hợp lệ. Đồng chí mở lại thẻ (hoặc gõ “trợ giúp”) rồi thử lại.";

    public const string UnknownCardAction = "Nút bấm này không còn hợp lệ. Đồng chí gõ “trợ giúp” để xem các lệnh hiện có.";
}
