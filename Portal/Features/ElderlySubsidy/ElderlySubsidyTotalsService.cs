using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

public sealed class ElderlySubsidyTotalsService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts)
{
    public const string DistrictWide = "全区";
    public const string WholeYear = "全年";

    public async Task<PageData<ElderlySubsidyTotals>> TotalsAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<ElderlySubsidyTotals>(db, year, "FundYear/elderly-subsidies", cancellationToken);
        if (scope is null)
            return refusal!;
        var (district, fundYear) = (scope.District, scope.Year);

        var types = await db.SubsidyTypes.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var all = await db.SubsidyReports.AsNoTracking().Where(r => r.FundYearId == fundYear.Id).ToListAsync(cancellationToken);
        var reports = all.Where(r => r.Status.IsCounted()).ToList();
        var streets = district.Streets.OrderBy(s => s.Order).ToList();
        var monthly = reports.Where(r => r.StreetId is not null && r.Month is not null).ToList();

        var annual = (
            from report in reports.Where(r => r.Month is null)
            from line in report.Lines
            let type = types.Single(t => t.Id == line.SubsidyTypeId)
            orderby type.Order
            select new SubsidyTotalRow(
                type.Name,
                report.StreetId is { } streetId ? streets.Single(s => s.Id == streetId).FullName : DistrictWide,
                WholeYear,
                ReportStatusNames.Of(report.Status),
                line.PersonTimes,
                line.Lottery,
                line.Matching,
                line.Total,
                line.AveragePerPersonTime,
                SubsidyRates.RangeText(type, report.PeriodStart),
                line.RateFlag,
                line.FlagComment,
                line.SplitEstimated)).ToList();

        var byType = types.Select(type =>
        {
            var sum = ElderlyAmounts.Sum(reports.SelectMany(r => r.Lines).Where(l => l.SubsidyTypeId == type.Id).Select(ElderlyAmounts.Of));
            return new TypeTotal(type.Name, sum.PersonTimes, sum.Lottery, sum.Matching, sum.SplitEstimated);
        }).ToList();

        var byMonth = Enumerable.Range(1, 12).Select(month =>
        {
            var ofMonth = monthly.Where(r => r.Month == month).ToList();
            var lines = ofMonth.SelectMany(r => r.Lines).ToList();
            return new MonthTotal(month, lines.Sum(l => l.PersonTimes), Money.Sum(lines.Select(l => l.Lottery)), Money.Sum(lines.Select(l => l.Matching)), ofMonth.Count);
        }).ToList();

        var byStreet = streets.Select(street =>
        {
            var ofStreet = monthly.Where(r => r.StreetId == street.Id).ToList();
            var lines = ofStreet.SelectMany(r => r.Lines).ToList();
            return new StreetTotal(
                street.Code,
                street.FullName,
                lines.Sum(l => l.PersonTimes),
                Money.Sum(lines.Select(l => l.Lottery)),
                Money.Sum(lines.Select(l => l.Matching)),
                ofStreet.Count(r => r.Status == ReportStatus.Approved),
                ofStreet.Count(r => r.Status == ReportStatus.Submitted));
        }).ToList();

        var rates = types
            .SelectMany(t => t.Rates.OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Monthly).Select(r => new RateRow(t.Name, r.EffectiveFrom, r.Level, r.Monthly)))
            .ToList();

        var counted = ElderlyAmounts.Sum(reports.SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));
        return PageData.Of(new ElderlySubsidyTotals(
            fundYear.Year,
            fundYear.ElderlyBlock,
            counted.Lottery,
            fundYear.ElderlyLeft(counted.Lottery),
            counted.Matching,
            counted.PersonTimes,
            counted.SplitEstimated,
            StreetMonths.IsAnnualOnly(all.Select(r => r.Month)),
            fundYear.ElderlyCycle?.Label,
            string.Join("、", fundYear.ElderlyOwners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name}（{o.ResponsibleFor}）{o.Phone}"))),
            fundYear.ReportDeadlineDay,
            annual,
            byType,
            byMonth,
            byStreet,
            rates));
    }
}
