namespace Portal.Domain.ElderlySubsidy;

public static class ReportStatusNames
{
    /// <summary>A street-month with no report at all.</summary>
    public const string NotFiled = "未填报";

    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.Submitted => "已提交",
        ReportStatus.Returned => "已退回",
        ReportStatus.Approved => "已审核",
        _ => status.ToString(),
    };
}
