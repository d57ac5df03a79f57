using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// Which part of the review queue to show: one street, one month, one status (待审核, 已退回, 已审核), or all
/// of each when null. Read from the page's address, so a filtered queue can be linked to.
/// </summary>
public sealed record ReviewFilter(string? StreetCode = null, int? Month = null, ReportStatus? Status = null)
{
    public static ReviewFilter All { get; } = new();

    /// <summary>The statuses the queue lists, in its order; a draft is still the street's and never listed.</summary>
    public static IReadOnlyList<ReportStatus> Listed { get; } = [ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Approved];

    /// <summary>The filter as typed in the address: anything that is not a month or a listed status means "all".</summary>
    public static ReviewFilter Parse(string? streetCode, string? month, string? status) => new(
        string.IsNullOrWhiteSpace(streetCode) ? null : streetCode.Trim(),
        TypedInput.WholeNumber(month) is { } m and >= 1 and <= 12 ? m : null,
        StatusOf(status));

    /// <summary>How a status is written in the address (<c>status=returned</c>).</summary>
    public static string QueryValue(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "submitted",
        ReportStatus.Returned => "returned",
        ReportStatus.Approved => "approved",
        _ => "draft",
    };

    private static ReportStatus? StatusOf(string? text)
    {
        foreach (var status in Listed)
        {
            if (string.Equals(QueryValue(status), text?.Trim(), StringComparison.OrdinalIgnoreCase))
                return status;
        }

        return null;
    }

    public bool Shows(ReportStatus status) => Status is null || Status == status;
}
