using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartyBot.Core.Minutes;

/// <summary>
/// The biên bản draft as a Word document (Open XML SDK), laid out as party documents are (Hướng dẫn 36-HD/VPTW): A4,
/// Times New Roman 14 pt (it has every Vietnamese glyph); the header block with the upper organisation and the chi bộ
/// on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right; the title; then the minutes, prefilled,
/// with dotted blanks for the thư ký; the signatures of the thư ký and the chair.
/// </summary>
public static class MinutesDocument
{
    public const string Font = "Times New Roman";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Half-points: 14 pt body, 13 pt header block.</summary>
    private const string BodySize = "28";

    private const string HeaderSize = "26";

    public static byte[] Build(MinutesDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(HeaderBlock(draft));
            body.Append(Para(MinutesTexts.TitlePrefix + " " + draft.Title, JustificationValues.Center, bold: true, spaceBefore: 360));
            if (!string.IsNullOrWhiteSpace(draft.Topic))
            {
                body.Append(Para(draft.Topic.Trim(), JustificationValues.Center, bold: true));
            }
            body.Append(Para("-----", JustificationValues.Center, spaceAfter: 240));
            foreach (var paragraph in MinutesBody.Paragraphs(draft))
            {
                body.Append(paragraph.Heading
                    ? Para(paragraph.Text, JustificationValues.Both, bold: true, spaceBefore: 120)
                    : Para(paragraph.Text, JustificationValues.Both, firstLine: paragraph.Indented ? 567 : 0, italic: paragraph.Italic));
            }
            body.Append(Signatures(draft));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = BodySize },
                new FontSizeComplexScript { Val = BodySize },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new SpacingBetweenLines { After = "60", Line = "312", LineRule = LineSpacingRuleValues.Auto })));
        styles.Styles.Save();
    }

    /// <summary>Left: the upper organisation, the chi bộ (bold), "*"; right: the Party's name (bold, underlined), the place and date (italic).</summary>
    private static Table HeaderBlock(MinutesDraft draft)
    {
        var left = new TableCell(
            new TableCellProperties(new TableCellWidth { Width = "4200", Type = TableWidthUnitValues.Dxa }),
            Para(draft.UpperOrganisation.ToUpperInvariant(), JustificationValues.Center, size: HeaderSize, spaceAfter: 0),
            Para(draft.CellName.ToUpperInvariant(), JustificationValues.Center, bold: true, size: HeaderSize, spaceAfter: 0),
            Para("*", JustificationValues.Center, size: HeaderSize, spaceAfter: 0));
        var right = new TableCell(
            new TableCellProperties(new TableCellWidth { Width = "5000", Type = TableWidthUnitValues.Dxa }),
            Para(MinutesTexts.Party, JustificationValues.Center, bold: true, underline: true, size: "28", spaceAfter: 120),
            Para(MinutesTexts.PlaceAndDate(draft.Locality, draft.StartsAt), JustificationValues.Center, italic: true, size: BodySize, spaceAfter: 0));
        return Borderless(new TableRow(left, right));
    }

    private static Table Signatures(MinutesDraft draft)
    {
        TableCell Cell(string role, string? name) => new(
            new TableCellProperties(new TableCellWidth { Width = "4600", Type = TableWidthUnitValues.Dxa }),
            Para(role, JustificationValues.Center, bold: true, spaceBefore: 360, spaceAfter: 0),
            Para(MinutesTexts.SignNote, JustificationValues.Center, italic: true, spaceAfter: 1200),
            Para(name ?? MinutesTexts.ShortBlank, JustificationValues.Center, bold: name is not null));
        return Borderless(new TableRow(Cell(MinutesTexts.ClerkSign, draft.ClerkName), Cell(MinutesTexts.ChairSign, draft.Chair.FullName)));
    }

    private static Table Borderless(TableRow row) => new(
        new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        row);

    private static Paragraph Para(
        string text, JustificationValues align, bool bold = false, bool italic = false, bool underline = false,
        string? size = null, int spaceBefore = 0, int spaceAfter = 60, int firstLine = 0)
    {
        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        if (italic)
        {
            run.Append(new Italic());
        }
        if (underline)
        {
            run.Append(new Underline { Val = UnderlineValues.Single });
        }
        if (size is not null)
        {
            run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Indentation { FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Justification { Val = align });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
