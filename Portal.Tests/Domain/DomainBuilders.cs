using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;

namespace Portal.Tests.Domain;

/// <summary>
/// Builders for the domain tests, shaped after the 2020 Xicheng report: a fund year of 11416.76 万元
/// (elderly 10124.76 + factor 1292) with its cut-off 2021-02-28, the district and its streets, and the
/// two elderly subsidies with Beijing's 2019 monthly rates. Everything goes through public factories.
/// </summary>
internal static class DomainBuilders
{
    public static readonly Guid XichengId = Guid.Parse("6f1c0d8e-3b7a-4f38-9d1e-20200000c0de");

    public static readonly DateOnly CutOff2020 = new(2021, 2, 28);

    /// <summary>The 2020 year before its report is published: spending up to the cut-off, no 更正 reason asked.</summary>
    public static readonly SpendingWindow Open2020 = new(CutOff2020, PublishedEdition: null);

    /// <summary>A "today" long after 2020, so every month of 2020 may be reported.</summary>
    public static readonly DateOnly Later = new(2030, 1, 1);

    public static readonly Money OneFen = Money.FromFen(1);

    public static Money Wan(string text) => Money.ParseWanYuan(text).Value;

    public static Money Yuan(string text) => Money.ParseYuan(text).Value;

    public static FundYear FundYear2020() =>
        FundYear.Create(XichengId, 2020, Wan("11416.76"), Wan("10124.76"), Wan("1292"), CutOff2020).Value;

    public static Cycle Year(int year) => Cycle.OfYear(year);

    public static Cycle Years(int first, int last) =>
        Cycle.Create(CycleKind.Years, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31)).Value;

    public static Cycle Dates(DateOnly start, DateOnly end) => Cycle.Create(CycleKind.Dates, start, end).Value;

    public static ProjectDetails Details(string name, Cycle? cycle = null) =>
        new(name, null, cycle ?? Cycle.OfYear(2020), null, null, ProjectStatus.InProgress);

    public static Project AddProject(FundYear year, string name, string allocationWanYuan, Cycle? cycle = null, ProjectArea? area = null) =>
        year.AddProject(area ?? ProjectArea.SocialAssistance, Details(name, cycle), Wan(allocationWanYuan)).Value;

    /// <summary>A project of its own fund year, for tests that only look at one project.</summary>
    public static Project Project(string allocationWanYuan, Cycle? cycle = null)
    {
        var year = FundYear2020();
        var project = AddProject(year, "测试项目", allocationWanYuan, cycle);
        YearsOfProjects.Add(project, year);
        return project;
    }

    /// <summary>The ledger of a project made by <see cref="Project(string, Cycle?)"/>, as its fund year keeps it.</summary>
    public static NodeLedger Ledger(Project project) => YearsOfProjects.TryGetValue(project, out var year)
        ? year.LedgerOf(project)
        : throw new ArgumentException("Not a project made by Project(…): ask its fund year.", nameof(project));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Project, FundYear> YearsOfProjects = [];

    public static Subproject AddSubproject(Project project, string name, string allocationWanYuan, Cycle? cycle = null) =>
        project.AddSubproject(Details(name, cycle), Wan(allocationWanYuan)).Value;

    public static Spending Spend(Project project, SpendingTarget target, string amountWanYuan, DateOnly? date = null) =>
        project.RecordSpending(target, date ?? new DateOnly(2020, 6, 30), Wan(amountWanYuan), null, Open2020).Value;

    public static District Xicheng() => District.Create("xicheng", "西城区", "西城区民政局", 259).Value;

    public static Street Street(District district, string code, string name) => district.AddStreet(code, name).Value;

    /// <summary>A street of a fresh district, for tests that need one street and nothing else.</summary>
    public static Street Street(string code = "xinjiekou", string name = "新街口") => Street(Xicheng(), code, name);

    public static SubsidyType DisabilityCare() =>
        SubsidyWithRates(SubsidyType.DisabilityCareCode, "失能老年人护理补贴", ("轻度失能", "200"), ("中度失能", "400"), ("重度失能", "600"));

    public static SubsidyType AdvancedAge() =>
        SubsidyWithRates(SubsidyType.AdvancedAgeCode, "高龄津贴", ("80-89 周岁", "100"), ("90-99 周岁", "500"), ("100 周岁及以上", "800"));

    public static SubsidyReport AnnualReport(FundYear year) => SubsidyReport.Create(year, null, null, Later).Value;

    public static SubsidyReport MonthReport(FundYear year, int month = 5) => SubsidyReport.Create(year, Guid.NewGuid(), month, Later).Value;

    private static SubsidyType SubsidyWithRates(string code, string name, params (string Level, string MonthlyYuan)[] levels)
    {
        var type = SubsidyType.Create(code, name, 1).Value;
        var table = levels.Select(l => new RateLevel(l.Level, Yuan(l.MonthlyYuan))).ToList();
        var added = type.AddRateTable(new DateOnly(2019, 1, 1), table);
        Assert.True(added.IsSuccess, added.Error);
        return type;
    }
}
