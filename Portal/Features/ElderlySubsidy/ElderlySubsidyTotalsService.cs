using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

public sealed class ElderlySubsidyTotalsService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, IReadAuthorizer reads) : IElderlySubsidyTotalsService
{
    public const string DistrictWide = "全区";
    public const string WholeYear = "全年";

    public async Task<PageData<ElderlySubsidyTotals>> TotalsAsync(int? year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<ElderlySubsidyTotals>(user, "FundYear/elderly-subsidies", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return PageData.NotFound<ElderlySubsidyTotals>(FundYearPageMessages.NotFound(year));
        var (district, fundYear) = loaded;

        var types = await db.SubsidyTypes.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var reports = await db.SubsidyReports.AsNoTracking().Where(r => r.FundYearId == fundYear.Id).ToListAsync(cancellationToken);
        var streets = district.Streets.ToDictionary(s => s.Id);

        var rows = (
            from report in reports
            from line in report.Lines
            let type = types.Single(t => t.Id == line.SubsidyTypeId)
            orderby report.StreetId is null ? 0 : streets[report.StreetId.Value].Order, report.Month ?? 0, type.Order
            select new SubsidyTotalRow(
                type.Name,
                report.StreetId is { } streetId ? streets[streetId].FullName : DistrictWide,
                report.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : WholeYear,
                ReportStatusNames.Of(report.Status),
                line.PersonTimes,
                line.Lottery,
                line.Matching,
                line.Total,
                line.AveragePerPersonTime,
                RateRange(type, report.PeriodStart),
                line.RateFlag,
                line.FlagComment)).ToList();

        var rates = types
            .SelectMany(t => t.Rates.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Monthly).Select(r => new RateRow(t.Name, r.EffectiveFrom, r.Level, r.Monthly)))
            .ToList();

        var lottery = Money.Sum(reports.Select(r => r.Lottery));
        return PageData.Of<ElderlySubsidyTotals>(new ElderlySubsidyTotals(
            fundYear.Year,
            fundYear.ElderlyBlock,
            lottery,
            fundYear.ElderlyBlock - lottery,
            Money.Sum(reports.Select(r => r.Matching)),
            fundYear.ElderlyCycle?.Label,
            string.Join("、", fundYear.ElderlyOwners.Select(o => $"{o.Name}（{o.ResponsibleFor}）{o.Phone}")),
            rows,
            rates));
    }

    private static string RateRange(SubsidyType type, DateOnly date)
    {
        var rates = type.RatesOn(date);
        return rates.Count == 0
            ? "无标准"
            : $"{rates.Min(r => r.Monthly).ToYuan()}–{rates.Max(r => r.Monthly).ToYuan()} 元/人·月";
    }
}
