using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Components.Shared;

/// <summary>
/// MudBlazor's built-in texts in Chinese. Only the keys the portal shows are listed; any other key falls
/// back to MudBlazor's English default.
/// </summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["MudNavGroup_ToggleExpand"] = "展开/收起",
        ["MudDataGrid_Sort"] = "排序",
        ["MudDataGrid_Unsort"] = "取消排序",
        ["MudDataGrid_SortedAscending"] = "升序",
        ["MudDataGrid_SortedDescending"] = "降序",
        ["MudDataGrid_FilterValue"] = "筛选值",
        ["MudDataGrid_ClearFilter"] = "清除筛选",
        ["MudDataGrid_Contains"] = "包含",
        ["MudDataGrid_NotContains"] = "不包含",
        ["MudDataGrid_Equals"] = "等于",
        ["MudDataGrid_NotEquals"] = "不等于",
        ["MudDataGrid_StartsWith"] = "开头是",
        ["MudDataGrid_EndsWith"] = "结尾是",
        ["MudDataGrid_IsEmpty"] = "为空",
        ["MudDataGrid_IsNotEmpty"] = "不为空",
        ["MudDataGrid_RowsPerPage"] = "每页行数",
        ["MudDataGridPager_RowsPerPage"] = "每页行数",
        ["MudDataGridPager_InfoFormat"] = "第 {0}-{1} 条，共 {2} 条",
        ["MudDataGrid_Save"] = "保存",
        ["MudDataGrid_Cancel"] = "取消",
        ["MudDataGrid_True"] = "是",
        ["MudDataGrid_False"] = "否",
        ["MudDataGrid_RefreshData"] = "刷新",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);
}
