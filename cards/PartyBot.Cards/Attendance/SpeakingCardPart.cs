using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// Who spoke, on the roll-call card: the names ticked and the thư ký for everyone; for the secretary (or the thư ký) the
/// form that ticks the members of this page of the list, and for the secretary the one that names the thư ký. The form
/// stays after the roll call closes, until the record of who spoke closes.
/// </summary>
internal static class SpeakingCardPart
{
    public static IEnumerable<CardElement> Build(RollCallView view, int page)
    {
        if (view.Speaking is not { } speaking)
        {
            yield break;
        }
        var spokeNames = speaking.Eligible.Where(l => speaking.Spoke.Contains(l.MemberId)).Select(l => l.FullName).ToList();
        if (spokeNames.Count == 0 && speaking.ClerkName is null && !speaking.CanTick && !speaking.CanNameClerk)
        {
            yield break;
        }
        yield return Section(SpeakingCardTexts.Heading(spokeNames.Count));
        yield return Fact(SpeakingCardTexts.FactClerk, speaking.ClerkName ?? SpeakingCardTexts.NoClerk);
        if (spokeNames.Count > 0)
        {
            yield return Names(spokeNames, RollCallCard.LinesPerPage);
        }
        yield return Subtle(speaking.Correctable
            ? SpeakingCardTexts.CorrectableUntil(AttendanceFormat.TimeOn(speaking.CorrectableUntil, view.Meeting.StartsAt))
            : SpeakingCardTexts.Locked);
        if (!speaking.Correctable || !(speaking.CanTick || speaking.CanNameClerk))
        {
            yield break;
        }
        var shown = speaking.Eligible.Skip(page * RollCallCard.LinesPerPage).Take(RollCallCard.LinesPerPage).ToList();
        yield return new ActionSet
        {
            Actions =
            [
                .. speaking.CanTick && shown.Count > 0 ? [new ShowCardAction { Title = SpeakingCardTexts.TickButton, Card = TickForm(view, speaking, shown, page) }] : Array.Empty<CardAction>(),
                .. speaking.CanNameClerk && shown.Count > 0 ? [new ShowCardAction { Title = SpeakingCardTexts.ClerkButton, Card = ClerkForm(view, speaking, shown) }] : Array.Empty<CardAction>(),
            ],
        };
    }

    private static AdaptiveCard TickForm(RollCallView view, SpeakingView speaking, IReadOnlyList<RollCallLine> shown, int page) => new()
    {
        MsTeams = null,
        Body =
        [
            new ChoiceSetInput
            {
                Id = AttendanceVerbs.SpeakersInput,
                Label = SpeakingCardTexts.TickLabel,
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = true,
                Choices = [.. shown.Select(l => new Choice(l.FullName, l.MemberId))],
                Value = string.Join(",", shown.Where(l => speaking.Spoke.Contains(l.MemberId)).Select(l => l.MemberId)),
            },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = SpeakingCardTexts.TickSave,
                Verb = AttendanceVerbs.Speakers,
                Data = Ids(view.Meeting, (AttendanceVerbs.PageKey, page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    (AttendanceVerbs.SpeakersShownKey, string.Join(",", shown.Select(l => l.MemberId)))),
                AssociatedInputs = AssociatedInputs.Auto,
                Style = ActionStyle.Positive,
            },
        ],
    };

    private static AdaptiveCard ClerkForm(RollCallView view, SpeakingView speaking, IReadOnlyList<RollCallLine> shown) => new()
    {
        MsTeams = null,
        Body =
        [
            new ChoiceSetInput
            {
                Id = AttendanceVerbs.ClerkInput,
                Label = SpeakingCardTexts.ClerkLabel,
                Style = ChoiceInputStyle.Compact,
                IsRequired = true,
                ErrorMessage = SpeakingCardTexts.ClerkRequired,
                Choices = [.. shown.Select(l => new Choice(l.FullName, l.MemberId))],
                Value = speaking.ClerkId,
            },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = SpeakingCardTexts.ClerkSave,
                Verb = AttendanceVerbs.Clerk,
                Data = Ids(view.Meeting),
                AssociatedInputs = AssociatedInputs.Auto,
                Style = ActionStyle.Positive,
            },
        ],
    };
}

/// <summary>The roll-call card's words for who spoke and the thư ký.</summary>
public static class SpeakingCardTexts
{
    public static string Heading(int count) => count == 0 ? "Phát biểu trong phần thảo luận" : $"Phát biểu trong phần thảo luận ({count} đồng chí)";

    public const string FactClerk = "Thư ký";
    public const string NoClerk = "chưa cử";
    public const string TickButton = "Ghi nhận phát biểu";
    public const string TickLabel = "Đánh dấu các đồng chí đã phát biểu";
    public const string TickSave = "Lưu danh sách phát biểu";
    public const string ClerkButton = "Cử thư ký";
    public const string ClerkLabel = "Thư ký buổi sinh hoạt";
    public const string ClerkRequired = "Xin chọn đồng chí làm thư ký.";
    public const string ClerkSave = "Cử làm thư ký";
    public const string Locked = "Danh sách phát biểu đã khóa.";
    public const string SpokeMark = " · đã phát biểu";

    public static string HistorySpoke(int attended, int spoke) => $"Dự {attended} buổi, phát biểu ở {spoke} buổi.";

    public static string CorrectableUntil(string at) => $"Bí thư hoặc thư ký ghi nhận, sửa danh sách phát biểu đến {at}.";
}
