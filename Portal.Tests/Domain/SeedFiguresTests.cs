using Portal.Domain.ChildProtection;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

/// <summary>The 2020 Xicheng report's own figures, entered through the domain: they must add up to the fen.</summary>
public class SeedFiguresTests
{
    private static readonly (string Name, string WanYuan, Cycle Cycle, ProjectArea Area)[] Projects2020 =
    [
        ("街道社会救助项目", "750", Years(2020, 2021), ProjectArea.SocialAssistance),
        ("新冠肺炎防疫用品救助补助项目", "70.815", Years(2020, 2021), ProjectArea.SocialAssistance),
        ("归垫 2019 年高等教育新生入学救助金项目", "32.769", Year(2019), ProjectArea.SocialAssistance),
        ("低保低收入家庭入户调查项目", "42.848", Years(2020, 2021), ProjectArea.SocialAssistance),
        ("西城区困难群体帮扶活动项目", "42", Dates(new DateOnly(2020, 4, 1), new DateOnly(2020, 10, 31)), ProjectArea.SocialAssistance),
        ("特困供养人员巡查巡视经费", "44.68", Year(2020), ProjectArea.SocialAssistance),
        ("民政兜底保障研究", "15", Cycle.Create(CycleKind.Months, new DateOnly(2020, 5, 1), new DateOnly(2020, 11, 30)).Value, ProjectArea.SocialAssistance),
        ("困境家庭功能障碍人群康复辅助器具配置项目", "143.5", Years(2020, 2021), ProjectArea.SocialAssistance),
        ("西城区基层儿童队伍建设、儿童“五位一体”关爱保护项目", "134.69", Years(2020, 2021), ProjectArea.ChildProtection),
        ("2020 年福利彩票公益金项目绩效跟踪及其他", "15.698", Years(2020, 2021), ProjectArea.SocialAssistance),
    ];

    private readonly FundYear _year = FundYear2020();
    private readonly List<Project> _projects;

    public SeedFiguresTests()
    {
        _projects = Projects2020.Select(p => AddProject(_year, p.Name, p.WanYuan, p.Cycle, p.Area)).ToList();
    }

    [Fact]
    public void The_ten_projects_use_the_factor_block_of_1292_exactly()
    {
        Assert.Equal(Wan("1292"), _year.Allocated);
        Assert.Equal(Money.Zero, _year.Unallocated);
        Assert.Equal(Wan("11416.76"), _year.Received);
    }

    [Fact]
    public void One_fen_more_for_an_eleventh_project_is_refused()
    {
        var result = _year.AddProject(ProjectArea.SocialAssistance, Details("第十一个项目"), OneFen);

        Assert.Equal(FundYearMessages.ExceedsFactorBlock(OneFen, Money.Zero), result.Error);
        Assert.Equal(10, _year.Projects.Count);
    }

    [Fact]
    public void Generated_headings_number_the_projects_without_repeats_or_gaps()
    {
        var headings = _year.Projects.Select(p => ChineseNumber.Parenthesized(p.Order)).ToList();

        Assert.Equal(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"], headings);
    }

    [Fact]
    public void The_cycles_are_written_as_in_the_report()
    {
        Assert.Equal("2020-2021 年", _projects[0].Cycle.Label);
        Assert.Equal("2019 年", _projects[2].Cycle.Label);
        Assert.Equal("2020 年 4 月 1 日-10 月 31 日", _projects[4].Cycle.Label);
        Assert.Equal("2020 年", _projects[5].Cycle.Label);
        Assert.Equal("2020 年 5 月-11 月", _projects[6].Cycle.Label);
    }

    [Fact]
    public void Child_protection_134_69_over_four_subprojects_leaves_nothing_unassigned()
    {
        var project = ChildProtectionWithSubprojects();

        Assert.Equal(Money.Zero, project.Budget().Available);
        Assert.Equal(Wan("134.69"), project.Budget().AssignedToChildren);
        var plan = ChildProtectionPlan.Of(_year);
        Assert.Same(project, Assert.Single(plan.Projects));
        Assert.Equal(Wan("134.69"), plan.Allocation);
        Assert.Equal(Wan("134.69"), plan.AssignedToSubprojects);
        Assert.Equal(Money.Zero, plan.UnassignedToSubprojects);
        Assert.Equal(CutOff2020, plan.CutOff);
    }

    [Fact]
    public void Childrens_homes_75_over_four_streets_leaves_nothing_and_refuses_one_fen_more()
    {
        var project = ChildProtectionWithSubprojects();
        var homes = project.Subprojects[0];
        var district = Xicheng();
        var shares = new[] { ("xinjiekou", "新街口", "50"), ("desheng", "德胜", "5"), ("xichanganjie", "西长安街", "10"), ("niujie", "牛街", "10") };

        foreach (var (code, name, amount) in shares)
            _ = project.ShareToStreet(homes.Id, Street(district, code, name), Wan(amount), "儿童之家").Value;

        Assert.Equal(Money.Zero, project.SubprojectBudget(homes.Id).Available);
        Assert.Equal(Wan("75"), Money.Sum(project.Shares.Select(s => s.Amount)));
        Assert.Equal(
            ProjectMessages.ShareExceedsRemainder(OneFen, Money.Zero),
            project.ShareToStreet(homes.Id, Street(district, "yuetan", "月坛"), OneFen, null).Error);
    }

    [Fact]
    public void Street_relief_750_with_428_39_spent_carries_over_321_61()
    {
        var project = _projects[0];
        Spend(project, SpendingTarget.Project, "428.39", CutOff2020);

        Assert.Equal(Wan("321.61"), _year.LedgerOf(project).At(CutOff2020).CarryOver);
        Assert.Equal("321.61", _year.LedgerOf(project).At(CutOff2020).CarryOver.ToWanYuan());
    }

    [Fact]
    public void Epidemic_supplies_70_815_with_33_44_spent_carries_over_37_375_unrounded()
    {
        var project = _projects[1];
        Spend(project, SpendingTarget.Project, "33.44", CutOff2020);

        Assert.Equal(Wan("37.375"), _year.LedgerOf(project).At(CutOff2020).CarryOver);
        Assert.Equal("37.375", _year.LedgerOf(project).At(CutOff2020).CarryOver.ToWanYuan());
    }

    [Fact]
    public void The_2019_reimbursement_paid_on_2020_12_31_is_spent_in_full()
    {
        var project = _projects[2];

        var result = project.RecordSpending(SpendingTarget.Project, new DateOnly(2020, 12, 31), Wan("32.769"), "归垫", Open2020);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Money.Zero, _year.LedgerOf(project).At(CutOff2020).CarryOver);
        Assert.Equal(1m, project.Budget().ExecutionRate);
    }

    private Project ChildProtectionWithSubprojects()
    {
        var project = _projects[8];
        AddSubproject(project, "儿童之家项目", "75", Years(2020, 2021));
        AddSubproject(project, "困境儿童巡视探访项目", "26.88", Year(2021));
        AddSubproject(project, "基层队伍建设培训项目", "23.595", Year(2021));
        AddSubproject(project, "生活无着儿童康复手术项目", "9.215", Years(2020, 2021));
        return project;
    }
}
