using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using static Portal.Infrastructure.Data.Seeding.SeedReader;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// Loads the 2020 Xicheng year into an empty database through the same domain methods users go through,
/// so the seed doubles as proof that the rules accept real data. Each part is added only when missing,
/// so running it again changes nothing. The city's subsidy types are always loaded; the Xicheng district
/// and its 2020 year only when <paramref name="demo"/> asks for them (Development, <c>Portal:SeedDemo</c>, or
/// the <c>seed-demo</c> command): a production database starts without any district.
/// </summary>
public sealed class DatabaseSeeder(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock, DemoData? demo = null)
{
    /// <summary>Who the seeded figures are recorded as entered and approved by: the published report they come from.</summary>
    public const string SeedAccount = "seed";

    public const string DemoCommand = "seed-demo";

    /// <summary>Whether this start loads the demonstration year.</summary>
    public bool LoadsDemo => demo?.Load ?? true;

    /// <summary>What a database holds once this seeder has nothing left to add.</summary>
    public SeedMarks Expected => LoadsDemo ? Marks : Marks with { IncludesDemo = false };

    public const string Actor = "系统初始化（2020 年公开报告）";

    private static readonly Lazy<SeedMarks> s_marks = new(() => ReadMarks(Xicheng2020));

    /// <summary>What a database holds once <see cref="SeedAsync"/> has nothing left to add.</summary>
    public static SeedMarks Marks => s_marks.Value;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var document = Read(Xicheng2020);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var types = await SubsidyTypesAsync(db, document, cancellationToken);
        if (!LoadsDemo)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        var district = await db.Districts.SingleOrDefaultAsync(d => d.Code == document.District.Code, cancellationToken)
            ?? AddDistrict(db, document);

        if (!await db.FundYears.AnyAsync(y => y.DistrictId == district.Id && y.Year == document.FundYear.Year, cancellationToken))
            AddFundYear(db, district, types, document.FundYear);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static District AddDistrict(PortalDbContext db, SeedDocument document)
    {
        var district = Expect(DistrictSetup.Build(document.District, document.Streets), document.District.Name);
        db.Districts.Add(district);
        return district;
    }

    private static async Task<Dictionary<string, SubsidyType>> SubsidyTypesAsync(PortalDbContext db, SeedDocument document, CancellationToken cancellationToken)
    {
        var types = await db.SubsidyTypes.ToDictionaryAsync(t => t.Code, cancellationToken);
        var order = types.Count;
        foreach (var seed in document.SubsidyTypes.Where(t => !types.ContainsKey(t.Code)))
        {
            var type = Expect(SubsidyType.Create(seed.Code, seed.Name, ++order), seed.Name);
            foreach (var table in seed.Rates)
                Expect(type.AddRateTable(table.EffectiveFrom, table.Levels.Select(l => new RateLevel(l.Name, Yuan(l.MonthlyYuan))).ToList()), seed.Name);
            db.SubsidyTypes.Add(type);
            types.Add(type.Code, type);
        }

        return types;
    }

    private void AddFundYear(PortalDbContext db, District district, Dictionary<string, SubsidyType> types, SeedFundYear seed)
    {
        var year = Expect(
            FundYear.Create(district.Id, seed.Year, WanYuan(seed.ReceivedWanYuan), WanYuan(seed.ElderlyBlockWanYuan), WanYuan(seed.FactorBlockWanYuan), seed.CutOffDate),
            seed.Title);
        var elderly = seed.ElderlySubsidy;
        Expect(
            year.DescribeElderlyProgramme(elderly.Description, Cycle(elderly.Cycle), elderly.Outcome, elderly.Owners.Select(o => new ProgrammeOwner(o.Name, o.Phone, o.ResponsibleFor))),
            "老年人津贴补贴");

        foreach (var projectSeed in seed.Projects.OrderBy(p => p.Order))
            AddProject(year, district, projectSeed);
        db.FundYears.Add(year);

        AddAnnualElderlyTotals(db, year, types, elderly);
    }

    private static void AddProject(FundYear year, District district, SeedProject seed)
    {
        var project = Expect(year.AddProject(Area(seed.Area), Details(seed), WanYuan(seed.AllocationWanYuan)), seed.Name);
        AddParts(year, district, project, null, seed);

        foreach (var subSeed in (seed.Subprojects ?? []).OrderBy(s => s.Order))
        {
            var subproject = Expect(project.AddSubproject(Details(subSeed), WanYuan(subSeed.AllocationWanYuan)), subSeed.Name);
            AddParts(year, district, project, subproject, subSeed);
        }
    }

    private static void AddParts(FundYear year, District district, Project project, Subproject? subproject, SeedProject seed)
    {
        foreach (var share in seed.StreetShares ?? [])
        {
            var street = district.Streets.Single(s => s.Code == share.Street);
            Expect(project.ShareToStreet(subproject?.Id, street, WanYuan(share.AmountWanYuan), share.Purpose), seed.Name + " " + street.Name);
        }

        var target = subproject is null ? SpendingTarget.Project : SpendingTarget.Subproject(subproject.Id);
        foreach (var spending in seed.Spending)
            Expect(project.RecordSpending(target, spending.Date, WanYuan(spending.AmountWanYuan), spending.Note, year.SpendingWindow), seed.Name);

        foreach (var indicator in seed.Indicators)
            Expect(project.AddIndicator(subproject?.Id, Indicator(indicator)), indicator.Name);
    }

    private static ProjectDetails Details(SeedProject seed) =>
        new(seed.Name, seed.Description, Cycle(seed.Cycle), seed.Owner, seed.OwnerPhone, Status(seed.Status), seed.Outcome, seed.Problems, seed.CorrectiveMeasures);

    /// <summary>
    /// The report gives 2020's elderly subsidies only as district-wide yearly totals, so they are kept as
    /// one approved district report for the whole year, flagged where the rates say so.
    /// </summary>
    /// <remarks>
    /// The figures were entered and approved by the bureau before they were published: they are loaded under the
    /// seed's own name, and separation of duties, which guards entry in the portal, does not apply to them.
    /// </remarks>
    private void AddAnnualElderlyTotals(PortalDbContext db, FundYear year, Dictionary<string, SubsidyType> types, SeedElderlySubsidy seed)
    {
        var today = clock.BeijingToday();
        var report = Expect(SubsidyReport.Create(year, streetId: null, month: null, today), "老年人津贴补贴年度汇总");
        foreach (var total in seed.AnnualTotals)
        {
            var lottery = WanYuan(total.LotteryWanYuan);
            var matching = WanYuan(total.MatchingWanYuan);
            if (lottery + matching != WanYuan(total.TotalPaidWanYuan))
                throw new InvalidOperationException($"Seed data: lottery and matching of {total.SubsidyType} do not add up to its total.");
            Expect(report.SetLine(SeedAccount, types[total.SubsidyType], total.PersonTimes, lottery, matching, total.FlagComment, year, Money.Zero, total.SplitEstimated), total.SubsidyType);
        }

        Expect(report.Submit(SeedAccount), "老年人津贴补贴年度汇总");
        Expect(report.Approve(SeedAccount, separateDuties: false), "老年人津贴补贴年度汇总");
        db.SubsidyReports.Add(report);
    }
}
