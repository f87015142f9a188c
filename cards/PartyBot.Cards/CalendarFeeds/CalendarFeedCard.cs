using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.CalendarFeeds;

/// <summary>The verbs of the calendar-link card.</summary>
public static class CalendarFeedVerbs
{
    /// <summary>A new secret link; the old one stops working.</summary>
    public const string Renew = "calendarfeed.renew";
}

/// <summary>What the card shows: the new link (once: only its hash is stored), or that a link exists.</summary>
/// <param name="Link">The link just made, or null when the member already has one and asked again.</param>
public sealed record CalendarFeedView(Uri? Link, bool Renewed = false);

/// <summary>
/// "Lịch của tôi trên Outlook": the member's secret subscription link with how to add it in Outlook, and a button that
/// makes a new link (the old one stops working). Shown only in the personal chat.
/// </summary>
public static class CalendarFeedCard
{
    public static AdaptiveCard Build(CalendarFeedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = view.Link is { } link ? CalendarFeedTexts.Fallback(link) : CalendarFeedTexts.HasLink,
            Body =
            [
                CardParts.Heading(CalendarFeedTexts.Title),
                .. view.Link is { } shown
                    ?
                    [
                        new TextBlock { Text = view.Renewed ? CalendarFeedTexts.Renewed : CalendarFeedTexts.Made, Wrap = true, Spacing = Spacing.Medium },
                        new TextBlock { Text = shown.AbsoluteUri, Wrap = true, Weight = TextWeight.Bolder },
                        Section(CalendarFeedTexts.HowHeading),
                        new TextBlock { Text = CalendarFeedTexts.HowOutlook, Wrap = true },
                        new TextBlock { Text = CalendarFeedTexts.HowTeams, Wrap = true },
                        Subtle(CalendarFeedTexts.Secret, Spacing.Medium),
                    ]
                    : (IEnumerable<CardElement>)[new TextBlock { Text = CalendarFeedTexts.HasLink, Wrap = true, Spacing = Spacing.Medium }],
            ],
            Actions =
            [
                new ShowCardAction
                {
                    Title = CalendarFeedTexts.RenewButton,
                    Card = new AdaptiveCard
                    {
                        MsTeams = null,
                        Body = [new TextBlock { Text = CalendarFeedTexts.RenewExplained, Wrap = true }],
                        Actions = [new ExecuteAction { Title = CalendarFeedTexts.RenewConfirm, Verb = CalendarFeedVerbs.Renew, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive }],
                    },
                },
            ],
        };
    }
}

/// <summary>The card's words.</summary>
public static class CalendarFeedTexts
{
    public const string Title = "Lịch sinh hoạt trên Outlook";
    public const string Made = "Đây là đường liên kết lịch riêng của đồng chí. Lịch tự cập nhật khi buổi sinh hoạt đổi giờ hoặc bị hủy.";
    public const string Renewed = "Đã cấp đường liên kết mới; liên kết cũ không dùng được nữa. Xin thay liên kết trong Outlook.";
    public const string HasLink = "Đồng chí đã có đường liên kết lịch. Vì lý do bảo mật PartyBot không lưu lại liên kết; nếu không còn giữ, xin bấm “Cấp liên kết mới”.";
    public const string HowHeading = "Cách thêm vào lịch";
    public const string HowOutlook = "Outlook: Lịch › Thêm lịch › Đăng ký từ web (Subscribe from web), dán đường liên kết trên.";
    public const string HowTeams = "Lịch Teams dùng chung lịch Outlook nên buổi sinh hoạt cũng hiện trong Teams.";
    public const string Secret = "Không chia sẻ liên kết này: ai có liên kết đều xem được lịch sinh hoạt của chi bộ đồng chí.";
    public const string RenewButton = "Cấp liên kết mới";
    public const string RenewExplained = "Liên kết cũ sẽ ngừng hoạt động ngay; lịch đã thêm bằng liên kết cũ không cập nhật nữa.";
    public const string RenewConfirm = "Xác nhận cấp liên kết mới";

    public static string Fallback(Uri link) => $"Đường liên kết lịch của đồng chí: {link.AbsoluteUri}";
}
