using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>The seeded database holds every figure of the 2020 report, loaded through the domain's rules.</summary>
public abstract class SeedingTests(DatabaseProvider provider)
{
    private static readonly string[] StreetCodes =
    [
        "xichanganjie", "xinjiekou", "yuetan", "zhanlanlu", "desheng", "jinrongjie", "shichahai", "dashilan",
        "tianqiao", "chunshu", "taoranting", "guanganmennei", "niujie", "baizhifang", "guanganmenwai",
    ];

    [Fact]
    public async Task The_2020_year_received_11416_76_split_into_the_elderly_and_factor_blocks()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2020, year.Year);
        Assert.Equal("11416.76", year.Received.ToWanYuan());
        Assert.Equal("10124.76", year.ElderlyBlock.ToWanYuan());
        Assert.Equal("1292", year.FactorBlock.ToWanYuan());
        Assert.Equal("1292", year.Allocated.ToWanYuan());
        Assert.Equal(Money.Zero, year.Unallocated);
        Assert.Equal(new DateOnly(2021, 2, 28), year.CutOffDate);
    }

    [Fact]
    public async Task The_district_has_its_15_streets_in_the_bureau_s_order()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var district = await db.Districts.SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal("西城区民政局", district.BureauName);
        Assert.Equal(259, district.CommunityCount);
        Assert.Equal(StreetCodes, district.Streets.OrderBy(s => s.Order).Select(s => s.Code));
        Assert.Equal("新街口", district.Streets.Single(s => s.Code == "xinjiekou").Name);
    }

    [Fact]
    public async Task The_ten_projects_carry_their_allocations_cycles_owners_and_status()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var projects = (await db.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Projects.OrderBy(p => p.Order).ToList();

        Assert.Equal(
            ["750", "70.815", "32.769", "42.848", "42", "44.68", "15", "143.5", "134.69", "15.698"],
            projects.Select(p => p.Allocation.ToWanYuan()));
        Assert.Equal(Enumerable.Range(1, 10), projects.Select(p => p.Order));
        Assert.Equal("2020 年 4 月 1 日-10 月 31 日", projects[4].Cycle.Label);
        Assert.Equal("2020 年 5 月-11 月", projects[6].Cycle.Label);
        Assert.Equal("2019 年", projects[2].Cycle.Label);
        Assert.Equal(("朱建国", "83418099"), (projects[0].Owner, projects[0].OwnerPhone));
        Assert.Equal(("张耀宇", "13601199525"), (projects[7].Owner, projects[7].OwnerPhone));
        Assert.Equal(ProjectStatus.NotCarriedOut, projects[5].Status);
        Assert.Equal(ProjectArea.ChildProtection, projects[8].Area);
        Assert.All(projects.Where(p => p.Order != 9), p => Assert.Equal(ProjectArea.SocialAssistance, p.Area));
    }

    [Fact]
    public async Task Spending_and_carry_over_at_the_cut_off_match_the_report()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var year = await db.FundYears.SingleAsync(TestContext.Current.CancellationToken);
        var projects = year.Projects.OrderBy(p => p.Order).ToList();

        NodePosition AtCutOff(int index) => year.LedgerOf(projects[index]).At(year.CutOffDate);
        Assert.Equal("428.39", AtCutOff(0).Spent.ToWanYuan());
        Assert.Equal("321.61", AtCutOff(0).CarryOver.ToWanYuan());
        Assert.Equal("33.44", AtCutOff(1).Spent.ToWanYuan());
        Assert.Equal("37.375", AtCutOff(1).CarryOver.ToWanYuan());
        Assert.Equal(Money.Zero, AtCutOff(2).CarryOver);
    }

    [Fact]
    public async Task Child_protection_has_four_subprojects_and_the_children_s_homes_four_street_shares()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var district = await db.Districts.SingleAsync(TestContext.Current.CancellationToken);
        var project = (await db.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Projects.Single(p => p.Area == ProjectArea.ChildProtection);

        Assert.Equal(["75", "26.88", "23.595", "9.215"], project.Subprojects.OrderBy(s => s.Order).Select(s => s.Allocation.ToWanYuan()));
        Assert.Equal(Money.Zero, project.Budget().Available);
        var homes = project.Subprojects.Single(s => s.Order == 1);
        var shares = project.Shares.Where(s => s.SubprojectId == homes.Id)
            .ToDictionary(s => district.Streets.Single(street => street.Id == s.StreetId).Name, s => s.Amount.ToWanYuan());
        Assert.Equal(new Dictionary<string, string> { ["新街口"] = "50", ["德胜"] = "5", ["西长安街"] = "10", ["牛街"] = "10" }, shares);
        Assert.Equal(Money.Zero, project.SubprojectBudget(homes.Id).Available);
        Assert.Equal(ProjectStatus.Postponed, project.Subprojects.Single(s => s.Order == 2).Status);
    }

    [Fact]
    public async Task Indicators_of_the_household_survey_are_all_met()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var survey = (await db.FundYears.SingleAsync(TestContext.Current.CancellationToken)).Projects.Single(p => p.Order == 4);

        Assert.Equal(5, survey.Indicators.Count);
        Assert.All(survey.Indicators, i => Assert.True(i.IsMet));
        Assert.Contains(survey.Indicators, i => i.Achieved == 68.84m && i.Unit == "%");
        Assert.Contains(survey.Indicators, i => i.Achieved == 1017m);
    }

    [Fact]
    public async Task Elderly_subsidies_keep_person_times_totals_and_the_disability_care_rate_flag()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        await using var db = database.CreateDbContext();
        var types = await db.SubsidyTypes.ToDictionaryAsync(t => t.Code, TestContext.Current.CancellationToken);
        var report = await db.SubsidyReports.SingleAsync(TestContext.Current.CancellationToken);
        var disability = report.Lines.Single(l => l.SubsidyTypeId == types[SubsidyType.DisabilityCareCode].Id);
        var advancedAge = report.Lines.Single(l => l.SubsidyTypeId == types[SubsidyType.AdvancedAgeCode].Id);

        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Null(report.StreetId);
        Assert.Null(report.Month);
        Assert.Equal((176086L, "11652.751"), (disability.PersonTimes, disability.Total.ToWanYuan()));
        Assert.Equal((877395L, "14493.467"), (advancedAge.PersonTimes, advancedAge.Total.ToWanYuan()));
        Assert.Equal("10124.76", report.Lottery.ToWanYuan());
        Assert.True(disability.RateFlag);
        Assert.False(string.IsNullOrWhiteSpace(disability.FlagComment));
        Assert.False(advancedAge.RateFlag);
        Assert.Equal("661.76", disability.AveragePerPersonTime!.Value.ToYuan());
        Assert.Equal(["200.00", "400.00", "600.00"], types[SubsidyType.DisabilityCareCode].RatesOn(new DateOnly(2020, 6, 1)).Select(r => r.Monthly.ToYuan()));
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using var database = await TestDatabase.SeededAsync(provider);
        int auditBefore;
        await using (var db = database.CreateDbContext())
            auditBefore = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);

        await database.SeedAsync();

        await using var check = database.CreateDbContext();
        Assert.Equal(1, await check.FundYears.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.SubsidyReports.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(auditBefore, await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SeedingTestsOnSqlite() : SeedingTests(DatabaseProvider.Sqlite);

public sealed class SeedingTestsOnPostgres() : SeedingTests(DatabaseProvider.Postgres);
