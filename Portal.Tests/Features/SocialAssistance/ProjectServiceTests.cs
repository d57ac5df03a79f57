using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features;
using Portal.Features.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.SocialAssistance;

/// <summary>Moving money and explaining lags through the services, on the seeded 2020 year.</summary>
public sealed class ProjectServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceHarness _manager = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.SeededAsync();
        await _database.RegisterAsync("manager");
        _manager = new ServiceHarness(_database, ServiceHarness.Principal("manager", PortalRoles.Manager));
    }

    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_inspection_money_moves_to_the_next_year_both_sides_show_it_and_a_reversal_is_a_new_transfer()
    {
        var inspection = await ProjectAsync(6);
        var moved = await Projects().TransferAsync(new TransferForm(inspection.Id, null, "44.68", "2021-03-01", "疫情未开展巡视探访，2021 年调整用于其他社会救助项目"), inspection.Version);
        Assert.True(moved.IsSuccess, moved.Error);

        // Dated after the cut-off, the move is not in the cut-off figures: the money was still the project's then.
        var atCutOff = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        Assert.Equal(("1292", "0", "44.68"), (atCutOff.Allocated.ToWanYuan(), atCutOff.TransferredToNextYear.ToWanYuan(), atCutOff.Projects[5].Allocation.ToWanYuan()));
        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(2020, new DateOnly(2021, 3, 1))).Value!;
        Assert.Equal("1247.32", list.Allocated.ToWanYuan());
        Assert.Equal("44.68", list.TransferredToNextYear.ToWanYuan());
        Assert.Equal(Money.Zero, list.Unallocated);
        var after = await ProjectAsync(6);
        Assert.Equal("0", after.Budget.Allocation.ToWanYuan());
        Assert.Equal(("调出", "下一年度"), (after.Transfers.Single().Direction, after.Transfers.Single().OtherSide));

        var tracking = await ProjectAsync(10);
        var toTracking = await Projects().TransferAsync(new TransferForm(tracking.Id, (await ProjectAsync(1)).Id, "5", "2021-03-02", "绩效跟踪经费调剂给街道社会救助"), tracking.Version);
        Assert.True(toTracking.IsSuccess, toTracking.Error);
        var reversal = await Projects().TransferAsync(new TransferForm((await ProjectAsync(1)).Id, tracking.Id, "5", "2021-03-03", "撤销 3 月 2 日的调剂"), (await ProjectAsync(1)).Version);
        Assert.True(reversal.IsSuccess, reversal.Error);

        var trackingAfter = await ProjectAsync(10);
        Assert.Equal("15.698", trackingAfter.Budget.Allocation.ToWanYuan());
        Assert.Equal(["调出", "调入"], trackingAfter.Transfers.Select(t => t.Direction));
        Assert.Equal(2, (await ProjectAsync(1)).Transfers.Count);
    }

    [Fact]
    public async Task A_transfer_needs_a_reason_and_cannot_move_money_already_spent()
    {
        var relief = await ProjectAsync(1);

        var noReason = await Projects().TransferAsync(new TransferForm(relief.Id, null, "1", "2021-03-01", " "), relief.Version);
        var tooMuch = await Projects().TransferAsync(new TransferForm(relief.Id, null, "321.610001", "2021-03-01", "结转"), relief.Version);

        Assert.Equal(ProjectMessages.TransferReasonRequired, noReason.FieldErrors[ProjectFields.Reason]);
        Assert.Equal(ProjectMessages.TransferExceedsAvailable(Money.ParseWanYuan("321.610001").Value, Money.ParseWanYuan("321.61").Value), tooMuch.FieldErrors[ProjectFields.Amount]);
        Assert.Equal("750", (await ProjectAsync(1)).Budget.Allocation.ToWanYuan());
    }

    [Fact]
    public async Task A_recorded_lag_reason_clears_the_unexplained_flag_and_a_stale_page_cannot_overwrite_it()
    {
        var aids = await ProjectAsync(8);
        Assert.True((await Projects().ExplainLagAsync(aids.Id, null, "辅具配置招标延至 2021 年", "2021 年二季度完成配置", aids.Version)).IsSuccess);

        var row = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!.Projects.Single(p => p.Number == "（八）");
        Assert.True(row.NeedsReason);
        Assert.Equal("辅具配置招标延至 2021 年", row.LagReason);

        var stale = await Projects().ExplainLagAsync(aids.Id, null, "另一个原因", "另一个措施", aids.Version);
        Assert.StartsWith("已被 manager 测试用户 于 ", stale.Error, StringComparison.Ordinal);
        Assert.EndsWith("修改，您的修改没有保存。请刷新后重新操作，您填写的内容仍在页面上。", stale.Error, StringComparison.Ordinal);
    }

    private ProjectService Projects() => _manager.Get<ProjectService>();

    private async Task<ProjectDetailView> ProjectAsync(int order)
    {
        var list = (await _manager.Get<ProjectListService>().ProjectsAsync(2020)).Value!;
        return (await Projects().DetailAsync(list.Projects[order - 1].Id)).Value!;
    }
}
