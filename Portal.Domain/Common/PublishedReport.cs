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
        ProblemsJson = "[]";
    }

    private PublishedReport(Guid fundYearId, int number, DateTime publishedAt, string publishedBy, string reportJson, string disclosureJson, string problemsJson, string? overrideReason)
    {
        Id = Ids.NewId();
        FundYearId = fundYearId;
        Number = number;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        ReportJson = reportJson;
        DisclosureJson = disclosureJson;
        ProblemsJson = problemsJson;
        OverrideReason = overrideReason;
    }

    public const int OverrideReasonMaxLength = 2000;

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

    /// <summary>What the check before publishing still found (JSON), kept with the version it was published over.</summary>
    public string ProblemsJson { get; private set; }

    /// <summary>Why the manager published over the check's warnings; null when there were none.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>The number the next version gets after <paramref name="latest"/> (null for the first).</summary>
    public static int NextNumber(int? latest) => (latest ?? 0) + 1;

    /// <summary>
    /// Version <paramref name="number"/> of the report, which marks the year published (its spending then
    /// changes only by 更正). With <paramref name="warnings"/> outstanding a reason is
    /// required, and kept with the version; errors are never published over (the caller refuses them first).
    /// </summary>
    public static Result<PublishedReport> Publish(
        FundYear year, int number, DateTime now, string publishedBy, string reportJson, string disclosureJson, int warnings, string problemsJson, string? reason)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(disclosureJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(problemsJson);
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (warnings > 0 && trimmed is null)
            return Result.Fail<PublishedReport>(PublishMessages.ReasonRequired(warnings));
        if (trimmed?.Length > OverrideReasonMaxLength)
            return Result.Fail<PublishedReport>(PublishMessages.ReasonTooLong);
        year.RecordPublication(number);
        return Result.Ok(new PublishedReport(year.Id, number, now, publishedBy, reportJson, disclosureJson, problemsJson, warnings > 0 ? trimmed : null));
    }
}
