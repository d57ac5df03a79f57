using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.Figures;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;

namespace Portal.Features.Reports;

/// <summary>
/// Every figure the public report, its check before publishing and its open data state, each read once
/// through the domain: projects at the cut-off from their ledgers, the elderly block from the months that
/// count, the year from its statement. The report, the check and the open data never compute a figure
/// themselves, so they cannot disagree.
/// </summary>
public sealed class ReportFigures
{
    private readonly IReadOnlyList<SpendingSum> _spending;

    private ReportFigures(
        District district, FundYear year, IReadOnlyList<SpendingSum> spending, IReadOnlyList<ElderlyFigure> elderly, StreetMonthProgress months, YearStatement statement, IReadOnlyList<Spending> amendments)
    {
        Amendments = amendments;
        District = district;
        Year = year;
        _spending = spending;
        Elderly = elderly;
        Months = months;
        Statement = statement;
    }

    public District District { get; }

    public FundYear Year { get; }

    /// <summary>The year's money at its cut-off.</summary>
    public YearStatement Statement { get; }

    /// <summary>What each subsidy paid in the months that count.</summary>
    public IReadOnlyList<ElderlyFigure> Elderly { get; }

    public StreetMonthProgress Months { get; }

    /// <summary>
    /// Spending entries made since the latest published version (更正 of it: payments, reversals and corrected
    /// entries with their reasons), oldest first; empty before the first publication.
    /// </summary>
    public IReadOnlyList<Spending> Amendments { get; }

    public DateOnly CutOff => Year.CutOffDate;

    public IEnumerable<Project> Projects => Year.Projects.OrderBy(p => p.Order);

    public NodePosition ProjectAt(Project project) => Year.LedgerOf(project, _spending).At(CutOff);

    public NodePosition SubprojectAt(Project project, Subproject subproject) => project.SubprojectLedger(subproject.Id, _spending).At(CutOff);

    /// <summary>Whether a (sub)project lagged at the cut-off (or at its cycle's end, if that came first).</summary>
    public ScheduleCheck ProjectSchedule(Project project) => Year.LedgerOf(project, _spending).Schedule(project.Cycle, project.Status, CutOff);

    public ScheduleCheck SubprojectSchedule(Project project, Subproject subproject) =>
        project.SubprojectLedger(subproject.Id, _spending).Schedule(subproject.Cycle, subproject.Status, CutOff);

    /// <summary>What a (sub)project's text may name by placeholder, as the report prints it.</summary>
    public static IReadOnlyDictionary<string, string> Values(NodePosition position) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Narrative.Allocation] = position.Allocation.ToWanYuan(),
        [Narrative.Spent] = position.Spent.ToWanYuan(),
        [Narrative.CarryOver] = position.CarryOver.ToWanYuan(),
    };

    /// <summary>What the elderly programme's text may name by placeholder: each subsidy's person-times and paid total.</summary>
    public IReadOnlyDictionary<string, string> ElderlyValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Elderly)
        {
            values[Narrative.PersonTimesOf(e.Type.Name)] = e.Amounts.PersonTimes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values[Narrative.PaidOf(e.Type.Name)] = e.Amounts.Total.ToWanYuan();
        }

        return values;
    }

    /// <summary>
    /// Reads the year without its spending rows and the sums the database adds up: a city-sized year has
    /// thousands of spending and monthly lines, and the report states a few dozen totals.
    /// </summary>
    public static async Task<ReportFigures?> LoadAsync(PortalDbContext db, FundYearLoader loader, int year, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(loader);
        if (await loader.LoadAsync(db, year, FundYearDetail.WithoutSpending, cancellationToken) is not { } loaded)
            return null;
        var (district, fundYear) = loaded;
        var spending = await SpendingSums.OfYearAsync(db, fundYear.Id, cancellationToken);
        var sums = await ElderlySums.OfYearAsync(db, fundYear.Id, cancellationToken);
        var types = await db.SubsidyTypes.AsNoTracking().IgnoreAutoIncludes().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var elderly = types.Select(t => new ElderlyFigure(t, sums.CountedOfType(t.Id))).ToList();
        var months = StreetMonthProgress.Of(fundYear, district.Streets.Count, sums, today);
        var amendments = fundYear.PublishedEdition is { } edition
            ? await db.Set<Spending>().AsNoTracking()
                .Where(s => s.AmendsEdition == edition && db.Set<Project>().Any(p => p.Id == s.ProjectId && p.FundYearId == fundYear.Id))
                .ToListAsync(cancellationToken)
            : [];
        return new ReportFigures(district, fundYear, spending, elderly, months, fundYear.Statement(sums.CountedTotal.Lottery, spending),
            amendments.OrderBy(s => s.Id).ToList());
    }
}

/// <summary>One subsidy's counted person-times and money.</summary>
public sealed record ElderlyFigure(SubsidyType Type, ElderlyAmounts Amounts);

/// <summary>
/// How far the street months of a year have come: how many are due by today (streets × months whose
/// deadline has passed), and how many of those are approved or submitted. A year known only from yearly
/// totals has none to chase.
/// </summary>
public sealed record StreetMonthProgress(bool AnnualOnly, int Due, int Approved, int Submitted, bool WholeYearCounted)
{
    public int Missing => Due - Approved;

    internal static StreetMonthProgress Of(FundYear year, int streets, ElderlySums sums, DateOnly today)
    {
        if (sums.IsAnnualOnly)
            return new StreetMonthProgress(true, 0, 0, 0, WholeYearCounted: true);
        var filed = sums.Months.Where(m => m.StreetId is not null && m.Month is { } month && StreetMonths.IsDue(year, month, today)).ToList();
        var dueMonths = Enumerable.Range(1, 12).Count(m => StreetMonths.IsDue(year, m, today));
        var counted = sums.Months.Count(m => m.StreetId is not null && m.Month is not null && m.Status.IsCounted());
        return new StreetMonthProgress(
            false,
            dueMonths * streets,
            filed.Count(m => m.Status == ReportStatus.Approved),
            filed.Count(m => m.Status == ReportStatus.Submitted),
            streets > 0 && counted == streets * 12);
    }
}
