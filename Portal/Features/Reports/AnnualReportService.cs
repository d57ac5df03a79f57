using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Reports;

public sealed class AnnualReportService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    IReadAuthorizer reads,
    IOperationAuthorizer authorizer,
    TimeProvider clock) : IAnnualReportService
{
    public const string NotPublished = "本年度报告尚未发布。";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<PageData<ReportPage>> ReportAsync(int year, int? version = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<ReportPage>(user, $"Report/{year}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await SourcesAsync(db, year, cancellationToken) is not { } live)
            return PageData.NotFound<ReportPage>(FundYearPageMessages.NotFound(year));

        var published = await db.PublishedReports.AsNoTracking().Where(r => r.FundYearId == live.Year.Id).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var versions = published.Select(p => new PublishedVersion(p.Number, p.PublishedAt, p.PublishedBy)).ToList();
        if (user.IsManager && version is null)
            return PageData.Of(new ReportPage(live.Report(), null, null, IsDraft: true, CanPublish: true, versions, await ProblemsAsync(db, live, cancellationToken)));

        var chosen = version is { } number ? published.Find(p => p.Number == number) : published.LastOrDefault();
        if (chosen is null)
            return PageData.NotFound<ReportPage>(NotPublished);
        var report = JsonSerializer.Deserialize<AnnualReport>(chosen.ReportJson, Json)!;
        return PageData.Of(new ReportPage(report, chosen.Number, chosen.PublishedAt, IsDraft: false, CanPublish: user.IsManager, versions, []));
    }

    public async Task<PageData<Disclosure>> DisclosureAsync(int year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<Disclosure>(user, $"Disclosure/{year}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await SourcesAsync(db, year, cancellationToken) is not { } live)
            return PageData.NotFound<Disclosure>(FundYearPageMessages.NotFound(year));
        if (user.IsManager)
            return PageData.Of(live.Disclosure());
        var latest = await db.PublishedReports.AsNoTracking().Where(r => r.FundYearId == live.Year.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? PageData.NotFound<Disclosure>(NotPublished)
            : PageData.Of(JsonSerializer.Deserialize<Disclosure>(latest.DisclosureJson, Json)!);
    }

    /// <summary>What is missing or inconsistent before publishing, from the same data as the draft.</summary>
    private static async Task<IReadOnlyList<string>> ProblemsAsync(PortalDbContext db, Sources live, CancellationToken cancellationToken)
    {
        var fundYear = live.Year;
        var problems = new List<string>();
        foreach (var project in fundYear.Projects.OrderBy(p => p.Order))
        {
            var number = ChineseNumber.Parenthesized(project.Order) + project.Name;
            if (project.Owner is null)
                problems.Add($"{number}：没有填写项目负责人。");
            if (ScheduleCheck.Of(project.Allocation, live.Spent.OfProject(project.Id), project.Cycle, fundYear.CutOffDate).NeedsReason && project.Lag is null)
                problems.Add($"{number}：截至 {fundYear.CutOffDate:yyyy-MM-dd} 执行进度滞后，尚未说明原因和整改措施。");
            foreach (var subproject in project.Subprojects.Where(s => s.Owner is null))
                problems.Add($"{number} / {subproject.Name}：没有填写负责人。");
        }

        if (fundYear.Allocated + fundYear.TransferredToNextYear + fundYear.Unallocated != fundYear.FactorBlock)
            problems.Add("因素法分配资金的已安排、调整和未安排之和不等于收到的金额。");
        if (!fundYear.Unallocated.IsZero)
            problems.Add($"因素法分配资金尚有 {fundYear.Unallocated.ToWanYuan()} 万元未安排到项目。");
        var waiting = await db.SubsidyReports.CountAsync(r => r.FundYearId == fundYear.Id && r.Status == Domain.ElderlySubsidy.ReportStatus.Submitted, cancellationToken);
        if (waiting > 0)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"有 {waiting} 个街道月报已提交、尚未审核，报告中已计入。"));
        return problems;
    }

    public async Task<FormResult> PublishAsync(int year, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.PublishReport, null, string.Create(CultureInfo.InvariantCulture, $"Report/{year}"), cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SourcesAsync(db, year, cancellationToken) is not { } live)
            return FormResult.Refused(FundYearPageMessages.NotFound(year));
        var latest = await db.PublishedReports.Where(r => r.FundYearId == live.Year.Id).MaxAsync(r => (int?)r.Number, cancellationToken);
        var fundYear = await db.FundYears.SingleAsync(y => y.Id == live.Year.Id, cancellationToken);
        db.PublishedReports.Add(PublishedReport.Publish(fundYear, latest, clock.GetUtcNow().UtcDateTime, authorized.Value.AuditName,
            JsonSerializer.Serialize(live.Report(), Json), JsonSerializer.Serialize(live.Disclosure(), Json)));
        db.Actor = authorized.Value.AuditName;
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure)
            return FormResult.From(saved);
        await transaction.CommitAsync(cancellationToken);
        return FormResult.Saved();
    }

    /// <summary>What the report and its open data are written from, as the data stands now.</summary>
    private sealed record Sources(District District, FundYear Year, IReadOnlyList<ElderlyTotal> Elderly, SpentAtCutOff Spent)
    {
        public AnnualReport Report() => AnnualReportBuilder.Build(District, Year, Elderly, Spent);

        public Disclosure Disclosure() => DisclosureBuilder.Build(District, Year, Elderly, Spent);
    }

    /// <summary>
    /// The year's text without its spending rows, and the sums the database adds up: a city-sized year has
    /// thousands of spending and monthly lines, and the report states a few dozen totals.
    /// </summary>
    private async Task<Sources?> SourcesAsync(PortalDbContext db, int year, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(db, year, FundYearDetail.WithoutSpending, cancellationToken) is not { } loaded)
            return null;
        var (district, fundYear) = loaded;
        var elderly = await ElderlyTotal.OfYearAsync(db, fundYear.Id, cancellationToken);
        var spent = await SpentAtCutOff.LoadAsync(db, fundYear, cancellationToken);
        return new Sources(district, fundYear, elderly, spent);
    }
}
