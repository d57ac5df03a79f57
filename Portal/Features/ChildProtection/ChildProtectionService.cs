using Portal.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.ChildProtection;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ChildProtection;

public sealed class ChildProtectionService(IDbContextFactory<PortalDbContext> contextFactory, DistrictScopeLoader districts, TimeProvider clock)
{
    /// <summary>The child-protection projects of a year with their subprojects and street shares.</summary>
    public async Task<PageData<ChildProtectionOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<ChildProtectionOverview>(db, year, "FundYear/child-protection", cancellationToken);
        if (scope is null)
            return refusal!;
        var (district, fundYear) = (scope.District, scope.Year);
        var streets = district.Streets.ToDictionary(s => s.Id);
        var plan = ChildProtectionPlan.Of(fundYear);
        var asOf = fundYear.ScheduleDate(clock.BeijingToday());

        var projects = plan.Projects.Select(project =>
        {
            var budget = project.Budget();
            return new ChildProtectionProject(
                project.Id,
                ChineseNumber.Parenthesized(project.Order),
                project.Name,
                project.Cycle.Label,
                project.Allocation,
                budget.AssignedToChildren,
                budget.Available,
                project.Subprojects.OrderBy(s => s.Order).Select(s => Row(project, s, streets, asOf)).ToList());
        }).ToList();

        return PageData.Of(new ChildProtectionOverview(fundYear.Year, asOf, projects));
    }

    private static SubprojectRow Row(Project project, Subproject subproject, Dictionary<Guid, Street> streets, DateOnly asOf)
    {
        var budget = project.SubprojectBudget(subproject.Id);
        var position = project.SubprojectLedger(subproject.Id).At(asOf);
        var shares = project.Shares
            .Where(s => s.SubprojectId == subproject.Id)
            .OrderBy(s => streets[s.StreetId].Order)
            .Select(s =>
            {
                var share = project.ShareLedger(s.Id).At(asOf);
                return new StreetShareRow(streets[s.StreetId].FullName, share.Allocation, share.Spent, share.CarryOver, s.Purpose);
            })
            .ToList();
        var indicators = project.Indicators
            .Where(i => i.SubprojectId == subproject.Id)
            .Select(i => new IndicatorRow(
                IndicatorText.Category(i.Category),
                i.Name,
                IndicatorText.Comparison(i.Comparison) + IndicatorText.Value(i.Target, i.Unit),
                i.Achieved is { } achieved ? IndicatorText.Value(achieved, i.Unit) : "—",
                i.IsMet))
            .ToList();

        return new SubprojectRow(
            subproject.Order.ToString(CultureInfo.InvariantCulture),
            subproject.Name,
            subproject.Cycle.Label,
            position.Allocation,
            position.Spent,
            position.CarryOver,
            budget.AssignedToChildren,
            budget.Available,
            ProjectStatusNames.Of(subproject.Status),
            subproject.Owner,
            subproject.OwnerPhone,
            shares,
            indicators);
    }
}
