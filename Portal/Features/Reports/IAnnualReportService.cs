namespace Portal.Features.Reports;

/// <summary>
/// The public report of a fund year: generated live from the data (the draft, for managers), and frozen
/// versions once published (for everyone who may read).
/// </summary>
public interface IAnnualReportService
{
    /// <summary>
    /// The report to show: a manager gets the live draft, with what is missing or inconsistent before
    /// publishing, unless a version is asked for; others the latest published version.
    /// </summary>
    Task<PageData<ReportPage>> ReportAsync(int year, int? version = null, CancellationToken cancellationToken = default);

    Task<FormResult> PublishAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Every figure with its unit, for open data (JSON and CSV).</summary>
    Task<PageData<Disclosure>> DisclosureAsync(int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// A report as a page shows it: which version it is, and the versions there are. A draft shown to a manager
/// carries the problems to settle before publishing (empty when there are none); a published version none.
/// </summary>
public sealed record ReportPage(AnnualReport Report, int? Version, DateTime? PublishedAt, bool IsDraft, bool CanPublish, IReadOnlyList<PublishedVersion> Versions, IReadOnlyList<string> Problems);

public sealed record PublishedVersion(int Number, DateTime PublishedAt, string PublishedBy);
