namespace Portal.Security;

/// <summary>What a refused read asked for, in Chinese, from the resource name the read services give it.</summary>
public static class ReadResources
{
    public static string Describe(string resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var parts = resource.Split('/');
        return parts switch
        {
            ["AuditTrail"] => "操作记录",
            ["SecurityTrail"] => "访问与安全记录",
            ["UserDirectory"] => "用户管理",
            ["Dashboard"] => "总览",
            ["ElderlySubsidy", "review"] => "月报审核",
            ["FundYear", "overview"] => "资金年度概况",
            ["FundYear", "projects"] => "社会救助项目列表",
            ["FundYear", "elderly-subsidies"] => "老年人津贴补贴汇总",
            ["FundYear", "child-protection"] => "儿童保护项目",
            ["FundYear", var year, "settings"] => year + "年资金年度设置",
            ["Report", var year] => year + "年度公开报告",
            ["Disclosure", var year] => year + "年度公开数据",
            ["City", ..] => "全市概况",
            ["Project", var id] => "项目（" + id + "）",
            ["Street", var code] => "街道页面（" + code + "）",
            ["Street", var code, "elderly-subsidies"] => "街道津贴补贴月报（" + code + "）",
            _ => " " + resource,
        };
    }
}
