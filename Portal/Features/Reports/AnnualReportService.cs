using Portal.Infrastructure;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Reports;

/// <summary>
/// The public report of a fund year: generated live from the data (the draft, for managers), and frozen
/// versions once published (for everyone who may read).
/// </summary>
public sealed class AnnualReportService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer,
    TimeProvider clock)
{
    public const string NotPublished = "本年度报告尚未发布。";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The report to show: a manager gets the live draft, with what the check before publishing finds,
    /// unless a version is asked for; others the latest published version.
    /// </summary>
    public async Task<PageData<ReportPage>> ReportAsync(int year, int? version = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return await reads.RefuseAsync<ReportPage>(user, $"Report/{year}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ReportFigures.LoadAsync(db, loader, year, Today(), cancellationToken) is not { } live)
            return PageData.NotFound<ReportPage>(FundYearPageMessages.NotFound(year));

        var published = await db.PublishedReports.AsNoTracking().Where(r => r.FundYearId == live.Year.Id).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var versions = published.Select(p => new PublishedVersion(p.Number, p.PublishedAt, p.PublishedBy, p.OverrideReason is not null)).ToList();
        if (user.IsManager && version is null)
            return PageData.Of(new ReportPage(AnnualReportBuilder.Build(live), null, null, IsDraft: true, CanPublish: true, versions, PublishCheck.Of(live)));

        var chosen = version is { } number ? published.Find(p => p.Number == number) : published.LastOrDefault();
        if (chosen is null)
            return PageData.NotFound<ReportPage>(NotPublished);
        var report = JsonSerializer.Deserialize<AnnualReport>(chosen.ReportJson, Json)!;
        var problems = JsonSerializer.Deserialize<List<PublishProblem>>(chosen.ProblemsJson, Json)!;
        return PageData.Of(new ReportPage(report, chosen.Number, chosen.PublishedAt, IsDraft: false, CanPublish: user.IsManager, versions, problems, chosen.OverrideReason));
    }

    /// <summary>Every figure with its unit, for open data (JSON and CSV).</summary>
    public async Task<PageData<Disclosure>> DisclosureAsync(int year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return await reads.RefuseAsync<Disclosure>(user, $"Disclosure/{year}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ReportFigures.LoadAsync(db, loader, year, Today(), cancellationToken) is not { } live)
            return PageData.NotFound<Disclosure>(FundYearPageMessages.NotFound(year));
        if (user.IsManager)
            return PageData.Of(DisclosureBuilder.Build(live, version: null, publishedAtUtc: null));
        var latest = await db.PublishedReports.AsNoTracking().Where(r => r.FundYearId == live.Year.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? PageData.NotFound<Disclosure>(NotPublished)
            : PageData.Of(JsonSerializer.Deserialize<Disclosure>(latest.DisclosureJson, Json)!);
    }

    /// <summary>
    /// Publishes the live draft as the next version. Refused while the check finds an error; over warnings
    /// only with <paramref name="reason"/>, which the version keeps.
    /// </summary>
    public async Task<FormResult> PublishAsync(int year, string? reason = null, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.PublishReport, null, string.Create(CultureInfo.InvariantCulture, $"Report/{year}"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ReportFigures.LoadAsync(db, loader, year, Today(), cancellationToken) is not { } live)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        var problems = PublishCheck.Of(live);
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        if (errors > 0)
            return FormResult.Refused(PublishMessages.HasErrors(errors));

        var latest = await db.PublishedReports.Where(r => r.FundYearId == live.Year.Id).MaxAsync(r => (int?)r.Number, cancellationToken);
        var number = PublishedReport.NextNumber(latest);
        var now = clock.GetUtcNow().UtcDateTime;
        var fundYear = await db.FundYears.SingleAsync(y => y.Id == live.Year.Id, cancellationToken);
        var version = PublishedReport.Publish(fundYear, number, now, authorized.Value.AuditName,
            JsonSerializer.Serialize(AnnualReportBuilder.Build(live), Json),
            JsonSerializer.Serialize(DisclosureBuilder.Build(live, number, now), Json),
            problems.Count,
            JsonSerializer.Serialize(problems, Json),
            reason);
        if (version.IsFailure)
            return FormResult.Invalid(new Dictionary<string, string> { [ReportFields.Reason] = version.Error! });
        db.PublishedReports.Add(version.Value);
        db.Actor = authorized.Value.AuditName;
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure)
            return FormResult.From(saved);
        await transaction.CommitAsync(cancellationToken);
        return FormResult.Saved();
    }

    private DateOnly Today() => clock.BeijingToday();
}

/// <summary>The keys the report page gives its inputs, for placing a refusal next to the field.</summary>
public static class ReportFields
{
    public const string Reason = "reason";
}
