namespace PartyBot.Core.Minutes;

/// <summary>A member named in the minutes, with a reason when there is one (an excused absence, an exemption).</summary>
public sealed record MinutesPerson(string FullName, string? Reason = null, bool Probationary = false);

/// <summary>One step of the meeting's order, with the month's items the secretary added after it.</summary>
public sealed record MinutesStep(string Title, IReadOnlyList<string> Items);

/// <summary>
/// What PartyBot knows of a held meeting, for the biên bản draft: who, when, where, the roll call, the order of the
/// meeting, who spoke and the vote figures. The rest (discussion, the resolution, the vote count, closing time,
/// signatures) is left blank for the thư ký.
/// </summary>
/// <param name="UpperOrganisation">The party organisation above the chi bộ (the header's first line), e.g. "Đảng bộ Khối các cơ quan tỉnh".</param>
/// <param name="Title">The title's tail after "BIÊN BẢN SINH HOẠT CHI BỘ", e.g. "THÁNG 12/2026" or "CHUYÊN ĐỀ".</param>
/// <param name="Topic">A thematic session's topic, under the title.</param>
/// <param name="Locality">The place of the place-and-date line ("Hà Nội, ngày …").</param>
/// <param name="Chair">Who chairs (the secretary who ran the roll call) and in what role.</param>
public sealed record MinutesDraft(
    string UpperOrganisation,
    string CellName,
    string Title,
    string? Topic,
    string Locality,
    DateTimeOffset StartsAt,
    string? Place,
    MinutesPerson Chair,
    string? ClerkName,
    string? UpperAttendeeName,
    int MembersOnRoll,
    int Summoned,
    int FullSummoned,
    int Present,
    int FullPresent,
    IReadOnlyList<MinutesPerson> Excused,
    IReadOnlyList<MinutesPerson> Unexcused,
    IReadOnlyList<MinutesPerson> NotSummoned,
    IReadOnlyList<MinutesStep> Steps,
    IReadOnlyList<string> Speakers,
    int ResolutionNeeded,
    bool ResolutionCanPass);
