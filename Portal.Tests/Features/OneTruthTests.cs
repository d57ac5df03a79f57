using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features;
using Portal.Features.ChildProtection;
using Portal.Features.City;
using Portal.Features.Dashboard;
using Portal.Features.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Features.Streets;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features;

/// <summary>
/// One truth for every figure. A year is filled the way a real year goes, through the services: street
/// months that are draft, submitted, returned, approved and unlocked; spending on every kind of node up to
/// the cut-off, one payment reversed and one corrected; a transfer dated after the cut-off; a completed
/// project; a project whose money was all moved away. Then
/// every figure of every page, export, report and open data is compared with the same figure derived from
/// the whole aggregate in memory by the domain. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class OneTruthTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Year = 2026;
    private static readonly DateOnly CutOff = new(2027, 2, 28);
    private static readonly DateOnly[] Dates = [new(2026, 3, 31), new(2026, 6, 30), new(2026, 12, 31), CutOff, new(2027, 6, 30)];

    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;
    private readonly Dictionary<string, Guid> _projects = [];

    /// <summary>Today in the tests: 2026-11-26, so the year runs and its months 1–10 are due.</summary>
    private DateOnly Today => DateOnly.FromDateTime(_database.Clock.GetLocalNow().Date);

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync(provider);
        await _database.RegisterAsync("manager");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        Ok(await _manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2026", "2,100", "1,000", "1,100", "2027-02-28")));
        await FillMonthsAsync();
        await FillProjectsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_year_holds_every_kind_of_month_and_spending_the_rules_speak_of()
    {
        var (year, reports) = await AggregateAsync();

        Assert.Equal(
            [ReportStatus.Draft, ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Approved],
            reports.Select(r => r.Status).Distinct().Order());
        Assert.Contains(reports, r => r.ReviewComment?.StartsWith(SubsidyMessages.UnlockedPrefix, StringComparison.Ordinal) == true);
        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.IsReversal);
        Assert.Contains(year.Projects.SelectMany(p => p.Spendings), s => s.CorrectionOfId is not null);
        Assert.Contains(year.Transfers, t => t.Date > CutOff && t.ToNextYear);
        Assert.Contains(year.Projects, p => p.Status == ProjectStatus.Completed);
        Assert.Contains(year.Projects, p => p.Allocation.IsZero);
    }

    [Fact]
    public async Task The_overview_counts_only_the_months_that_count_and_states_the_year_as_the_domain_does()
    {
        var (year, reports) = await AggregateAsync();

        var overview = (await _manager.Get<FundYearOverviewService>().OverviewAsync(Year)).Value!;

        Assert.Equal(Statement(year, reports), overview.Money);
        Assert.Equal(CountedElderly(reports), overview.Elderly);
        Assert.NotEqual(ElderlyAmounts.Sum(reports.SelectMany(r => r.Lines).Select(ElderlyAmounts.Of)).Lottery, overview.Elderly.Lottery);
    }

    [Fact]
    public async Task What_is_left_of_the_elderly_block_is_one_amount_on_the_page_and_in_the_refusal()
    {
        var (year, reports) = await AggregateAsync();
        var totals = (await _manager.Get<ElderlySubsidyTotalsService>().TotalsAsync(Year)).Value!;
        var left = year.ElderlyLeft(CountedElderly(reports).Lottery);
        Assert.Equal(left, totals.LotteryLeft);

        var over = await SaveMonthAsync("taoranting", 5, left + Money.FromFen(1), submit: true);
        var exactly = await SaveMonthAsync("taoranting", 5, left, submit: true);

        Assert.Equal(FundYearMessages.ElderlyLotteryExceedsBlock(left + Money.FromFen(1), left, year.ElderlyBlock), over.FieldErrors[EntryFields.Lottery(SubsidyType.AdvancedAgeCode)]);
        Ok(exactly);
        Assert.Equal(Money.Zero, (await _manager.Get<ElderlySubsidyTotalsService>().TotalsAsync(Year)).Value!.LotteryLeft);
    }

    [Fact]
    public async Task The_elderly_totals_page_and_its_export_equal_the_counted_months()
    {
        var (year, reports) = await AggregateAsync();
        var district = await DistrictAsync();
        var counted = reports.Where(r => r.Status.IsCounted()).ToList();

        var totals = (await _manager.Get<ElderlySubsidyTotalsService>().TotalsAsync(Year)).Value!;

        var all = CountedElderly(reports);
        Assert.Equal((all.PersonTimes, all.Lottery, all.Matching), (totals.PersonTimes, totals.Lottery, totals.Matching));
        Assert.False(totals.IsAnnualOnly);
        foreach (var month in Enumerable.Range(1, 12))
        {
            var sum = ElderlyAmounts.Sum(counted.Where(r => r.Month == month).SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));
            var row = totals.ByMonth.Single(m => m.Month == month);
            Assert.Equal((sum.PersonTimes, sum.Lottery, sum.Matching), (row.PersonTimes, row.Lottery, row.Matching));
        }

        foreach (var street in district.Streets)
        {
            var sum = ElderlyAmounts.Sum(counted.Where(r => r.StreetId == street.Id).SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));
            var row = totals.ByStreet.Single(s => s.StreetCode == street.Code);
            Assert.Equal((sum.PersonTimes, sum.Lottery, sum.Matching), (row.PersonTimes, row.Lottery, row.Matching));
        }

        using var workbook = new MemoryStream(ElderlySubsidyWorkbook.Create(totals));
        var byType = workbook.Query(useHeaderRow: true, sheetName: "按补贴类型").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(WanYuan(all.Lottery), byType.Sum(r => Convert.ToDecimal(r["彩票公益金（万元）"], CultureInfo.InvariantCulture)));
        Assert.Equal(WanYuan(all.Matching), byType.Sum(r => Convert.ToDecimal(r["区财政配套（万元）"], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(DateTexts))]
    public async Task The_project_list_states_every_figure_on_its_date(string dateText)
    {
        var date = DateOnly.Parse(dateText, CultureInfo.InvariantCulture);
        var (year, _) = await AggregateAsync();

        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(Year, date)).Value!;

        Assert.Equal(date, list.AsOf);
        foreach (var project in year.Projects)
        {
            var row = list.Projects.Single(r => r.Id == project.Id);
            var ledger = year.LedgerOf(project);
            AssertRow(ledger.At(date), ledger.Schedule(project.Cycle, project.Status, date), row);
            foreach (var subproject in project.Subprojects)
            {
                var sub = project.SubprojectLedger(subproject.Id);
                AssertRow(sub.At(date), sub.Schedule(subproject.Cycle, subproject.Status, date), row.Subprojects.Single(s => s.Id == subproject.Id));
            }
        }

        Assert.Equal(Money.Sum(year.Projects.Select(p => year.LedgerOf(p).SpentBy(date))), list.Spent);
        Assert.Equal(Money.Sum(year.Projects.Select(p => year.LedgerOf(p).At(date).CarryOver)), list.CarryOver);
        Assert.Equal(year.AllocatedAt(date), list.Allocated);
        Assert.False(list.Projects.Single(r => r.Name == "已完成项目").IsLagging);
        var movedAway = list.Projects.Single(r => r.Name == "资金全部调出项目");
        Assert.Equal(movedAway.Allocation.IsZero ? false : date > new DateOnly(2026, 1, 1), movedAway.IsLagging);
    }

    [Fact]
    public async Task A_transfer_dated_after_the_cut_off_is_not_in_the_cut_off_figures()
    {
        var (year, _) = await AggregateAsync();
        var main = year.FindProject(_projects["主项目"])!;

        var atCutOff = (await _manager.Get<ProjectListService>().ProjectsAsync(Year, CutOff)).Value!.Projects.Single(r => r.Id == main.Id);
        var after = (await _manager.Get<ProjectListService>().ProjectsAsync(Year, new DateOnly(2027, 6, 30))).Value!.Projects.Single(r => r.Id == main.Id);

        Assert.Equal(main.Allocation + Wan("20"), atCutOff.Allocation);
        Assert.Equal(main.Allocation, after.Allocation);
        Assert.Equal(Money.Zero, year.TransferredToNextYearBy(CutOff));
    }

    [Fact]
    public async Task A_closed_year_is_read_at_its_cut_off_not_today()
    {
        await using var later = new ServiceHarness(_database.WithClock(new FixedClock(new DateTimeOffset(2031, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)))), ServiceHarness.Principal("manager", PortalRoles.Manager));

        var list = (await later.Get<ProjectListService>().ProjectsAsync(Year)).Value!;
        var dashboard = (await later.Get<DashboardService>().DashboardAsync(Year)).Value!;

        Assert.Equal(CutOff, list.AsOf);
        Assert.Equal(CutOff, dashboard.AsOf);
    }

    [Theory]
    [MemberData(nameof(DateTexts))]
    public async Task The_dashboard_and_its_export_state_every_figure_as_the_domain_does(string dateText)
    {
        var date = DateOnly.Parse(dateText, CultureInfo.InvariantCulture);
        var (year, reports) = await AggregateAsync();
        var district = await DistrictAsync();
        var counted = reports.Where(r => r.Status.IsCounted()).ToList();
        var annualOnly = StreetMonths.IsAnnualOnly(reports.Select(r => r.Month));

        var view = (await _manager.Get<DashboardService>().DashboardAsync(Year, date)).Value!;

        Assert.Equal(Statement(year, reports), view.Money);
        foreach (var project in year.Projects)
        {
            var row = view.Execution.Single(e => e.ProjectId == project.Id);
            var ledger = year.LedgerOf(project);
            var check = ledger.Schedule(project.Cycle, project.Status, date);
            Assert.Equal((ledger.At(date).Allocation, ledger.At(date).Spent, ledger.At(date).ExecutionRate), (row.Allocation, row.Spent, row.ExecutionRate));
            Assert.Equal((check.ScheduleProgress, check.IsLagging), (row.ScheduleProgress, row.IsLagging));
        }

        foreach (var street in district.Streets)
        {
            var row = view.ByStreet.Single(r => r.StreetCode == street.Code);
            var shares = year.Projects.SelectMany(p => p.Shares.Where(s => s.StreetId == street.Id).Select(s => p.ShareLedger(s.Id).At(date))).ToList();
            var elderly = ElderlyAmounts.Sum(counted.Where(r => r.StreetId == street.Id).SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));
            var months = reports.Where(r => r.StreetId == street.Id).ToDictionary(r => r.Month!.Value, r => (ReportStatus?)r.Status);
            var overdue = Enumerable.Range(1, 12).Count(m => StreetMonths.IsOverdue(year, m, months.GetValueOrDefault(m), annualOnly, Today));
            Assert.Equal(
                (Money.Sum(shares.Select(s => s.Allocation)), Money.Sum(shares.Select(s => s.Spent)), elderly.PersonTimes, elderly.Total, months.Values.Count(s => s == ReportStatus.Approved), overdue),
                (row.Shares, row.SharesSpent, row.ElderlyPersonTimes, row.ElderlyPaid, row.MonthsApproved, row.MonthsOverdue));
        }

        foreach (var month in Enumerable.Range(1, 12))
        {
            var lines = counted.Where(r => r.Month == month).SelectMany(r => r.Lines).ToList();
            var row = view.ElderlyByMonth.Single(m => m.Month == month);
            Assert.Equal(lines.Sum(l => l.PersonTimes), row.AdvancedAgePersonTimes + row.DisabilityCarePersonTimes);
            Assert.Equal(Money.Sum(lines.Select(l => l.Total)), row.AdvancedAge + row.DisabilityCare);
        }

        Assert.Equal(
            year.Projects.SelectMany(p => p.Spendings).GroupBy(s => s.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key).Select(g => (g.Key, Money.Sum(g.Select(s => s.Amount)))),
            view.SpendingByMonth.Select(m => (m.Month, m.Spent)));

        using var workbook = new MemoryStream(DashboardWorkbook.Create(view));
        var execution = workbook.Query(useHeaderRow: true, sheetName: "执行与序时进度").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(
            year.Projects.OrderBy(p => p.Order).Select(p => WanYuan(year.LedgerOf(p).SpentBy(date))),
            execution.Select(r => Convert.ToDecimal(r["已支出（万元）"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_child_protection_page_and_the_street_home_state_the_ledgers_on_the_schedule_date()
    {
        var (year, reports) = await AggregateAsync();
        var district = await DistrictAsync();
        var date = year.ScheduleDate(Today);

        var child = (await _manager.Get<ChildProtectionService>().OverviewAsync(Year)).Value!;
        var home = (await _manager.Get<StreetOverviewService>().OverviewAsync("xinjiekou", Year)).Value!;

        var project = year.Projects.Single(p => p.Area == ProjectArea.ChildProtection);
        var subproject = Assert.Single(project.Subprojects);
        var row = Assert.Single(Assert.Single(child.Projects).Subprojects);
        var position = project.SubprojectLedger(subproject.Id).At(date);
        Assert.Equal((date, position.Allocation, position.Spent, position.CarryOver), (child.AsOf, row.Allocation, row.Spent, row.Balance));
        var share = Assert.Single(project.Shares);
        Assert.Equal(project.ShareLedger(share.Id).At(date).Spent, Assert.Single(row.Shares).Spent);

        var xinjiekou = district.Streets.Single(s => s.Code == "xinjiekou");
        Assert.Equal(project.ShareLedger(share.Id).At(date).Spent, home.SpentByStreet);
        Assert.Equal(CountedElderly(reports.Where(r => r.StreetId == xinjiekou.Id).ToList()), home.CountedElderly);
        Assert.All(home.Reports, r => Assert.True(r.Counted));
        var yuetan = (await _manager.Get<StreetOverviewService>().OverviewAsync("yuetan", Year)).Value!;
        Assert.Equal((false, new ElderlyAmounts()), (Assert.Single(yuetan.Reports).Counted, yuetan.CountedElderly));
    }

    [Fact]
    public async Task The_report_and_its_open_data_state_the_cut_off_figures_of_the_domain()
    {
        var (year, reports) = await AggregateAsync();
        var statement = Statement(year, reports);

        var page = (await _manager.Get<AnnualReportService>().ReportAsync(Year)).Value!;
        var disclosure = (await _manager.Get<AnnualReportService>().DisclosureAsync(Year)).Value!;

        Assert.Equal(
            $"截至 2027 年 2 月 28 日，上述资金已安排 {statement.Arranged.ToWanYuan()} 万元，支出 {statement.Spent.ToWanYuan()} 万元，结余结转 {statement.CarriedOver.ToWanYuan()} 万元，尚未安排 {statement.Unallocated.ToWanYuan()} 万元，老年人津贴补贴资金尚余 {statement.ElderlyLeft.ToWanYuan()} 万元。",
            page.Report.Blocks[1].Text);
        string Figure(string item, string measure) => disclosure.Figures.Single(f => f.Item == item && f.Measure == measure).Value;
        Assert.Equal(statement.Spent.ToWanYuan(), Figure(DisclosureBuilder.Year, "支出"));
        Assert.Equal(statement.CarriedOver.ToWanYuan(), Figure(DisclosureBuilder.Year, "结余结转"));
        Assert.Equal(statement.Arranged.ToWanYuan(), Figure(DisclosureBuilder.Year, "已安排"));
        foreach (var project in year.Projects)
        {
            var item = ChineseNumber.Parenthesized(project.Order) + project.Name;
            var atCutOff = year.LedgerOf(project).At(CutOff);
            Assert.Equal((atCutOff.Allocation.ToWanYuan(), atCutOff.Spent.ToWanYuan(), atCutOff.CarryOver.ToWanYuan()), (Figure(item, "资金额度"), Figure(item, "支出"), Figure(item, "结余结转")));
        }

        var types = await TypesAsync();
        foreach (var type in types)
        {
            var sum = ElderlyAmounts.Sum(reports.Where(r => r.Status.IsCounted()).SelectMany(r => r.Lines).Where(l => l.SubsidyTypeId == type.Id).Select(ElderlyAmounts.Of));
            Assert.Equal((sum.PersonTimes.ToString(CultureInfo.InvariantCulture), sum.Total.ToWanYuan()), (Figure(type.Name, "发放人次"), Figure(type.Name, "发放金额")));
            var sentence = $"发放{type.Name} {sum.PersonTimes} 人次，资金 {sum.Total.ToWanYuan()} 万元（其中区财政配套资金 {sum.Matching.ToWanYuan()} 万元）";
            if (sum.PersonTimes == 0)
                Assert.DoesNotContain($"发放{type.Name}", page.Report.PlainText, StringComparison.Ordinal);
            else
                Assert.Contains(sentence, page.Report.PlainText, StringComparison.Ordinal);
        }

        Assert.Contains("已报送的街道月报合计", page.Report.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("全年", page.Report.PlainText, StringComparison.Ordinal);
        var due = 10 * 15;
        var approved = reports.Count(r => r.Status == ReportStatus.Approved && r.Month <= 10);
        var submitted = reports.Count(r => r.Status == ReportStatus.Submitted && r.Month <= 10);
        Assert.Contains(page.Problems, p => p.Text == $"街道月报：应报 {due} 个街道月份，已审核 {approved} / {due} 个，另有 {submitted} 个已提交待审核，{due - approved - submitted} 个未报送或已退回。");
    }

    [Fact]
    public async Task The_city_row_states_the_district_as_its_dashboard_does()
    {
        var (year, reports) = await AggregateAsync();
        var date = new DateOnly(2026, 9, 30);

        await _database.RegisterAsync("city");
        await using var cityViewer = new ServiceHarness(_database, ServiceHarness.Principal("city", PortalRoles.CityViewer));
        var city = (await cityViewer.Get<CityService>().CityAsync(Year, date)).Value!;
        var dashboard = (await _manager.Get<DashboardService>().DashboardAsync(Year, date)).Value!;

        var row = Assert.Single(city.Districts);
        Assert.Equal(Money.Sum(dashboard.Execution.Select(e => e.Spent)), row.SpentAsOf);
        Assert.Equal(Money.Sum(dashboard.Execution.Select(e => e.Allocation)), row.Allocated);
        Assert.Equal(dashboard.Execution.Count(e => e.IsLagging), row.ProjectsLagging);
        Assert.Equal(CountedElderly(reports).Total, row.ElderlyPaid);
        Assert.Equal(dashboard.ByStreet.Sum(s => s.MonthsOverdue), row.MonthsOverdue);
        Assert.Equal(dashboard.ByStreet.Sum(s => s.MonthsApproved), row.MonthsApproved);
        Assert.Equal(year.Received, row.Received);
    }

    public static TheoryData<string> DateTexts()
    {
        var data = new TheoryData<string>();
        foreach (var date in Dates)
            data.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return data;
    }

    /// <summary>The year as the domain states it, from the whole aggregate: every spending entry and every counted month.</summary>
    private static YearStatement Statement(FundYear year, IReadOnlyList<SubsidyReport> reports) =>
        year.Statement(CountedElderly(reports).Lottery, year.Projects.SelectMany(p => p.SpendingSums()));

    private static ElderlyAmounts CountedElderly(IReadOnlyList<SubsidyReport> reports) =>
        ElderlyAmounts.Sum(reports.Where(r => r.Status.IsCounted()).SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));

    private static void AssertRow(NodePosition position, ScheduleCheck check, ProjectRow row)
    {
        Assert.Equal((position.Allocation, position.Spent, position.CarryOver, position.ExecutionRate), (row.Allocation, row.Spent, row.CarryOver, row.ExecutionRate));
        Assert.Equal(check, row.Schedule);
    }

    private async Task<(FundYear Year, IReadOnlyList<SubsidyReport> Reports)> AggregateAsync()
    {
        await using var db = _database.CreateDbContext();
        var year = await db.FundYears.AsNoTracking().SingleAsync(y => y.Year == Year);
        var reports = await db.SubsidyReports.AsNoTracking().Where(r => r.FundYearId == year.Id).ToListAsync();
        return (year, reports);
    }

    private async Task<District> DistrictAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Districts.AsNoTracking().SingleAsync();
    }

    private async Task<List<SubsidyType>> TypesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.SubsidyTypes.AsNoTracking().OrderBy(t => t.Order).ToListAsync();
    }

    /// <summary>Street months in every state: entered by the streets' officers, reviewed by the manager.</summary>
    private async Task FillMonthsAsync()
    {
        var review = _manager.Get<ReviewService>();
        foreach (var street in new[] { "xinjiekou", "yuetan", "desheng", "niujie", "taoranting" })
            await _database.RegisterAsync("officer-" + street, street);

        Ok(await SaveMonthAsync("xinjiekou", 1, Wan("12"), submit: true));
        Ok(await review.ApproveAsync(await ReportIdAsync("xinjiekou", 1), await VersionAsync("xinjiekou", 1)));
        Ok(await SaveMonthAsync("xinjiekou", 2, Wan("11.5"), submit: true));
        Ok(await SaveMonthAsync("yuetan", 1, Wan("9"), submit: false));
        Ok(await SaveMonthAsync("desheng", 1, Wan("8"), submit: true));
        Ok(await review.ReturnAsync(await ReportIdAsync("desheng", 1), "人次与花名册不符", await VersionAsync("desheng", 1)));
        Ok(await SaveMonthAsync("niujie", 1, Wan("7"), submit: true));
        Ok(await review.ApproveAsync(await ReportIdAsync("niujie", 1), await VersionAsync("niujie", 1)));
        Ok(await review.UnlockAsync(await ReportIdAsync("niujie", 1), "补发两人", await VersionAsync("niujie", 1)));
        Ok(await SaveMonthAsync("niujie", 1, Wan("7.2"), submit: true));
        Ok(await SaveMonthAsync("niujie", 3, Wan("6"), submit: true));
        Ok(await review.ApproveAsync(await ReportIdAsync("niujie", 3), await VersionAsync("niujie", 3)));
    }

    /// <summary>
    /// Projects of every kind: one spending before and after the cut-off and sending money to the next year
    /// after it; a child-protection project with a subproject and a street share; a completed one that spent
    /// less than it had; one whose money was all moved away.
    /// </summary>
    private async Task FillProjectsAsync()
    {
        await AddProjectAsync("主项目", "400", "year", "2026-01-01", "2026-12-31", ProjectStatus.InProgress, ProjectArea.SocialAssistance);
        await AddProjectAsync("儿童保护项目", "300", "years", "2026-01-01", "2027-12-31", ProjectStatus.InProgress, ProjectArea.ChildProtection);
        await AddProjectAsync("已完成项目", "200", "year", "2026-01-01", "2026-12-31", ProjectStatus.Completed, ProjectArea.SocialAssistance);
        await AddProjectAsync("资金全部调出项目", "100", "year", "2026-01-01", "2026-12-31", ProjectStatus.NotCarriedOut, ProjectArea.SocialAssistance);

        var child = _projects["儿童保护项目"];
        Ok(await _manager.Get<ProjectService>().AddSubprojectAsync(child, Form("儿童之家", "150", "years", "2026-01-01", "2027-12-31", ProjectStatus.InProgress, ProjectArea.ChildProtection), await ProjectVersionAsync(child)));
        var subprojectId = (await _manager.Get<ProjectService>().DetailAsync(child)).Value!.Subprojects.Single().Id;
        Ok(await _manager.Get<ProjectService>().ShareToStreetAsync(child, subprojectId, "xinjiekou", "50", "升级改造", await ProjectVersionAsync(child)));
        var shareId = (await _manager.Get<ProjectService>().DetailAsync(child)).Value!.Shares.Single().Id;

        await SpendAsync(_projects["主项目"], null, null, "2026-03-10", "100");
        await SpendAsync(_projects["主项目"], null, null, "2026-10-01", "50");
        await SpendAsync(_projects["主项目"], null, null, "2027-02-28", "25");
        await SpendAsync(child, null, null, "2026-05-01", "20");
        await SpendAsync(child, subprojectId, null, "2026-06-01", "30");
        await SpendAsync(child, subprojectId, shareId, "2026-07-01", "10");
        await SpendAsync(child, null, null, "2027-01-15", "40");
        await SpendAsync(_projects["已完成项目"], null, null, "2026-06-30", "50");

        // A mistyped payment reversed, and another corrected to the right figure on another day.
        await SpendAsync(_projects["主项目"], null, null, "2026-04-01", "8");
        await CorrectAsync(_projects["主项目"], "2026-04-01", "重复登记", null, null);
        await SpendAsync(child, subprojectId, shareId, "2026-08-01", "2.8");
        await CorrectAsync(child, "2026-08-01", "应为 28 万元", "2026-08-03", "28");

        var main = _projects["主项目"];
        Ok(await _manager.Get<ProjectService>().TransferAsync(new TransferForm(_projects["资金全部调出项目"], main, "100", "2026-06-01", "项目未实施，资金调整用于主项目"), await ProjectVersionAsync(_projects["资金全部调出项目"])));
        Ok(await _manager.Get<ProjectService>().TransferAsync(new TransferForm(main, null, "20", "2027-03-10", "结余调整至下一年度"), await ProjectVersionAsync(main)));
    }

    private async Task AddProjectAsync(string name, string allocation, string kind, string start, string end, ProjectStatus status, ProjectArea area)
    {
        Ok(await _manager.Get<ProjectService>().CreateAsync(Year, Form(name, allocation, kind, start, end, status, area)));
        _projects[name] = (await _manager.Get<ProjectListService>().ProjectsAsync(Year)).Value!.Projects.Single(p => p.Name == name).Id;
    }

    private static ProjectForm Form(string name, string allocation, string kind, string start, string end, ProjectStatus status, ProjectArea area) =>
        new(name, name + "的主要内容", kind, start, end, allocation, "王五", "83410000", status, area, "按计划推进。", null, null);

    private async Task SpendAsync(Guid project, Guid? subproject, Guid? share, string date, string wanYuan) =>
        Ok(await _manager.Get<SpendingService>().RecordAsync(new SpendingForm(project, subproject, share, date, wanYuan, null)));

    /// <summary>Reverses the project's payment of a day, or (with a date and amount) corrects it.</summary>
    private async Task CorrectAsync(Guid project, string dateOfPayment, string reason, string? newDate, string? newWanYuan)
    {
        var detail = (await _manager.Get<ProjectService>().DetailAsync(project)).Value!;
        var entry = detail.Spendings.Single(s => s.Kind == SpendingKind.Payment && s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == dateOfPayment);
        Ok(await _manager.Get<SpendingService>().CorrectAsync(new SpendingCorrection(project, entry.Id, reason, newDate, newWanYuan), detail.Version));
    }

    private async Task<Guid> ProjectVersionAsync(Guid project) => (await _manager.Get<ProjectService>().DetailAsync(project)).Value!.Version;

    /// <summary>A month of one street as its officer enters it: 高龄津贴 with the given lottery money, a third more as district matching.</summary>
    private async Task<FormResult> SaveMonthAsync(string street, int month, Money lottery, bool submit)
    {
        await using var officer = new ServiceHarness(_database, ServiceHarness.Principal("officer-" + street, PortalRoles.StreetStaff));
        var entry = officer.Get<MonthlyEntryService>();
        var personTimes = (lottery.Fen / 20_000).ToString(CultureInfo.InvariantCulture);
        var matching = Money.FromFen(lottery.Fen / 3);
        var monthEntry = new MonthEntry(street, Year, month, await VersionOrNullAsync(street, month),
        [
            new LineEntry(SubsidyType.AdvancedAgeCode, personTimes, lottery.ToYuan(), matching.ToYuan(), null),
            new LineEntry(SubsidyType.DisabilityCareCode, "0", "0", "0", null),
        ]);
        return submit ? await entry.SubmitAsync(monthEntry) : await entry.SaveDraftAsync(monthEntry);
    }

    private async Task<SubsidyReport?> ReportAsync(string street, int month)
    {
        await using var db = _database.CreateDbContext();
        var streetId = (await db.Districts.AsNoTracking().SingleAsync()).Streets.Single(s => s.Code == street).Id;
        return await db.SubsidyReports.AsNoTracking().SingleOrDefaultAsync(r => r.StreetId == streetId && r.Month == month && r.Year == Year);
    }

    private async Task<Guid> ReportIdAsync(string street, int month) => (await ReportAsync(street, month))!.Id;

    private async Task<Guid> VersionAsync(string street, int month) => (await ReportAsync(street, month))!.Version;

    private async Task<Guid?> VersionOrNullAsync(string street, int month) => (await ReportAsync(street, month))?.Version;

    private static Money Wan(string text) => Money.ParseWanYuan(text).Value;

    private static decimal WanYuan(Money amount) => amount.Fen / (decimal)Money.FenPerWanYuan;

    private static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error + (result is FormResult form ? " " + string.Join("；", form.FieldErrors.Values) : string.Empty));
}

public sealed class OneTruthTestsOnSqlite() : OneTruthTests(DatabaseProvider.Sqlite);

public sealed class OneTruthTestsOnPostgres() : OneTruthTests(DatabaseProvider.Postgres);
