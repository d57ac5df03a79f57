namespace Portal.Features.Reports;

/// <summary>
/// The yearly public report as a sequence of blocks, in the structure of the published 2020 report. The
/// print page and the Word file render the same blocks, so the two never differ.
/// </summary>
public sealed record AnnualReport(int Year, string Title, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>All text of the report, as one string (for searching and tests).</summary>
    public string PlainText => Title + "\n" + string.Join("\n", Blocks.Select(b => b.Text));
}

public enum ReportBlockKind
{
    /// <summary>一、二、</summary>
    Part,

    /// <summary>（一）（二）</summary>
    Section,

    /// <summary>1、2、</summary>
    Subsection,
    Paragraph,
}

public sealed record ReportBlock(ReportBlockKind Kind, string Text);
