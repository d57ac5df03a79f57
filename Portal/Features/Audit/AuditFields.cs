namespace Portal.Features.Audit;

/// <summary>How a stored value is shown to a person: money in the page's unit, codes by name, ids by what they point at.</summary>
public enum FieldKind
{
    /// <summary>Not shown: ids of the row itself, versions, machine copies of a report.</summary>
    Hidden,
    Text,
    Number,
    Figure,
    Date,
    /// <summary>A UTC instant, shown in Beijing time.</summary>
    Instant,
    /// <summary>Money stored in fen, shown in 元 (the unit of the monthly subsidy pages).</summary>
    Yuan,
    /// <summary>Money stored in fen, shown in 万元 (the unit of the project, share and fund-year pages).</summary>
    WanYuan,
    Month,
    YesNo,
    Disabled,
    Role,
    ReportStatus,
    ProjectStatus,
    ProjectArea,
    CycleKind,
    IndicatorCategory,
    IndicatorComparison,
    Street,
    FundYear,
    Project,
    Subproject,
    SubsidyType,
    StreetShare,
    Spending,
    /// <summary>A project that may be none: the next fund year.</summary>
    TransferTarget,
    /// <summary>An actor as stored (name and sign-on id): shown by name only.</summary>
    Actor,
    /// <summary>Why the change was made: written after the change as （原因：…）.</summary>
    Reason,
}

public sealed record FieldLabel(string Label, FieldKind Kind);

/// <summary>
/// The Chinese label and kind of every audited column, by entity and property (a complex property's columns
/// as <c>Cycle.Start</c>). A column missing here is shown by its kind's safest form, never as a raw id; a test
/// holds this table to the database model so a new column cannot slip through unlabelled.
/// </summary>
public static class AuditFields
{
    private static readonly Dictionary<string, FieldLabel> Shared = new(StringComparer.Ordinal)
    {
        ["Id"] = new("标识", FieldKind.Hidden),
        ["Version"] = new("版本", FieldKind.Hidden),
        ["FundYearId"] = new("资金年度", FieldKind.FundYear),
        ["DistrictId"] = new("区", FieldKind.Hidden),
        ["ProjectId"] = new("项目", FieldKind.Project),
        ["SubprojectId"] = new("子项目", FieldKind.Subproject),
        ["StreetId"] = new("街道", FieldKind.Street),
        ["SubsidyTypeId"] = new("补贴类型", FieldKind.SubsidyType),
        ["Name"] = new("名称", FieldKind.Text),
        ["Order"] = new("序号", FieldKind.Number),
        ["Reason"] = new("原因", FieldKind.Reason),
        ["Date"] = new("日期", FieldKind.Date),
        ["Amount"] = new("金额", FieldKind.WanYuan),
        ["Code"] = new("代码", FieldKind.Text),
    };

    private static readonly Dictionary<string, FieldLabel> ProjectFields = new(StringComparer.Ordinal)
    {
        ["Allocation"] = new("资金额度", FieldKind.WanYuan),
        ["Area"] = new("所属领域", FieldKind.ProjectArea),
        ["Name"] = new("项目名称", FieldKind.Text),
        ["Description"] = new("项目主要内容", FieldKind.Text),
        ["Owner"] = new("项目负责人", FieldKind.Text),
        ["OwnerPhone"] = new("联系方式", FieldKind.Text),
        ["Outcome"] = new("项目完成情况及实际效果", FieldKind.Text),
        ["Problems"] = new("存在问题", FieldKind.Text),
        ["CorrectiveMeasures"] = new("整改措施", FieldKind.Text),
        ["Status"] = new("状态", FieldKind.ProjectStatus),
        ["Cycle.Kind"] = new("项目周期类型", FieldKind.CycleKind),
        ["Cycle.Start"] = new("项目周期开始", FieldKind.Date),
        ["Cycle.End"] = new("项目周期结束", FieldKind.Date),
        ["Lag.Reason"] = new("进度滞后原因", FieldKind.Text),
        ["Lag.CorrectiveMeasure"] = new("进度滞后整改措施", FieldKind.Text),
        ["Lag.RecordedOn"] = new("滞后说明日期", FieldKind.Date),
        ["ProjectId"] = new("所属项目", FieldKind.Project),
    };

    private static readonly Dictionary<string, Dictionary<string, FieldLabel>> ByEntity = new(StringComparer.Ordinal)
    {
        ["FundYear"] = new(StringComparer.Ordinal)
        {
            ["Year"] = new("年度", FieldKind.Text),
            ["CarriedIn"] = new("上年结转", FieldKind.WanYuan),
            ["ElderlyBlock"] = new("老年人津贴补贴", FieldKind.WanYuan),
            ["FactorBlock"] = new("因素法分配福彩公益金", FieldKind.WanYuan),
            ["CutOffDate"] = new("支出统计截止日期", FieldKind.Date),
            ["PublishedEdition"] = new("已发布的报告版本", FieldKind.Number),
            ["ReportDeadlineDay"] = new("月报截止日", FieldKind.Number),
            ["ElderlyDescription"] = new("老年人津贴补贴项目主要内容", FieldKind.Text),
            ["ElderlyOutcome"] = new("老年人津贴补贴完成情况及实际效果", FieldKind.Text),
            ["ElderlyCycle.Kind"] = new("老年人津贴补贴项目周期类型", FieldKind.CycleKind),
            ["ElderlyCycle.Start"] = new("老年人津贴补贴项目周期开始", FieldKind.Date),
            ["ElderlyCycle.End"] = new("老年人津贴补贴项目周期结束", FieldKind.Date),
        },
        ["Project"] = ProjectFields,
        ["Subproject"] = new(ProjectFields, StringComparer.Ordinal) { ["Name"] = new("子项目名称", FieldKind.Text) },
        ["StreetShare"] = new(StringComparer.Ordinal)
        {
            ["Amount"] = new("分配金额", FieldKind.WanYuan),
            ["Purpose"] = new("用途", FieldKind.Text),
        },
        ["Spending"] = new(StringComparer.Ordinal)
        {
            ["Amount"] = new("支出金额", FieldKind.WanYuan),
            ["Date"] = new("支出日期", FieldKind.Date),
            ["Note"] = new("说明", FieldKind.Text),
            ["StreetShareId"] = new("街道分配", FieldKind.StreetShare),
            ["ReversalOfId"] = new("冲销", FieldKind.Spending),
            ["CorrectionOfId"] = new("更正", FieldKind.Spending),
            ["AmendsEdition"] = new("更正的报告版本", FieldKind.Number),
        },
        ["Transfer"] = new(StringComparer.Ordinal)
        {
            ["FromProjectId"] = new("调出项目", FieldKind.Project),
            ["ToProjectId"] = new("调入", FieldKind.TransferTarget),
        },
        ["PerformanceIndicator"] = new(StringComparer.Ordinal)
        {
            ["Name"] = new("指标名称", FieldKind.Text),
            ["Category"] = new("指标类别", FieldKind.IndicatorCategory),
            ["Comparison"] = new("比较方式", FieldKind.IndicatorComparison),
            ["Target"] = new("目标值", FieldKind.Figure),
            ["Achieved"] = new("实际完成值", FieldKind.Figure),
            ["Unit"] = new("单位", FieldKind.Text),
        },
        ["SubsidyReport"] = new(StringComparer.Ordinal)
        {
            ["FundYearId"] = new("资金年度", FieldKind.Hidden),
            ["Year"] = new("年度", FieldKind.Text),
            ["Month"] = new("月份", FieldKind.Month),
            ["Status"] = new("状态", FieldKind.ReportStatus),
            ["ReviewComment"] = new("审核意见", FieldKind.Reason),
            ["LastEditedBy"] = new("最后填报或提交人", FieldKind.Hidden),
        },
        ["SubsidyLine"] = new(StringComparer.Ordinal)
        {
            ["ReportId"] = new("月报", FieldKind.Hidden),
            ["PersonTimes"] = new("人次", FieldKind.Number),
            ["Lottery"] = new("彩票公益金", FieldKind.Yuan),
            ["Matching"] = new("区财政配套资金", FieldKind.Yuan),
            ["RateFlag"] = new("超出发放标准", FieldKind.YesNo),
            ["FlagComment"] = new("超标准说明", FieldKind.Text),
            ["SplitEstimated"] = new("资金来源为估算", FieldKind.YesNo),
        },
        ["SubsidyRate"] = new(StringComparer.Ordinal)
        {
            ["EffectiveFrom"] = new("生效日期", FieldKind.Date),
            ["Level"] = new("等级", FieldKind.Text),
            ["Monthly"] = new("每人每月标准", FieldKind.Yuan),
        },
        ["SubsidyType"] = new(StringComparer.Ordinal),
        ["UserAccount"] = new(StringComparer.Ordinal)
        {
            ["Name"] = new("姓名", FieldKind.Text),
            ["Email"] = new("电子邮件", FieldKind.Text),
            ["ObjectId"] = new("登录标识", FieldKind.Hidden),
            ["Role"] = new("角色", FieldKind.Role),
            ["StreetId"] = new("所属街道", FieldKind.Street),
            ["IsDisabled"] = new("账户状态", FieldKind.Disabled),
            ["FirstSignIn"] = new("首次登录", FieldKind.Instant),
            ["LastSignIn"] = new("最近登录", FieldKind.Instant),
        },
        ["PublishedReport"] = new(StringComparer.Ordinal)
        {
            ["Number"] = new("版本号", FieldKind.Number),
            ["PublishedAt"] = new("发布时间", FieldKind.Instant),
            ["PublishedBy"] = new("发布人", FieldKind.Actor),
            ["OverrideReason"] = new("带问题发布的原因", FieldKind.Reason),
            ["ReportJson"] = new("报告内容", FieldKind.Hidden),
            ["DisclosureJson"] = new("公开数据", FieldKind.Hidden),
            ["ProblemsJson"] = new("检查结果", FieldKind.Hidden),
        },
        ["District"] = new(StringComparer.Ordinal)
        {
            ["BureauName"] = new("局名", FieldKind.Text),
            ["CommunityCount"] = new("社区数", FieldKind.Number),
            ["FundName"] = new("资金名称", FieldKind.Text),
            ["GroupProjectsByArea"] = new("报告按领域分组项目", FieldKind.YesNo),
            ["SeparateApproval"] = new("审核职责分离", FieldKind.YesNo),
        },
        ["ReportRegulation"] = new(StringComparer.Ordinal)
        {
            ["Title"] = new("报告引用的规定", FieldKind.Text),
        },
        ["ProjectAreaDefinition"] = new(StringComparer.Ordinal)
        {
            ["Name"] = new("领域名称", FieldKind.Text),
        },
        ["Street"] = new(StringComparer.Ordinal),
        ["ProgrammeOwner"] = new(StringComparer.Ordinal)
        {
            ["Id"] = new("序号", FieldKind.Hidden),
            ["Name"] = new("负责人", FieldKind.Text),
            ["Phone"] = new("联系方式", FieldKind.Text),
            ["ResponsibleFor"] = new("负责内容", FieldKind.Text),
        },
        ["DatabaseBackup"] = new(StringComparer.Ordinal)
        {
            ["File"] = new("文件", FieldKind.Text),
            ["Bytes"] = new("字节数", FieldKind.Number),
        },
    };

    /// <summary>The label of a column, or null when neither the entity nor the shared table knows it.</summary>
    public static FieldLabel? Find(string entity, string property) =>
        ByEntity.TryGetValue(entity, out var own) && own.TryGetValue(property, out var label) ? label
        : Shared.GetValueOrDefault(property);

    /// <summary>A column nobody labelled: text is shown as text, anything that could be an id or a code is left out.</summary>
    public static FieldLabel Of(string entity, string property) => Find(entity, property) ?? new FieldLabel(property, FieldKind.Hidden);
}
