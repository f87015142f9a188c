using System.Globalization;
using System.Text;
using PartyBot.Core;

namespace PartyBot.Cards.Help;

/// <summary>The Vietnamese of the help card and of the "not understood" reply. **text** is shown in bold.</summary>
public static class HelpTexts
{
    public const string Title = "Các lệnh của PartyBot";
    public const string HowToType = "Gõ lệnh vào ô soạn tin, có dấu hay không dấu đều được: **trợ giúp** hay **tro giup** là như nhau.";
    public const string InChannel = "Trong kênh hoặc nhóm chat, nhắc tên **@PartyBot** trước lệnh, ví dụ: **@PartyBot trợ giúp**.";
    public const string CommandColumn = "Lệnh";
    public const string DescriptionColumn = "Tác dụng";
    public const string ExamplePrefix = "Ví dụ: ";
    public const string NoCommands = "Hiện chưa có lệnh nào.";
    public const string FallbackPrefix = "Các lệnh của PartyBot: ";

    /// <summary>The answer to a card's "Xem trợ giúp" button: the help card follows as a new message.</summary>
    public const string HelpSent = "PartyBot đã gửi danh sách lệnh.";

    /// <summary>{0} is what the user typed.</summary>
    public const string NotUnderstoodFormat = "PartyBot chưa hiểu “{0}”. Đồng chí gõ “trợ giúp” để xem các lệnh.";

    /// <summary>The reply to a near-miss of a command: {0} is the command as it should be typed.</summary>
    public const string DidYouMeanFormat = "Có phải đồng chí muốn gõ “{0}”? Đồng chí gõ “trợ giúp” để xem các lệnh.";

    /// <summary>The answer to a mention with no text.</summary>
    public const string EmptyMessage = "PartyBot sẵn sàng. Đồng chí gõ “trợ giúp” để xem các lệnh.";

    private static readonly CompositeFormat NotUnderstoodComposite = CompositeFormat.Parse(NotUnderstoodFormat);
    private static readonly CompositeFormat DidYouMeanComposite = CompositeFormat.Parse(DidYouMeanFormat);

    /// <summary>"Có phải đồng chí muốn gõ “lịch họp”?…"; long arguments are shortened in the echo.</summary>
    public static string DidYouMean(string command) =>
        string.Format(CultureInfo.InvariantCulture, DidYouMeanComposite, TypedText.Echo(command.Trim()));

    /// <summary>The plain-text reply to a message that is no command; a long message is shortened in the echo.</summary>
    public static string NotUnderstood(string text)
    {
        var typed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (typed.Length == 0)
        {
            return EmptyMessage;
        }
        return string.Format(CultureInfo.InvariantCulture, NotUnderstoodComposite, TypedText.Echo(typed));
    }
}
