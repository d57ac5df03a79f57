using MiniExcelLibs;
using Portal.Features.ElderlySubsidy;

namespace Portal.Features.Dashboard;

/// <summary>Every table behind the dashboard's charts, one sheet each.</summary>
public static class DashboardWorkbook
{
    public static byte[] Create(DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sheets = new Dictionary<string, object>
        {
            ["执行与序时进度"] = view.Execution.Select(e => new Dictionary<string, object>
            {
                ["项目"] = e.Project,
                ["资金额度（万元）"] = ElderlySubsidyWorkbook.WanYuan(e.Allocation),
                ["已支出（万元）"] = ElderlySubsidyWorkbook.WanYuan(e.Spent),
                // Percentages as the screen shows them (57.12), not raw shares (0.5712…) in General format.
                ["执行率（%）"] = Percentage(e.ExecutionRate),
                ["序时进度（%）"] = Percentage(e.ScheduleProgress),
                ["滞后"] = e.IsLagging ? "是" : "否",
                ["已说明原因"] = e.Explained ? "是" : "否",
            }).ToList(),
            ["按月支出"] = view.SpendingByMonth.Select(m => new Dictionary<string, object>
            {
                ["月份"] = m.Month,
                ["支出（万元）"] = ElderlySubsidyWorkbook.WanYuan(m.Spent),
            }).ToList(),
            ["老年人津贴补贴按月"] = view.ElderlyByMonth.Select(m => new Dictionary<string, object>
            {
                ["月份"] = m.Month,
                ["高龄津贴人次"] = m.AdvancedAgePersonTimes,
                ["高龄津贴（万元）"] = ElderlySubsidyWorkbook.WanYuan(m.AdvancedAge),
                ["失能护理补贴人次"] = m.DisabilityCarePersonTimes,
                ["失能护理补贴（万元）"] = ElderlySubsidyWorkbook.WanYuan(m.DisabilityCare),
            }).ToList(),
            ["按街道"] = view.ByStreet.Select(s => new Dictionary<string, object>
            {
                ["街道"] = s.Street,
                ["项目资金（万元）"] = ElderlySubsidyWorkbook.WanYuan(s.Shares),
                ["项目资金已支出（万元）"] = ElderlySubsidyWorkbook.WanYuan(s.SharesSpent),
                ["老年人津贴补贴人次"] = s.ElderlyPersonTimes,
                ["老年人津贴补贴（万元）"] = ElderlySubsidyWorkbook.WanYuan(s.ElderlyPaid),
                ["已审核月数"] = s.MonthsApproved,
                ["逾期月数"] = s.MonthsOverdue,
            }).ToList(),
            ["提醒"] = view.Alerts.Select(a => new Dictionary<string, object> { ["提醒"] = a.Text }).ToList(),
        };

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>A share in percent points with the two decimals the pages show: 0.5712 → 57.12.</summary>
    public static decimal Percentage(decimal share) => Math.Round(share * 100, 2, MidpointRounding.AwayFromZero);
}
