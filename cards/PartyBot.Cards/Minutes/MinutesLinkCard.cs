using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Minutes;

/// <summary>The verbs of the minutes.</summary>
public static class MinutesVerbs
{
    /// <summary>"Biên bản (bản nháp)" on the roll-call summary: a download link for the leader who clicks (data: the meeting's ids).</summary>
    public const string Link = "minutes.link";
}

/// <summary>The draft's link: for whom, until when (it expires), and the button that downloads the .docx.</summary>
public sealed record MinutesLinkView(string UnitName, Meeting Meeting, Uri Link, DateTimeOffset ExpiresAt);

/// <summary>
/// "Biên bản sinh hoạt (bản nháp)": the meeting, what the draft holds and what the thư ký fills in, and "Tải biên bản"
/// (Action.OpenUrl to the signed link). Sent to the leader who asked, never into the chi bộ's conversation.
/// </summary>
public static class MinutesLinkCard
{
    public static AdaptiveCard Build(MinutesLinkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = MinutesCardTexts.Fallback(MeetingFormat.Title(view.Meeting), view.Link),
            Body =
            [
                Header(CardParts.Heading(MinutesCardTexts.Title), view.UnitName, null),
                Fact(MeetingTexts.FactTime, MeetingFormat.When(view.Meeting), spacing: Spacing.Medium),
                Fact(MeetingTexts.FactPlace, MeetingFormat.Where(view.Meeting)),
                new TextBlock { Text = MinutesCardTexts.Prefilled, Spacing = Spacing.Medium },
                new TextBlock { Text = MinutesCardTexts.Blanks, IsSubtle = true },
                Subtle(MinutesCardTexts.Expires(MeetingFormat.At(view.ExpiresAt)), Spacing.Medium),
            ],
            Actions = [new OpenUrlAction { Title = MinutesCardTexts.Download, Url = view.Link }],
        };
    }
}

/// <summary>The card's words.</summary>
public static class MinutesCardTexts
{
    public const string Title = "Biên bản sinh hoạt (bản nháp)";
    public const string Prefilled = "Đã điền sẵn: thời gian, địa điểm, chủ trì, thư ký, đại biểu cấp trên, điểm danh (có mặt, vắng có lý do, vắng không lý do), chương trình với nội dung của tháng, các đồng chí phát biểu, số liệu biểu quyết.";
    public const string Blanks = "Thư ký điền tiếp: ý kiến thảo luận, nội dung nghị quyết, kết quả biểu quyết, giờ kết thúc, chữ ký.";
    public const string Download = "Tải biên bản (.docx)";
    public const string SummaryButton = "Biên bản (bản nháp, cho bí thư)";

    public static string Expires(string at) => $"Liên kết chỉ dành cho đồng chí và hết hiệu lực lúc {at}; gõ “biên bản” để nhận liên kết mới.";

    public static string Fallback(string title, Uri link) => $"Biên bản nháp — {title}: {link.AbsoluteUri}";
}
