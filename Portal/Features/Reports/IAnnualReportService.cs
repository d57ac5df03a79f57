namespace Portal.Features.Reports;

/// <summary>
/// The public report of a fund year: generated live from the data (the draft, for managers), and frozen
/// versions once published (for everyone who may read).
/// </summary>
public interface IAnnualReportService
{
    /// <summary>
    /// The report to show: a manager gets the live draft, with what the check before publishing finds,
    /// unless a version is asked for; others the latest published version.
    /// </summary>
    Task<PageData<ReportPage>> ReportAsync(int year, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes the live draft as the next version. Refused while the check finds an error; over warnings
    /// only with <paramref name="reason"/>, which the version keeps.
    /// </summary>
    Task<FormResult> PublishAsync(int year, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Every figure with its unit, for open data (JSON and CSV).</summary>
    Task<PageData<Disclosure>> DisclosureAsync(int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// A report as a page shows it: which version it is, and the versions there are. A draft shown to a manager
/// carries what the check before publishing finds; a published version what it was published over, and why.
/// </summary>
public sealed record ReportPage(
    AnnualReport Report,
    int? Version,
    DateTime? PublishedAt,
    bool IsDraft,
    bool CanPublish,
    IReadOnlyList<PublishedVersion> Versions,
    IReadOnlyList<PublishProblem> Problems,
    string? OverrideReason = null);

/// <summary>A published version; <see cref="PublishedAt"/> is UTC, shown in Beijing time.</summary>
public sealed record PublishedVersion(int Number, DateTime PublishedAt, string PublishedBy, bool OverWarnings);
