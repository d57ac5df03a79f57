using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Features.Reports;

/// <summary>
/// The report as a Word file laid out the way government notices are: a centred title, parts in 黑体,
/// sections in bold, body text in 仿宋 三号 with a two-character first-line indent. The layout lives in the
/// document's named styles (报告标题, 报告一级标题…), so staff can adjust it in Word for the whole report at
/// once, and each paragraph only names its style.
/// </summary>
public static class ReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "方正小标宋简体";

    /// <summary>Sizes are in half-points (32 = 16 pt = 三号, 44 = 22 pt = 二号).</summary>
    private const string BodySize = "32";
    private const string TitleSize = "44";

    /// <summary>The first-line indent of two 三号 characters in twips, for readers that ignore the indent in characters.</summary>
    private const string TwoCharacters = "640";

    private const string TitleStyle = "ReportTitle";
    private const string PartStyle = "ReportPart";
    private const string SectionStyle = "ReportSection";
    private const string SubsectionStyle = "ReportSubsection";

    public static byte[] Create(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Paragraph(report.Title, TitleStyle));
            foreach (var block in report.Blocks)
            {
                body.Append(Paragraph(block.Text, block.Kind switch
                {
                    ReportBlockKind.Part => PartStyle,
                    ReportBlockKind.Section => SectionStyle,
                    ReportBlockKind.Subsection => SubsectionStyle,
                    ReportBlockKind.Paragraph => null,
                }));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of one style; body text takes the document's default (Normal).</summary>
    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { EastAsia = BodyFont, Ascii = "Times New Roman", HighAnsi = "Times New Roman" },
                new FontSize { Val = BodySize })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }))),
        new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = TwoCharacters }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle(TitleStyle, "报告标题", TitleFont, TitleSize, bold: false, centered: true),
        HeadingStyle(PartStyle, "报告一级标题", HeadingFont, BodySize, bold: false, centered: false),
        HeadingStyle(SectionStyle, "报告二级标题", BodyFont, BodySize, bold: true, centered: false),
        HeadingStyle(SubsectionStyle, "报告三级标题", BodyFont, BodySize, bold: true, centered: false));

    private static Style HeadingStyle(string id, string name, string font, string size, bool bold, bool centered)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext());
        if (centered)
        {
            paragraph.Append(new Indentation { FirstLineChars = 0, FirstLine = "0" });
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        var run = new StyleRunProperties(new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold)
            run.Append(new Bold());
        run.Append(new FontSize { Val = size });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = true,
        };
    }
}
