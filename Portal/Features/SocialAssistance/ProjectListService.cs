using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class ProjectListService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, TimeProvider clock, IReadAuthorizer reads) : IProjectListService
{
    public async Task<PageData<ProjectList>> ProjectsAsync(int? year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<ProjectList>(user, "FundYear/projects", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return PageData.NotFound<ProjectList>(FundYearPageMessages.NotFound(year));
        var fundYear = loaded.Year;
        var cutOff = fundYear.CutOffDate;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);

        var rows = fundYear.Projects.OrderBy(p => p.Order).Select(p =>
        {
            var budget = p.Budget(cutOff);
            return new ProjectRow(
                p.Id,
                ChineseNumber.Parenthesized(p.Order),
                p.Name,
                p.Area == ProjectArea.ChildProtection ? "儿童保护" : "社会救助",
                p.Cycle.Label,
                p.Allocation,
                budget.SpentInTotal,
                budget.Balance,
                budget.ExecutionRate,
                p.Cycle.ScheduleProgress(today),
                ProjectStatusNames.Of(p.Status),
                p.Owner,
                p.OwnerPhone,
                p.Subprojects.Count,
                p.Indicators.Count);
        }).ToList();

        return PageData.Of<ProjectList>(new ProjectList(
            fundYear.Year,
            fundYear.FactorBlock,
            fundYear.Allocated,
            fundYear.Unallocated,
            Money.Sum(rows.Select(r => r.Spent)),
            Money.Sum(rows.Select(r => r.CarryOver)),
            cutOff,
            today,
            rows));
    }
}
