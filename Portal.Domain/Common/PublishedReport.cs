namespace Portal.Domain.Common;

/// <summary>
/// A published version of a fund year's public report, frozen as it was published: later edits of the
/// data do not change it. Versions are numbered 1, 2, … per year and never edited or deleted.
/// </summary>
public sealed class PublishedReport
{
    private PublishedReport()
    {
        PublishedBy = string.Empty;
        ReportJson = string.Empty;
        DisclosureJson = string.Empty;
    }

    private PublishedReport(Guid fundYearId, int number, DateTime publishedAt, string publishedBy, string reportJson, string disclosureJson)
    {
        Id = Ids.NewId();
        FundYearId = fundYearId;
        Number = number;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        ReportJson = reportJson;
        DisclosureJson = disclosureJson;
    }

    public Guid Id { get; private set; }

    public Guid FundYearId { get; private set; }

    public int Number { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The report exactly as published (its blocks, as JSON).</summary>
    public string ReportJson { get; private set; }

    /// <summary>The open-data figures exactly as published (JSON).</summary>
    public string DisclosureJson { get; private set; }

    /// <summary>The next version after <paramref name="latest"/> (null for the first).</summary>
    public static PublishedReport Publish(FundYear year, int? latest, DateTime now, string publishedBy, string reportJson, string disclosureJson)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(disclosureJson);
        return new PublishedReport(year.Id, (latest ?? 0) + 1, now, publishedBy, reportJson, disclosureJson);
    }
}
