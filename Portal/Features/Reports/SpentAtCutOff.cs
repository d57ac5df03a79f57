using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;

namespace Portal.Features.Reports;

/// <summary>
/// What each project and subproject of a fund year had spent by its cut-off, counted as the domain's budgets
/// count it (<see cref="Project.Budget(DateOnly?)"/>: a project's total takes every spending under it, a
/// subproject's takes its own and its street shares'). The report states these figures and their carry-over.
/// </summary>
public sealed class SpentAtCutOff
{
    private readonly Dictionary<(Guid Project, Guid? Subproject), Money> sums;

    private SpentAtCutOff(Dictionary<(Guid Project, Guid? Subproject), Money> sums) => this.sums = sums;

    public Money OfProject(Guid projectId) => Money.Sum(sums.Where(s => s.Key.Project == projectId).Select(s => s.Value));

    public Money OfSubproject(Guid projectId, Guid subprojectId) => sums.GetValueOrDefault((projectId, subprojectId));

    /// <summary>Added up by the database: the report needs a sum per node, not every spending row.</summary>
    public static async Task<SpentAtCutOff> LoadAsync(PortalDbContext db, FundYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(year);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT s."ProjectId" AS "ProjectId", s."SubprojectId" AS "SubprojectId", CAST(SUM(s."AmountFen") AS BIGINT) AS "Fen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" = {year.Id} AND s."Date" <= {year.CutOffDate}
            GROUP BY s."ProjectId", s."SubprojectId"
            """).ToListAsync(cancellationToken);
        return new SpentAtCutOff(rows.ToDictionary(r => (r.ProjectId, r.SubprojectId), r => Money.FromFen(r.Fen)));
    }

    private sealed record Row(Guid ProjectId, Guid? SubprojectId, long Fen);
}
