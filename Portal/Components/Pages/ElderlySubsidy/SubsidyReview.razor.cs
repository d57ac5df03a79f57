using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features;
using Portal.Features.ElderlySubsidy;

namespace Portal.Components.Pages.ElderlySubsidy;

/// <summary>
/// The managers' review queue. The filter lives in the address (street, month, status), so a filtered queue
/// can be linked to from the dashboard. A refused action is shown under its own row, and a refused return
/// marks the comment field; what was typed stays until the month leaves the queue.
/// </summary>
public sealed partial class SubsidyReview
{
    private PageData<ReviewList>? _data;
    private readonly Dictionary<Guid, string?> _comments = [];
    private readonly Dictionary<Guid, string> _rowErrors = [];
    private readonly Dictionary<Guid, string> _commentErrors = [];
    private int _bulkMonth = 1;
    private string? _bulkError;
    private bool _saving;

    /// <summary>As typed in the address; anything that is not a year means "the latest year".</summary>
    [SupplyParameterFromQuery(Name = "year")] public string? YearText { get; set; }

    [SupplyParameterFromQuery(Name = "street")] public string? StreetText { get; set; }

    [SupplyParameterFromQuery(Name = "month")] public string? MonthText { get; set; }

    [SupplyParameterFromQuery(Name = "status")] public string? StatusText { get; set; }

    [Inject] private ReviewService Review { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private int? Year => TypedInput.WholeNumber(YearText);

    private ReviewFilter Filter => ReviewFilter.Parse(StreetText, MonthText, StatusText);

    protected override async Task OnParametersSetAsync()
    {
        if (Filter.Month is { } month)
            _bulkMonth = month;
        await LoadAsync();
    }

    private async Task LoadAsync() => _data = await Review.QueueAsync(Year, Filter);

    private static string StatusLabel(ReportStatus status) => status == ReportStatus.Submitted ? "待审核" : ReportStatusNames.Of(status);

    private string? Comment(Guid reportId) => _comments.GetValueOrDefault(reportId);

    private string? RowError(ReviewItem item) => _rowErrors.GetValueOrDefault(item.ReportId);

    private string? CommentError(ReviewItem item) => _commentErrors.GetValueOrDefault(item.ReportId);

    /// <summary>Changes one part of the filter and keeps the others, in the address.</summary>
    private Task FilterAsync(string? street = null, int? month = null, string? status = null)
    {
        var current = _data?.Value?.Filter ?? Filter;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["street"] = Blank(street ?? current.StreetCode),
            ["month"] = (month ?? current.Month) is { } m and > 0 ? m : null,
            ["status"] = Blank(status ?? (current.Status is { } s ? ReviewFilter.QueryValue(s) : null)),
        }));
        return Task.CompletedTask;
    }

    private Task ClearFilterAsync()
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["street"] = null, ["month"] = null, ["status"] = null }));
        return Task.CompletedTask;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private Task ApproveAsync(ReviewItem item) =>
        RunAsync(item, () => Review.ApproveAsync(item.ReportId, item.Version), $"已通过 {item.StreetName} {item.Month} 月。");

    private Task ReturnAsync(ReviewItem item) =>
        RunAsync(item, () => Review.ReturnAsync(item.ReportId, Comment(item.ReportId), item.Version), $"已退回 {item.StreetName} {item.Month} 月。");

    private async Task ApproveMonthAsync(int year)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("批量审核", $"确定将 {_bulkMonth} 月所有待审核的街道月报审核通过并锁定吗？", yesText: "全部通过", cancelText: "取消");
        if (confirmed != true)
            return;
        _saving = true;
        _bulkError = null;
        try
        {
            var month = _bulkMonth;
            var result = await Review.ApproveMonthAsync(year, month);
            if (result.IsFailure)
            {
                _bulkError = result.Error;
                return;
            }

            Snackbar.Add($"{month} 月待审核月报已全部通过。", Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task RunAsync(ReviewItem item, Func<Task<Result>> action, string success)
    {
        _saving = true;
        _rowErrors.Remove(item.ReportId);
        _commentErrors.Remove(item.ReportId);
        try
        {
            var result = await action();
            if (result.IsFailure)
            {
                if (result.Field == Fields.Comment)
                    _commentErrors[item.ReportId] = result.Error!;
                else
                    _rowErrors[item.ReportId] = result.Error!;
                return;
            }

            _comments.Remove(item.ReportId);
            Snackbar.Add(success, Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }
}
