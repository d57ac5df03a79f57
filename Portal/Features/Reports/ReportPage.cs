namespace Portal.Features.Reports;

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
