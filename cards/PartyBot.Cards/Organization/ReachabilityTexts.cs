using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;

namespace PartyBot.Cards.Organization;

/// <summary>What the secretary reads about a member PartyBot cannot write to 1:1, in the notice and in the member list.</summary>
public static class ReachabilityTexts
{
    public const string UnreachableMark = "⚠";

    public static string Reason(UnreachableReason reason) => reason switch
    {
        UnreachableReason.Blocked => "đã chặn ứng dụng PartyBot",
        UnreachableReason.NotInRoster => "chưa cài / không còn trong danh sách của ứng dụng PartyBot",
        _ => "cuộc trò chuyện riêng với PartyBot không còn",
    };

    /// <summary>The line under the member's name in "thành viên".</summary>
    public static string MemberListLine(Unreachability spell)
    {
        ArgumentNullException.ThrowIfNull(spell);
        return $"{UnreachableMark} Không nhắn riêng được từ {VietnamTime.Format(spell.Since)}: {Reason(spell.Reason)}.";
    }

    /// <summary>To the secretary, once per member and unreachable spell.</summary>
    public static string SecretaryNotice(string memberName, string memberId, Unreachability spell)
    {
        ArgumentNullException.ThrowIfNull(spell);
        return $"PartyBot không nhắn riêng được cho đồng chí {memberName} (mã {memberId}) từ {VietnamTime.Format(spell.Since)}. " +
            $"Lý do: {Reason(spell.Reason)}.\n\n" +
            "PartyBot tạm ngừng gửi tin riêng (thông báo, nhắc họp) cho đồng chí ấy cho đến khi đồng chí ấy nhắn lại cho PartyBot. " +
            "Đề nghị bí thư báo trực tiếp cho đồng chí ấy.";
    }
}
