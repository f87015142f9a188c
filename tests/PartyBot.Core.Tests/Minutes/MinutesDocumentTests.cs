using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PartyBot.Core.Minutes;

namespace PartyBot.Core.Tests.Minutes;

/// <summary>The biên bản draft opened again with the Open XML SDK: the header block, the title, every prefilled value where it belongs, the blanks.</summary>
public sealed class MinutesDocumentTests
{
    public static MinutesDraft Sample() => new(
        "Đảng bộ Khối các cơ quan tỉnh",
        "Chi bộ Văn phòng",
        "THÁNG 12/2026",
        null,
        "Hà Nội",
        new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero),
        "Phòng họp tầng 2",
        new MinutesPerson("Nguyễn Văn An", "Bí thư chi bộ"),
        "Lê Thị Hoa",
        "Vũ Thị Lan",
        MembersOnRoll: 7,
        Summoned: 5,
        FullSummoned: 4,
        Present: 3,
        FullPresent: 2,
        Excused: [new MinutesPerson("Đặng Văn Khoa", "Đi công tác Đà Nẵng")],
        Unexcused: [new MinutesPerson("Trần Thị Bình", Probationary: true)],
        NotSummoned: [new MinutesPerson("Phạm Văn Cường", "Miễn sinh hoạt"), new MinutesPerson("Ngô Văn Tùng", "Đình chỉ sinh hoạt")],
        Steps:
        [
            new MinutesStep("Tuyên bố lý do, giới thiệu đại biểu; cử thư ký.", []),
            new MinutesStep("Điểm danh; tình hình đóng đảng phí; thông qua chương trình.", []),
            new MinutesStep("Thông tin thời sự.", []),
            new MinutesStep("Đánh giá kết quả tháng trước.", []),
            new MinutesStep("Thảo luận; tự phê bình và phê bình.", []),
            new MinutesStep("Nhiệm vụ tháng tới; phân công.", ["Chuẩn bị tổng kết năm 2026", "Thu đảng phí quý IV"]),
            new MinutesStep("Ý kiến của cấp ủy viên cấp trên.", []),
            new MinutesStep("Biểu quyết thông qua nghị quyết.", []),
        ],
        Speakers: ["Lê Thị Hoa", "Nguyễn Văn An"],
        ResolutionNeeded: 3,
        ResolutionCanPass: false);

    private static (List<string> Header, List<string> Body, WordprocessingDocument Doc) Open(byte[] bytes)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var header = body.Elements<Table>().First().Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        return (header, paragraphs, doc);
    }

    [Fact]
    public void Build_HeaderBlock_OrganisationLeftPartyRightWithPlaceAndDate()
    {
        var (header, _, doc) = Open(MinutesDocument.Build(Sample()));
        using var _ = doc;

        var cells = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First().Descendants<TableCell>().ToList();
        Assert.Equal(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ VĂN PHÒNG", "*"], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal(["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 01 tháng 12 năm 2026"], cells[1].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.NotNull(cells[1].Descendants<Underline>().FirstOrDefault());
        Assert.NotNull(cells[1].Elements<Paragraph>().Last().Descendants<Italic>().FirstOrDefault());
        Assert.Equal(5, header.Count);
    }

    [Fact]
    public void Build_TitleAndPrefilledValues_EachWhereItBelongs()
    {
        var (_, body, doc) = Open(MinutesDocument.Build(Sample()));
        using var _ = doc;

        Assert.Equal("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2026", body[0]);
        Assert.Contains("Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 01 tháng 12 năm 2026.", body);
        Assert.Contains("Địa điểm: Phòng họp tầng 2.", body);
        Assert.Contains("Chủ trì: đồng chí Nguyễn Văn An, Bí thư chi bộ.", body);
        Assert.Contains("Thư ký: đồng chí Lê Thị Hoa.", body);
        Assert.Contains("Đại biểu cấp trên dự: đồng chí Vũ Thị Lan.", body);
        Assert.Contains("Tổng số đảng viên của chi bộ: 7; số đảng viên phải triệu tập: 5 (chính thức: 4, dự bị: 1).", body);
        Assert.Contains("Có mặt: 3/5 đồng chí (60%).", body);
        var excused = body.IndexOf("Vắng có lý do: 1 đồng chí:");
        Assert.Equal("– Đồng chí Đặng Văn Khoa: Đi công tác Đà Nẵng.", body[excused + 1]);
        var unexcused = body.IndexOf("Vắng không lý do: 1 đồng chí:");
        Assert.Equal("– Đồng chí Trần Thị Bình (dự bị).", body[unexcused + 1]);
        Assert.Contains("– Đồng chí Ngô Văn Tùng: Đình chỉ sinh hoạt.", body);
        var step6 = body.IndexOf("6. Nhiệm vụ tháng tới; phân công.");
        Assert.Equal(["Nội dung của tháng:", "– Chuẩn bị tổng kết năm 2026", "– Thu đảng phí quý IV"], body.Skip(step6 + 1).Take(3));
        var step5 = body.IndexOf("5. Thảo luận; tự phê bình và phê bình.");
        Assert.Equal("Các đồng chí phát biểu (2): Lê Thị Hoa, Nguyễn Văn An.", body[step5 + 1]);
        Assert.Contains(body, p => p.StartsWith("Số đảng viên chính thức được triệu tập: 4; có mặt: 2. Nghị quyết được thông qua khi có ít nhất 3", StringComparison.Ordinal)
            && p.Contains("không đủ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WhatOnlyTheMeetingKnows_IsLeftBlank()
    {
        var draft = Sample() with { ClerkName = null, Place = null };
        var (_, body, doc) = Open(MinutesDocument.Build(draft));
        using var _ = doc;

        Assert.Contains($"Thư ký: đồng chí {MinutesTexts.Blank}.", body);
        Assert.Contains($"Địa điểm: {MinutesTexts.Blank}.", body);
        Assert.Contains(MinutesTexts.VoteResult, body);
        Assert.Contains(MinutesTexts.Closing, body);
        Assert.Contains(body, p => p.Contains(MinutesTexts.ShortBlank + " giờ", StringComparison.Ordinal));
        Assert.True(body.Count(p => p == MinutesTexts.Blank) >= 2 * draft.Steps.Count + 2);
        var signatures = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Last().Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.StartsWith(MinutesTexts.ClerkSign, signatures[0], StringComparison.Ordinal);
        Assert.EndsWith(MinutesTexts.ShortBlank, signatures[0], StringComparison.Ordinal);
        Assert.Equal(MinutesTexts.ChairSign + MinutesTexts.SignNote + "Nguyễn Văn An", signatures[1]);
    }

    [Fact]
    public void Build_Fonts_TimesNewRomanForEveryScriptAndA4()
    {
        var (_, _, doc) = Open(MinutesDocument.Build(Sample()));
        using var _ = doc;

        var fonts = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal([MinutesDocument.Font, MinutesDocument.Font, MinutesDocument.Font], new[] { fonts.Ascii?.Value ?? "", fonts.HighAnsi?.Value ?? "", fonts.ComplexScript?.Value ?? "" });
        var page = doc.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void Build_ThematicSession_TopicUnderTheTitle()
    {
        var (_, body, doc) = Open(MinutesDocument.Build(Sample() with { Title = "CHUYÊN ĐỀ", Topic = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" }));
        using var _ = doc;

        Assert.Equal(["BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"], body.Take(2));
    }
}

/// <summary>
/// Writes the sample draft to <c>PARTYBOT_MINUTES_OUT</c> (a folder) when the variable is set, for docs/ and for a
/// picture (LibreOffice: <c>soffice --headless --convert-to pdf</c>); without it, checks the bytes are a document.
/// </summary>
public sealed class MinutesDocumentExport
{
    [Fact]
    public void Export_Sample_IsAWordDocument()
    {
        var bytes = MinutesDocument.Build(MinutesDocumentTests.Sample());
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        if (Environment.GetEnvironmentVariable("PARTYBOT_MINUTES_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "minutes-draft-sample.docx"), bytes);
        }
    }
}
