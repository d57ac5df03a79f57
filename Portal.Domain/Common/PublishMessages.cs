using System.Globalization;

namespace Portal.Domain.Common;

public static class PublishMessages
{
    public static readonly string ReasonTooLong = string.Create(CultureInfo.InvariantCulture, $"发布说明不能超过 {PublishedReport.OverrideReasonMaxLength} 个字。");

    public static string ReasonRequired(int warnings) =>
        string.Create(CultureInfo.InvariantCulture, $"发布前检查还有 {warnings} 处问题：请先处理，或填写发布说明（为什么仍要发布），说明会随本版本保存。");

    public static string HasErrors(int errors) =>
        string.Create(CultureInfo.InvariantCulture, $"发布前检查发现 {errors} 处错误（报告与数据不一致），改正前不能发布。");
}
