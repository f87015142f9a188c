namespace PartyBot.Cards.Common;

/// <summary>The words of a paged list, the same on every card.</summary>
public static class PagingTexts
{
    public const string PreviousPage = "Trang trước";
    public const string NextPage = "Trang sau";

    /// <summary>"Trang 2/8 · đảng viên 41–80 / 300".</summary>
    public static string Range(int page, int pages, string what, int first, int last, int total) =>
        $"Trang {page}/{pages} · {what} {Count(first)}–{Count(last)} / {Count(total)}";

    private static string Count(int count) => Organization.OrganizationFormat.Count(count);
}
