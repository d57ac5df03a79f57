using MiniExcelLibs;
using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// The elderly-subsidy dashboard as an Excel workbook, one sheet per table. Amounts are decimal 万元 (and
/// person-times whole numbers), so every digit survives and Excel can still add them up.
/// </summary>
public static class ElderlySubsidyWorkbook
{
    public static byte[] Create(ElderlySubsidyTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var sheets = new Dictionary<string, object>
        {
            ["按补贴类型"] = totals.ByType.Select(t => new Dictionary<string, object>
            {
                ["补贴类型"] = t.SubsidyName,
                ["人次"] = t.PersonTimes,
                ["彩票公益金（万元）"] = WanYuan(t.Lottery),
                ["区财政配套（万元）"] = WanYuan(t.Matching),
                ["合计（万元）"] = WanYuan(t.Total),
                ["彩票公益金与配套的划分"] = Split(t.SplitEstimated),
            }).ToList(),
            ["按月份"] = totals.ByMonth.Select(m => new Dictionary<string, object>
            {
                ["月份"] = m.Month,
                ["已报街道数"] = m.StreetsReported,
                ["人次"] = m.PersonTimes,
                ["彩票公益金（万元）"] = WanYuan(m.Lottery),
                ["区财政配套（万元）"] = WanYuan(m.Matching),
                ["合计（万元）"] = WanYuan(m.Total),
            }).ToList(),
            ["按街道"] = totals.ByStreet.Select(s => new Dictionary<string, object>
            {
                ["街道"] = s.StreetName,
                ["已审核月数"] = s.MonthsApproved,
                ["待审核月数"] = s.MonthsSubmitted,
                ["人次"] = s.PersonTimes,
                ["彩票公益金（万元）"] = WanYuan(s.Lottery),
                ["区财政配套（万元）"] = WanYuan(s.Matching),
                ["合计（万元）"] = WanYuan(s.Total),
            }).ToList(),
            ["年度汇总"] = totals.AnnualSummaries.Select(r => new Dictionary<string, object>
            {
                ["补贴类型"] = r.SubsidyName,
                ["填报单位"] = r.Scope,
                ["期间"] = r.Period,
                ["人次"] = r.PersonTimes,
                ["彩票公益金（万元）"] = WanYuan(r.Lottery),
                ["区财政配套（万元）"] = WanYuan(r.Matching),
                ["合计（万元）"] = WanYuan(r.Total),
                ["核查"] = r.RateFlag ? "超出标准：" + (r.FlagComment ?? string.Empty) : "正常",
                ["彩票公益金与配套的划分"] = Split(r.SplitEstimated),
            }).ToList(),
        };

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>估算 where the lottery/matching split was apportioned from a total, not recorded.</summary>
    private static string Split(bool estimated) => estimated ? "估算" : "填报";

    /// <summary>Exact: a fen is 0.000001 万元, well inside decimal's precision.</summary>
    public static decimal WanYuan(Money amount) => amount.Fen / (decimal)Money.FenPerWanYuan;
}
