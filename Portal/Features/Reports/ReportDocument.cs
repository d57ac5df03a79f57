using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Features.Reports;

/// <summary>
/// The report as a Word file laid out the way government notices are: a centred title, bold parts and
/// sections, body text in 仿宋 三号 with a two-character first-line indent.
/// </summary>
public static class ReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "方正小标宋简体";

    public static byte[] Create(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(report.Title, TitleFont, size: 44, bold: false, centered: true, indent: false));
            foreach (var block in report.Blocks)
            {
                body.Append(block.Kind switch
                {
                    ReportBlockKind.Part => Paragraph(block.Text, HeadingFont, 32, bold: false, centered: false, indent: true),
                    ReportBlockKind.Section => Paragraph(block.Text, BodyFont, 32, bold: true, centered: false, indent: true),
                    ReportBlockKind.Subsection => Paragraph(block.Text, BodyFont, 32, bold: true, centered: false, indent: true),
                    ReportBlockKind.Paragraph => Paragraph(block.Text, BodyFont, 32, bold: false, centered: false, indent: true),
                });
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Size is in half-points (32 = 16 pt = 三号).</summary>
    private static Paragraph Paragraph(string text, string font, int size, bool bold, bool centered, bool indent)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (centered)
            properties.Append(new Justification { Val = JustificationValues.Center });
        if (indent)
            properties.Append(new Indentation { FirstLineChars = 200 });

        var runProperties = new RunProperties(
            new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
            runProperties.Append(new Bold());
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
