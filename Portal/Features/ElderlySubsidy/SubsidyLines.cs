using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// Applies parsed lines to a report through the domain, with the lottery money of the year's other counted months read inside
/// the caller's transaction (it takes the write lock at once: SQLite's BEGIN IMMEDIATE, PostgreSQL's
/// advisory lock in PostgresWriteLock; so two streets saving together cannot both pass the elderly-block check).
/// </summary>
internal static class SubsidyLines
{
    public static async Task<FormResult> ApplyAsync(PortalDbContext db, FundYear fundYear, SubsidyReport report, IReadOnlyList<ParsedLine> lines, string editedBy, CancellationToken cancellationToken)
    {
        // What is left of the elderly block is the block less the months that count: the same figure the
        // totals page shows, so nobody is refused for more than the page says is left.
        var others = await db.SubsidyReports
            .Where(r => r.FundYearId == fundYear.Id && r.Id != report.Id)
            .SelectMany(r => r.Lines, (r, l) => new { r.Status, l.Lottery })
            .ToListAsync(cancellationToken);
        var lotteryOfOthers = Money.Sum(others.Where(o => o.Status.IsCounted()).Select(o => o.Lottery));

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var set = report.SetLine(editedBy, line.Type, line.PersonTimes, line.Lottery, line.Matching, line.Comment, fundYear, lotteryOfOthers);
            if (set.IsSuccess)
                continue;
            if (set.Error is SubsidyMessages.Locked or SubsidyMessages.AwaitingReview)
                return FormResult.Refused(set.Error);
            errors[FieldOf(line.Type.Code, set.Field)] = set.Error!;
        }

        return errors.Count > 0 ? FormResult.Invalid(errors) : FormResult.Saved();
    }

    /// <summary>The grid's key of the domain field a refusal names; one without a field goes under the lottery money it guards.</summary>
    private static string FieldOf(string subsidyCode, string? field) => field switch
    {
        Fields.PersonTimes => EntryFields.PersonTimes(subsidyCode),
        Fields.Matching => EntryFields.Matching(subsidyCode),
        Fields.Comment => EntryFields.Comment(subsidyCode),
        _ => EntryFields.Lottery(subsidyCode),
    };
}
