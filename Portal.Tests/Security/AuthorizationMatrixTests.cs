using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.City;
using Portal.Features.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Features.FundYears;
using Portal.Features.Reports;
using Portal.Features.SocialAssistance;
using Portal.Features.Users;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// Every write operation of every service, called by every kind of caller, on the server with a real
/// database: allowed callers change data, everybody else is refused with the right Chinese message,
/// changes nothing and is logged. The rows come from one switch over <see cref="PortalOperation"/>, so a
/// new operation without a row does not compile.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string Officer = "officer-xinjiekou";

    private const string Reviewer = "manager-district";

    public enum Caller
    {
        Manager,
        DisabledManager,
        Viewer,
        DisabledViewer,
        OwnStreetStaff,
        OtherStreetStaff,
        StreetlessStaff,
        DisabledOwnStreetStaff,
        NoRole,
        OtherDistrictManager,
        OtherDistrictViewer,

        /// <summary>Street staff of the other district's street whose code is the resource street's.</summary>
        OtherDistrictStreetStaff,
        CityViewer,
        CityAdministrator,
    }

    /// <summary>What a manager of the other district may do in their own district: make a year, and the rates, which are the city's.</summary>
    private static readonly PortalOperation[] OwnDistrictWrites = [PortalOperation.CreateFundYear, PortalOperation.AddSubsidyRates];

    private static readonly Caller[] ManagersOnly = [Caller.Manager];
    private static readonly Caller[] ManagersAndOwnStreet = [Caller.Manager, Caller.OwnStreetStaff];
    private static readonly Caller[] CityAdministratorsOnly = [Caller.CityAdministrator];

    /// <summary>The resource's street in every case: 新街口, whose children's home has a 50 万元 share.</summary>
    private const string ResourceStreet = "xinjiekou";

    private sealed record OperationCase(string Method, Caller[] Allowed, Func<ServiceHarness, World, Task<Result>> Invoke);

    private static OperationCase Row(PortalOperation operation) => operation switch
    {
        PortalOperation.AssignAccountStreet => new(
            $"{nameof(UserDirectoryService)}.{nameof(UserDirectoryService.AssignStreetAsync)}",
            ManagersOnly,
            (services, world) => services.Get<UserDirectoryService>().AssignStreetAsync(world.Target.Id, "desheng", world.Target.Version)),
        PortalOperation.DisableAccount => new(
            $"{nameof(UserDirectoryService)}.{nameof(UserDirectoryService.DisableAsync)}",
            ManagersOnly,
            (services, world) => services.Get<UserDirectoryService>().DisableAsync(world.Target.Id, world.Target.Version)),
        PortalOperation.EnableAccount => new(
            $"{nameof(UserDirectoryService)}.{nameof(UserDirectoryService.EnableAsync)}",
            ManagersOnly,
            (services, world) => services.Get<UserDirectoryService>().EnableAsync(world.Target.Id, world.Target.Version)),
        PortalOperation.ChangeApprovalRule => new(
            $"{nameof(UserDirectoryService)}.{nameof(UserDirectoryService.SetSeparateApprovalAsync)}",
            ManagersOnly,
            (services, world) => services.Get<UserDirectoryService>().SetSeparateApprovalAsync(false, world.DistrictVersion)),
        PortalOperation.RecordSpending => new(
            $"{nameof(SpendingService)}.{nameof(SpendingService.RecordAsync)}",
            ManagersAndOwnStreet,
            async (services, world) => await services.Get<SpendingService>().RecordAsync(new SpendingForm(world.ChildProtectionId, null, world.ShareId, "2020-09-01", "0.1", "购买图书"))),
        PortalOperation.CorrectSpending => new(
            $"{nameof(SpendingService)}.{nameof(SpendingService.CorrectAsync)}",
            ManagersAndOwnStreet,
            async (services, world) => await services.Get<SpendingService>().CorrectAsync(
                new SpendingCorrection(world.ChildProtectionId, world.ShareSpendingId, "金额录错", "2020-09-02", "0.2"), world.ChildProtectionVersion)),
        PortalOperation.ChangeShare => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.ChangeShareAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().ChangeShareAsync(world.ChildProtectionId, world.ShareId, "49", world.ChildProtectionVersion)),
        PortalOperation.EditIndicator => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.UpdateIndicatorAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().UpdateIndicatorAsync(world.ChildProtectionId, world.IndicatorId,
                world.Indicator.Form with { Achieved = "4" }, world.ChildProtectionVersion)),
        PortalOperation.RemoveIndicator => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.RemoveIndicatorAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().RemoveIndicatorAsync(world.ChildProtectionId, world.IndicatorId, world.ChildProtectionVersion)),
        PortalOperation.OrderProjects => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.MoveProjectAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().MoveProjectAsync(world.TrackingId, 1, world.TrackingVersion)),
        PortalOperation.OrderSubprojects => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.MoveSubprojectAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().MoveSubprojectAsync(world.ChildProtectionId, world.HomesId, 4, world.ChildProtectionVersion)),
        PortalOperation.DeleteProject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.RemoveAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().RemoveAsync(world.TrackingId, world.TrackingVersion)),
        PortalOperation.DeleteSubproject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.RemoveSubprojectAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().RemoveSubprojectAsync(world.ChildProtectionId, world.ChildProtection.Subprojects[1].Id, world.ChildProtectionVersion)),
        PortalOperation.EditFundYear => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.EditYearAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<FundYearAdminService>().EditYearAsync(2021, new FundYearEdit("310", "100", "210", "2022-02-28"), world.Year2021Version)),
        PortalOperation.DescribeElderlyProgramme => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.DescribeElderlyAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<FundYearAdminService>().DescribeElderlyAsync(2021,
                new ElderlyProgrammeForm("高龄津贴和失能老年人护理补贴", "2021-01-01", "2021-12-31", null, [new OwnerForm("邵振华", "83418182", "高龄津贴")]), world.Year2021Version)),
        PortalOperation.DeleteFundYear => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.DeleteYearAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<FundYearAdminService>().DeleteYearAsync(2021, world.Year2021Version)),
        PortalOperation.CreateProject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.CreateAsync)}",
            ManagersOnly,
            async (services, _) => await services.Get<ProjectService>().CreateAsync(2021, NewProject)),
        PortalOperation.EditProject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.UpdateAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().UpdateAsync(world.ChildProtectionId, world.ChildProtectionForm with { Owner = "郝成文（更正）" }, world.ChildProtectionVersion)),
        PortalOperation.AddSubproject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.AddSubprojectAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().AddSubprojectAsync(world.TrackingId, NewProject with { AllocationWanYuan = "1" }, world.TrackingVersion)),
        PortalOperation.EditSubproject => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.UpdateSubprojectAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().UpdateSubprojectAsync(world.ChildProtectionId, world.HomesId, world.HomesForm with { Owner = "郝成文（更正）" }, world.ChildProtectionVersion)),
        PortalOperation.ShareToStreet => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.ShareToStreetAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().ShareToStreetAsync(world.TrackingId, null, "yuetan", "1", "绩效跟踪街道配合", world.TrackingVersion)),
        PortalOperation.AddIndicator => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.AddIndicatorAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().AddIndicatorAsync(world.TrackingId, null,
                new IndicatorForm(IndicatorCategory.Output, "完成绩效评价报告", "份", IndicatorComparison.Equal, "1", null), world.TrackingVersion)),
        PortalOperation.ExplainLag => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.ExplainLagAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().ExplainLagAsync(world.TrackingId, null, "评价工作在次年完成", "2021 年 11 月底前完成评价", world.TrackingVersion)),
        PortalOperation.TransferMoney => new(
            $"{nameof(ProjectService)}.{nameof(ProjectService.TransferAsync)}",
            ManagersOnly,
            async (services, world) => await services.Get<ProjectService>().TransferAsync(new TransferForm(world.TrackingId, null, "1", "2021-01-15", "结转下一年度"), world.TrackingVersion)),
        PortalOperation.SaveSubsidyDraft => new(
            $"{nameof(MonthlyEntryService)}.{nameof(MonthlyEntryService.SaveDraftAsync)}",
            ManagersAndOwnStreet,
            async (services, _) => await services.Get<MonthlyEntryService>().SaveDraftAsync(JuneEntry)),
        PortalOperation.SubmitSubsidyReport => new(
            $"{nameof(MonthlyEntryService)}.{nameof(MonthlyEntryService.SubmitAsync)}",
            ManagersAndOwnStreet,
            async (services, _) => await services.Get<MonthlyEntryService>().SubmitAsync(JuneEntry)),
        PortalOperation.ApproveSubsidyReport => new(
            $"{nameof(ReviewService)}.{nameof(ReviewService.ApproveAsync)}",
            ManagersOnly,
            (services, world) => services.Get<ReviewService>().ApproveAsync(world.Report!.Id, world.Report.Version)),
        PortalOperation.ReturnSubsidyReport => new(
            $"{nameof(ReviewService)}.{nameof(ReviewService.ReturnAsync)}",
            ManagersOnly,
            (services, world) => services.Get<ReviewService>().ReturnAsync(world.Report!.Id, "人次与系统导出不符，请核对。", world.Report.Version)),
        PortalOperation.UnlockSubsidyReport => new(
            $"{nameof(ReviewService)}.{nameof(ReviewService.UnlockAsync)}",
            ManagersOnly,
            (services, world) => services.Get<ReviewService>().UnlockAsync(world.Report!.Id, "补录漏报人次", world.Report.Version)),
        PortalOperation.ApproveSubsidyMonth => new(
            $"{nameof(ReviewService)}.{nameof(ReviewService.ApproveMonthAsync)}",
            ManagersOnly,
            (services, _) => services.Get<ReviewService>().ApproveMonthAsync(2020, 6)),
        PortalOperation.CreateFundYear => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.CreateYearAsync)}",
            ManagersOnly,
            async (services, _) => await services.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2022", "100", "60", "40", "2023-02-28"))),
        PortalOperation.SetReportDeadline => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.SetReportDeadlineDayAsync)}",
            ManagersOnly,
            async (services, _) => await services.Get<FundYearAdminService>().SetReportDeadlineDayAsync(2020, "15")),
        PortalOperation.AddSubsidyRates => new(
            $"{nameof(FundYearAdminService)}.{nameof(FundYearAdminService.AddRateTableAsync)}",
            ManagersOnly,
            async (services, _) => await services.Get<FundYearAdminService>().AddRateTableAsync(new NewRateTable("advanced-age", "2022-01-01", [("80-89 周岁", "120")]))),
        PortalOperation.ImportSubsidyReports => new(
            $"{nameof(SubsidyImportService)}.{nameof(SubsidyImportService.CommitAsync)}",
            ManagersAndOwnStreet,
            async (services, _) => await services.Get<SubsidyImportService>().CommitAsync(
                new MemoryStream(System.Text.Encoding.UTF8.GetBytes("街道,年度,月份,补贴类型,人次,彩票公益金（元）,区财政配套（元）,说明\n新街口,2020,6,高龄津贴,10,0,1000,\n")),
                "june.csv")),
        PortalOperation.AddDistrict => new(
            $"{nameof(DistrictSetupService)}.{nameof(DistrictSetupService.AddAsync)}",
            CityAdministratorsOnly,
            async (services, _) => await services.Get<DistrictSetupService>().AddAsync(NewDistrict)),
        PortalOperation.PublishReport => new(
            $"{nameof(AnnualReportService)}.{nameof(AnnualReportService.PublishAsync)}",
            ManagersOnly,
            async (services, _) => await services.Get<AnnualReportService>().PublishAsync(2020, "滞后原因见绩效跟踪报告")),
    };

    /// <summary>A small project of 2021, which has a factor block of 200 万元 for it.</summary>
    private static readonly ProjectForm NewProject = new(
        "社区救助宣传", "宣传救助政策", "year", "2021-01-01", "2021-12-31", "10", "朱建国", "83418099",
        ProjectStatus.Planned, ProjectArea.SocialAssistance, null, null, null);

    /// <summary>朝阳区, a district neither Xicheng nor the other district of the matrix (东城区).</summary>
    private static readonly DistrictForm NewDistrict = new("chaoyang", "朝阳区", "北京市朝阳区民政局", "400", "市级彩票公益金", null, false,
        [new CodeAndName("jianwai", "建外"), new CodeAndName("chaowai", "朝外")], [new CodeAndName("social-assistance", "社会救助")]);

    /// <summary>June 2020 of 新街口: district matching money only, since the 2020 lottery block is used up by the published totals.</summary>
    private static readonly MonthEntry JuneEntry = new(ResourceStreet, 2020, 6, null,
    [
        new LineEntry("advanced-age", "10", "0", "1000", null),
        new LineEntry("disability-care", "0", "0", "0", null),
    ]);

    /// <summary>What a review operation needs to find: a submitted month, or an approved one to unlock.</summary>
    private static ReportStatus? ReportNeeded(PortalOperation operation) => operation switch
    {
        PortalOperation.ApproveSubsidyReport or PortalOperation.ReturnSubsidyReport or PortalOperation.ApproveSubsidyMonth => ReportStatus.Submitted,
        PortalOperation.UnlockSubsidyReport => ReportStatus.Approved,
        _ => null,
    };

    public static TheoryData<PortalOperation, Caller> Matrix()
    {
        var data = new TheoryData<PortalOperation, Caller>();
        foreach (var operation in Enum.GetValues<PortalOperation>())
        {
            foreach (var caller in Enum.GetValues<Caller>())
                data.Add(operation, caller);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_the_allowed_callers_can_perform_the_operation(PortalOperation operation, Caller caller)
    {
        var row = Row(operation);
        await using var database = await TestDatabase.SeededAsync();
        var world = await World.CreateAsync(database, caller, targetDisabled: operation == PortalOperation.EnableAccount, ReportNeeded(operation));
        await using var services = new ServiceHarness(database, ServiceHarness.Principal(world.CallerId, RoleOf(caller)));
        var before = await AuditCountAsync(database);

        var result = await row.Invoke(services, world);

        if (caller is Caller.OtherDistrictManager or Caller.OtherDistrictStreetStaff && !IsAuthorizationRefusal(caller, row.Allowed))
        {
            // Authorized in their own district, where Xicheng's rows do not exist: refused as not found, nothing written.
            var xicheng = await XichengStateAsync(database);
            if (caller == Caller.OtherDistrictManager && OwnDistrictWrites.Contains(operation))
                Assert.True(result.IsSuccess, $"{caller} should be allowed to {operation} in their own district: {result.Error}");
            else
                Assert.True(result.IsFailure && await AuditCountAsync(database) == before, $"{caller} changed something by {operation}");
            Assert.Equal(world.XichengBefore, xicheng);
        }
        else if (row.Allowed.Contains(caller))
        {
            Assert.True(result.IsSuccess, $"{caller} should be allowed to {operation}: {result.Error}");
            Assert.True(await AuditCountAsync(database) > before);
        }
        else
        {
            Assert.Equal(ExpectedRefusal(caller, row.Allowed), result.Error);
            Assert.Equal(before, await AuditCountAsync(database));
            Assert.Contains(services.Logs.Entries, e => e.EventId.Id == 4030 && e.Message.Contains(operation.ToString(), StringComparison.Ordinal) && e.Message.Contains(world.CallerId, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_write_method_of_every_feature_service_has_a_row()
    {
        var writes = typeof(UserDirectoryService).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsPublic: true } && t.Name.EndsWith("Service", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("Portal.Features", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(Writes).Select(m => $"{t.Name}.{m.Name}"))
            .Order()
            .ToList();
        var rows = Enum.GetValues<PortalOperation>().Select(o => Row(o).Method).Order().ToList();

        Assert.NotEmpty(writes);
        Assert.Equal(writes, rows);
    }

    [Fact]
    public async Task A_tampered_share_id_of_another_street_is_refused_and_an_unknown_one_too()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("staff-desheng", "desheng");
        await database.RegisterAsync("manager");
        var xinjiekouShare = await World.ShareOfAsync(database, "xinjiekou");

        await using var desheng = new ServiceHarness(database, ServiceHarness.Principal("staff-desheng", PortalRoles.StreetStaff));
        var project = await ProjectOfShareAsync(database, xinjiekouShare);
        var tampered = await desheng.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, xinjiekouShare, "2020-09-01", "100", null));
        var unknown = await desheng.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, Guid.NewGuid(), "2020-09-01", "100", null));
        var projectLevel = await desheng.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, null, "2020-09-01", "100", null));
        await using var manager = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var managerUnknown = await manager.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, Guid.NewGuid(), "2020-09-01", "100", null));

        Assert.Equal(AuthorizationMessages.OtherStreet, tampered.Error);
        Assert.Equal(AuthorizationMessages.OtherStreet, unknown.Error);
        Assert.Equal(AuthorizationMessages.OtherStreet, projectLevel.Error);
        Assert.Equal(ProjectMessages.ShareNotFound, managerUnknown.Error);
    }

    [Fact]
    public async Task Moving_an_officer_to_another_street_takes_effect_on_their_next_write()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("staff-moving", "xinjiekou");
        await database.RegisterAsync("manager");
        var share = await World.ShareOfAsync(database, "xinjiekou");
        await using var officerServices = new ServiceHarness(database, ServiceHarness.Principal("staff-moving", PortalRoles.StreetStaff));
        var officer = await database.AccountAsync("staff-moving");
        var project = await ProjectOfShareAsync(database, share);
        Assert.True((await officerServices.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, share, "2020-09-01", "1", null))).IsSuccess);

        await using (var manager = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager)))
            Assert.True((await manager.Get<UserDirectoryService>().AssignStreetAsync(officer.Id, "desheng", officer.Version)).IsSuccess);

        var after = await officerServices.Get<SpendingService>().RecordAsync(new SpendingForm(project, null, share, "2020-09-02", "1", null));
        Assert.Equal(AuthorizationMessages.OtherStreet, after.Error);
    }

    [Fact]
    public async Task A_manager_cannot_disable_their_own_account()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        await using var services = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager));
        var self = await database.AccountAsync("manager");

        var result = await services.Get<UserDirectoryService>().DisableAsync(self.Id, self.Version);

        Assert.Equal(UserAccountMessages.CannotDisableSelf, result.Error);
    }

    [Fact]
    public async Task A_stale_version_of_an_account_is_refused()
    {
        await using var database = await TestDatabase.SeededAsync();
        await database.RegisterAsync("manager");
        var target = await database.RegisterAsync("someone");
        await using var services = new ServiceHarness(database, ServiceHarness.Principal("manager", PortalRoles.Manager));

        Assert.True((await services.Get<UserDirectoryService>().AssignStreetAsync(target.Id, "niujie", target.Version)).IsSuccess);
        var stale = await services.Get<UserDirectoryService>().AssignStreetAsync(target.Id, "desheng", target.Version);

        Assert.Equal(Portal.Infrastructure.Data.SaveMessages.ChangedBy("manager 测试用户 (manager)", new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc)).Split(" 于 ")[0], stale.Error!.Split(" 于 ")[0]);
    }

    /// <summary>A write returns a Result (or a FormResult) of what it changed.</summary>
    private static bool Writes(MethodInfo method) =>
        method.ReturnType.IsGenericType
        && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
        && typeof(Result).IsAssignableFrom(method.ReturnType.GetGenericArguments()[0]);

    private static string? RoleOf(Caller caller) => caller switch
    {
        Caller.Manager or Caller.DisabledManager or Caller.OtherDistrictManager => PortalRoles.Manager,
        Caller.Viewer or Caller.DisabledViewer or Caller.OtherDistrictViewer => PortalRoles.Viewer,
        Caller.OwnStreetStaff or Caller.OtherStreetStaff or Caller.StreetlessStaff or Caller.DisabledOwnStreetStaff or Caller.OtherDistrictStreetStaff => PortalRoles.StreetStaff,
        Caller.CityViewer => PortalRoles.CityViewer,
        Caller.CityAdministrator => PortalRoles.CityAdministrator,
        Caller.NoRole => null,
    };

    /// <summary>The other district's street staff are refused by role (not by a missing row) where only managers may act.</summary>
    private static bool IsAuthorizationRefusal(Caller caller, Caller[] allowed) =>
        (caller == Caller.OtherDistrictStreetStaff && !allowed.Contains(Caller.OwnStreetStaff))
        || (caller is Caller.OtherDistrictManager or Caller.OtherDistrictStreetStaff && allowed == CityAdministratorsOnly);

    /// <summary>Everything of Xicheng's a write could touch: every row's version, so any change shows.</summary>
    private static async Task<string> XichengStateAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var xicheng = await db.Districts.AsNoTracking().SingleAsync(d => d.Code == "xicheng");
        var years = await db.FundYears.AsNoTracking().Where(y => y.DistrictId == xicheng.Id).OrderBy(y => y.Year).ToListAsync();
        var reports = await db.SubsidyReports.AsNoTracking().Where(r => years.Select(y => y.Id).Contains(r.FundYearId)).Select(r => r.Version).ToListAsync();
        var accounts = await db.UserAccounts.AsNoTracking().Where(a => a.DistrictId == xicheng.Id).Select(a => a.Version).ToListAsync();
        var published = await db.PublishedReports.AsNoTracking().CountAsync();
        return string.Join(",", years.SelectMany(y => y.Projects.Select(p => p.Version).Prepend(y.Version)).Concat(reports).Concat(accounts).Order()) + "|" + published;
    }

    private static string ExpectedRefusal(Caller caller, Caller[] allowed) =>
        allowed == CityAdministratorsOnly && caller is not (Caller.DisabledManager or Caller.DisabledViewer or Caller.DisabledOwnStreetStaff or Caller.NoRole)
            ? AuthorizationMessages.CityAdministratorOnly
            : ExpectedDistrictRefusal(caller, allowed);

    private static string ExpectedDistrictRefusal(Caller caller, Caller[] allowed) => caller switch
    {
        Caller.DisabledManager or Caller.DisabledViewer or Caller.DisabledOwnStreetStaff => AuthorizationMessages.Disabled,
        Caller.NoRole => AuthorizationMessages.NoRole,
        Caller.Viewer or Caller.OtherDistrictViewer => AuthorizationMessages.ReadOnly,
        Caller.CityViewer or Caller.CityAdministrator or Caller.OtherDistrictStreetStaff => AuthorizationMessages.ManagerOnly,
        Caller.OwnStreetStaff or Caller.OtherStreetStaff or Caller.StreetlessStaff when !allowed.Contains(Caller.OwnStreetStaff) => AuthorizationMessages.ManagerOnly,
        Caller.StreetlessStaff => AuthorizationMessages.NoStreet,
        Caller.OtherStreetStaff => AuthorizationMessages.OtherStreet,
        Caller.Manager or Caller.OwnStreetStaff or Caller.OtherDistrictManager => throw new InvalidOperationException($"{caller} is refused only where the table says so."),
    };

    private static async Task<Guid> ProjectOfShareAsync(TestDatabase database, Guid shareId)
    {
        await using var db = database.CreateDbContext();
        return await db.Set<StreetShare>().Where(s => s.Id == shareId).Select(s => s.ProjectId).SingleAsync();
    }

    private static async Task<int> AuditCountAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }

    /// <summary>The caller's account as the directory holds it, another account to act on, and 新街口's share.</summary>
    private sealed record World(string CallerId, UserAccount Target, Guid ShareId, SubsidyReport? Report, ProjectDetailView ChildProtection, ProjectDetailView Tracking, Guid Year2021Version, Guid DistrictVersion)
    {
        /// <summary>Xicheng's rows before the call (<see cref="XichengStateAsync"/>).</summary>
        public string XichengBefore { get; init; } = "";

        /// <summary>The 100 元 新街口 paid from its share on 2020-09-01, to correct.</summary>
        public Guid ShareSpendingId => ChildProtection.Spendings.Single(s => s.ShareId == ShareId).Id;

        /// <summary>资助儿童之家 = 4 所, of the children's homes.</summary>
        public IndicatorView Indicator => ChildProtection.Indicators.First(i => i.SubprojectId == HomesId);

        public Guid IndicatorId => Indicator.Id;

        public Guid ChildProtectionId => ChildProtection.Id;

        public Guid ChildProtectionVersion => ChildProtection.Version;

        public ProjectForm ChildProtectionForm => ChildProtection.Form;

        public Guid HomesId => ChildProtection.Subprojects[0].Id;

        public ProjectForm HomesForm => ChildProtection.Subprojects[0].Form;

        /// <summary>(十) performance tracking: 15.698 万元, nothing spent, so money can still move.</summary>
        public Guid TrackingId => Tracking.Id;

        public Guid TrackingVersion => Tracking.Version;

        public static async Task<World> CreateAsync(TestDatabase database, Caller caller, bool targetDisabled, ReportStatus? report)
        {
            var street = caller switch
            {
                Caller.OwnStreetStaff or Caller.DisabledOwnStreetStaff or Caller.OtherDistrictStreetStaff => ResourceStreet,
                Caller.OtherStreetStaff => "desheng",
                _ => null,
            };
            string? district = null;
            if (caller is Caller.OtherDistrictManager or Caller.OtherDistrictViewer or Caller.OtherDistrictStreetStaff)
            {
                Assert.True((await SecondDistrict.AddAsync(database)).IsSuccess);
                district = SecondDistrict.Code;
            }

            var account = await database.RegisterAsync("caller", street, district);
            if (caller is Caller.DisabledManager or Caller.DisabledViewer or Caller.DisabledOwnStreetStaff)
                await ChangeAsync(database, account.Id, a => a.Disable());

            var target = await database.RegisterAsync("target", ResourceStreet);
            if (targetDisabled)
                target = await ChangeAsync(database, target.Id, a => a.Disable());
            await database.RegisterAsync("setup-manager");
            await using var manager = new ServiceHarness(database, ServiceHarness.Principal("setup-manager", PortalRoles.Manager));
            Assert.True((await manager.Get<FundYearAdminService>().CreateYearAsync(new NewFundYear("2021", "300", "100", "200", "2022-02-28"))).IsSuccess);
            var projects = (await manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects;
            var share = await ShareOfAsync(database, ResourceStreet);
            Assert.True((await manager.Get<SpendingService>().RecordAsync(new SpendingForm(projects[8].Id, null, share, "2020-09-01", "0.01", "图书"))).IsSuccess);
            var childProtection = (await manager.Get<ProjectService>().DetailAsync(projects[8].Id)).Value!;
            var tracking = (await manager.Get<ProjectService>().DetailAsync(projects[9].Id)).Value!;
            var year2021 = (await manager.Get<FundYearAdminService>().SettingsAsync(2021)).Value!.Version;
            Guid districtVersion;
            await using (var db = database.CreateDbContext())
                districtVersion = await db.Districts.Where(d => d.Code == "xicheng").Select(d => d.Version).SingleAsync();
            var reportRow = report is { } status ? await ReportAsync(database, status) : null;
            return new World("caller", target, share, reportRow, childProtection, tracking, year2021, districtVersion) { XichengBefore = await XichengStateAsync(database) };
        }

        /// <summary>A June 2020 report of 新街口 in the given state, made through the domain.</summary>
        private static async Task<SubsidyReport> ReportAsync(TestDatabase database, ReportStatus status)
        {
            await using var db = database.CreateDbContext();
            db.Actor = "测试准备";
            var year = await db.FundYears.SingleAsync(y => y.Year == 2020);
            var street = await db.Streets.SingleAsync(s => s.Code == ResourceStreet && db.Districts.Any(d => d.Id == s.DistrictId && d.Code == "xicheng"));
            var type = await db.SubsidyTypes.SingleAsync(t => t.Code == SubsidyType.AdvancedAgeCode);
            var report = SubsidyReport.Create(year, street.Id, 6, new DateOnly(2026, 1, 1)).Value;
            Assert.True(report.SetLine(Officer, type, 10, Money.Zero, Money.FromYuan(1000), null, year, year.ElderlyBlock).IsSuccess);
            Assert.True(report.Submit(Officer).IsSuccess);
            if (status == ReportStatus.Approved)
                Assert.True(report.Approve(Reviewer, separateDuties: true).IsSuccess);
            db.SubsidyReports.Add(report);
            await db.SaveChangesAsync();
            return report;
        }

        public static async Task<Guid> ShareOfAsync(TestDatabase database, string streetCode)
        {
            await using var db = database.CreateDbContext();
            var street = await db.Streets.SingleAsync(s => s.Code == streetCode && db.Districts.Any(d => d.Id == s.DistrictId && d.Code == "xicheng"));
            return await db.Set<StreetShare>().Where(s => s.StreetId == street.Id).Select(s => s.Id).SingleAsync();
        }

        private static async Task<UserAccount> ChangeAsync(TestDatabase database, Guid accountId, Func<UserAccount, Result> change)
        {
            await using var db = database.CreateDbContext();
            db.Actor = "测试准备";
            var account = await db.UserAccounts.SingleAsync(a => a.Id == accountId);
            Assert.True(change(account).IsSuccess);
            await db.SaveChangesAsync();
            return account;
        }
    }
}
