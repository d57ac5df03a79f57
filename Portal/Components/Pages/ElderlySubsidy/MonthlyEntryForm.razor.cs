using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using MudBlazor;
using Portal.Components.Shared;
using Portal.Domain.Common;
using Portal.Features;
using Portal.Features.ElderlySubsidy;

namespace Portal.Components.Pages.ElderlySubsidy;

/// <summary>
/// The month × subsidy entry of one street. What the user typed lives in <see cref="_form"/> and is only
/// replaced after a successful save, so a refusal never loses input. An interactive island of the static
/// <see cref="MonthlyEntry"/> page: its parameters are the page's address, as typed.
/// </summary>
public sealed partial class MonthlyEntryForm
{
    private PageData<StreetEntryGrid>? _data;
    private Dictionary<string, LineForm>? _form;
    private IReadOnlyDictionary<string, string> _fieldErrors = new Dictionary<string, string>();
    private int? _selected;
    private string? _error;
    private string? _unlockReason;
    private bool _saving;

    [Parameter] public string StreetCode { get; set; } = string.Empty;

    /// <summary>As typed in the address; anything that is not a year means "the latest year".</summary>
    [Parameter] public string? YearText { get; set; }

    private int? Year => TypedInput.WholeNumber(YearText);

    [Parameter] public string? MonthText { get; set; }

    private int? Month => TypedInput.WholeNumber(MonthText);

    [Inject] private MonthlyEntryService Entry { get; set; } = default!;

    [Inject] private ReviewService Review { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ProtectedSessionStorage Storage { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Typed but unsaved input of this street and year, kept in the tab so a lost connection or a server restart does not lose it.</summary>
    private UnsavedInput<MonthDraft>? _unsaved;

    /// <summary>The month whose input was taken back from <see cref="_unsaved"/> when the page opened.</summary>
    private int? _restoredMonth;

    /// <summary>What the form held when it was opened or last saved, to tell whether anything is unsaved.</summary>
    private string _savedSnapshot = string.Empty;

    private bool IsDirty => _form is not null && Snapshot() != _savedSnapshot;

    private string Snapshot() =>
        _form is null ? string.Empty : string.Join("|", _form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}:{f.Value.PersonTimes}:{f.Value.Lottery}:{f.Value.Matching}:{f.Value.Comment}"));

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!IsDirty)
            return;
        var leave = await Dialogs.ShowMessageBoxAsync("尚未保存", "本月填写的内容还没有保存，离开后将丢失。确定离开吗？", yesText: "离开", cancelText: "留在本页");
        if (leave != true)
            context.PreventNavigation();
        else if (_unsaved is not null)
            await _unsaved.KeepAsync(null);
    }

    /// <summary>A link of the static layout was clicked while input is unsaved: navigating from here asks first.</summary>
    private void LeaveTo(ChangeEventArgs link)
    {
        if (link.Value is string address && !string.IsNullOrEmpty(address))
            Navigation.NavigateTo(address);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_data?.Value is not { AnnualSummaryOnly: false } grid)
            return;
        var key = $"unsaved-input:elderly-entry:{grid.StreetCode}:{grid.Year}";
        if (_unsaved?.Key != key)
        {
            _unsaved = new UnsavedInput<MonthDraft>(Storage, key);
            await RestoreAsync(grid, _unsaved);
            return;
        }

        await _unsaved.KeepAsync(IsDirty && _selected is { } selected ? new MonthDraft(selected, _form!) : null);
    }

    /// <summary>Takes back what was typed in this tab before the page was last loaded, if that month can still be edited.</summary>
    private async Task RestoreAsync(StreetEntryGrid grid, UnsavedInput<MonthDraft> unsaved)
    {
        if (await unsaved.ReadAsync() is not { } draft)
            return;
        if (grid.Months.FirstOrDefault(m => m.Month == draft.Month) is not { } month || !Editable(grid, month))
        {
            await unsaved.KeepAsync(null);
            return;
        }

        Select(month);
        foreach (var (code, typed) in draft.Lines)
        {
            if (_form!.TryGetValue(code, out var line))
                (line.PersonTimes, line.Lottery, line.Matching, line.Comment) = (typed.PersonTimes, typed.Lottery, typed.Matching, typed.Comment);
        }

        if (!IsDirty)
        {
            await unsaved.KeepAsync(null);
            return;
        }

        _restoredMonth = month.Month;
        StateHasChanged();
    }

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (Month is { } month && _data?.Value?.Months.FirstOrDefault(m => m.Month == month) is { State: not MonthState.Future } row)
            Select(row);
    }

    private async Task LoadAsync() => _data = await Entry.GridAsync(StreetCode, Year);

    private void Select(MonthRow month)
    {
        _selected = month.Month;
        _error = null;
        _fieldErrors = new Dictionary<string, string>();
        _form = month.Lines.ToDictionary(
            l => l.SubsidyCode,
            l => month.ReportId is null
                ? new LineForm()
                : new LineForm
                {
                    PersonTimes = l.PersonTimes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    Lottery = l.Lottery.ToYuan(),
                    Matching = l.Matching.ToYuan(),
                    Comment = l.FlagComment,
                });
        _savedSnapshot = Snapshot();
    }

    private MonthRow? SelectedMonth(StreetEntryGrid grid) => grid.Months.FirstOrDefault(m => m.Month == _selected);

    private static bool Editable(StreetEntryGrid grid, MonthRow month) =>
        grid.CanEdit && month.State is MonthState.NotFiled or MonthState.Draft or MonthState.Returned;

    private string? FieldError(string key) => _fieldErrors.TryGetValue(key, out var error) ? error : null;

    private async Task SaveAsync(StreetEntryGrid grid, MonthRow month, bool submit)
    {
        _saving = true;
        _error = null;
        try
        {
            var entry = new MonthEntry(
                grid.StreetCode,
                grid.Year,
                month.Month,
                month.Version,
                _form!.Select(f => new LineEntry(f.Key, f.Value.PersonTimes, f.Value.Lottery, f.Value.Matching, f.Value.Comment)).ToList());
            var result = submit ? await Entry.SubmitAsync(entry) : await Entry.SaveDraftAsync(entry);
            _fieldErrors = result.FieldErrors;
            if (result.IsFailure)
            {
                _error = result.Error;
                return;
            }

            Snackbar.Add(submit ? $"{month.Month} 月数据已提交审核。" : $"{month.Month} 月草稿已保存。", Severity.Success);
            await LoadAsync();
            if (SelectedMonth(_data!.Value!) is { } reloaded)
            {
                // Keep the warning visible: a flagged line needs its comment before the month can be submitted.
                Select(reloaded);
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task UnlockAsync(Guid reportId, Guid version)
    {
        _saving = true;
        _error = null;
        try
        {
            var result = await Review.UnlockAsync(reportId, _unlockReason, version);
            if (result.IsFailure)
            {
                _error = result.Error;
                return;
            }

            _unlockReason = null;
            Snackbar.Add("已解锁，街道可以修改后重新提交。", Severity.Success);
            await LoadAsync();
            if (SelectedMonth(_data!.Value!) is { } reloaded)
                Select(reloaded);
        }
        finally
        {
            _saving = false;
        }
    }

    private static Color StatusColor(MonthState state) => state switch
    {
        MonthState.Approved => Color.Success,
        MonthState.Submitted => Color.Info,
        MonthState.Returned => Color.Warning,
        MonthState.Draft => Color.Default,
        MonthState.NotFiled => Color.Default,
        MonthState.Future => Color.Dark,
    };

    /// <summary>The month being typed into and its lines, as kept in the browser tab.</summary>
    private sealed record MonthDraft(int Month, Dictionary<string, LineForm> Lines);

    /// <summary>One subsidy's inputs, as typed.</summary>
    private sealed class LineForm
    {
        public string? PersonTimes { get; set; }

        public string? Lottery { get; set; }

        public string? Matching { get; set; }

        public string? Comment { get; set; }
    }

    /// <summary>What the yuan typed come to in 万元, the unit of every other page, shown under the field as it is typed.</summary>
    private static string? InWanYuan(string? yuan) =>
        Money.ParseYuan(yuan) is { IsSuccess: true } parsed && !parsed.Value.IsZero ? $"= {parsed.Value.ToWanYuanGrouped()} 万元" : null;
}
