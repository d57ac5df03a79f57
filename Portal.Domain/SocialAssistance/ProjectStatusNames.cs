namespace Portal.Domain.SocialAssistance;

public static class ProjectStatusNames
{
    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => "计划中",
        ProjectStatus.InProgress => "实施中",
        ProjectStatus.Completed => "已完成",
        ProjectStatus.Postponed => "延期",
        ProjectStatus.NotCarriedOut => "未实施",
        _ => status.ToString(),
    };
}
