namespace Portal.Features.Dashboard;

public static class AlertText
{
    public static string Label(AlertKind kind) => kind switch
    {
        AlertKind.LaggingWithoutReason => "进度滞后",
        AlertKind.FlaggedEntry => "超标准",
        AlertKind.OverdueMonth => "逾期",
        AlertKind.ReturnedMonth => "已退回",
        AlertKind.Unallocated => "未安排",
    };

    /// <summary>Red for what is late, amber for what needs a second look, blue for information.</summary>
    public static bool IsUrgent(AlertKind kind) => kind switch
    {
        AlertKind.LaggingWithoutReason or AlertKind.OverdueMonth => true,
        AlertKind.FlaggedEntry or AlertKind.ReturnedMonth or AlertKind.Unallocated => false,
    };
}
