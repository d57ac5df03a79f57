using System.Net;
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
/// The month being typed of one street. What the user typed lives in <see cref="_form"/> and is only
/// replaced after a successful save, so a refusal never loses input. An interactive island of the static
/// <see cref="MonthlyEntry"/> page, which renders the months, the month's status and its history: after a
/// save the island refreshes the page (enhanced navigation keeps the island and what it holds), and a month
/// link hands it a new <see cref="Month"/>.
/// </summary>
public sealed partial class MonthlyEntryForm
{
    /// <summary>The month shown, as last read; null until read, or when the address names no month that can be shown.</summary>
    private MonthRow? _month;
    private IReadOnlyList<SubsidyColumn> _subsidies = [];
    private bool _canEdit;
    private bool _canUnlock;

    /// <summary>The street, year and month <see cref="_month"/> was read for: new parameters for the same month read nothing again.</summary>
    private (string Street, int Year, int Month)? _loadedFor;
    private Dictionary<string, LineForm>? _form;
    private IReadOnlyDictionary<string, string> _fieldErrors = new Dictionary<string, string>();
    private string? _error;
    private string? _unlockReason;
    private bool _saving;

    /// <summary>Something was typed or clicked: the island's providers are rendered from then on (a save's message, the leave dialog).</summary>
    private bool _touched;

    [Parameter, EditorRequired] public string StreetCode { get; set; } = string.Empty;

    [Parameter, EditorRequired] public int Year { get; set; }

    [Parameter, EditorRequired] public int Month { get; set; }

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

    /// <summary>A link of the static page (the menu, a month of the table) was clicked while input is unsaved: navigating from here asks first.</summary>
    private void LeaveTo(ChangeEventArgs link)
    {
        if (link.Value is string address && !string.IsNullOrEmpty(address))
            Navigation.NavigateTo(address);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_month is not { } month || !RendererInfo.IsInteractive)
            return;
        // One key per month: input kept for another month waits there until that month is opened again.
        var key = $"unsaved-input:elderly-entry:{StreetCode}:{Year}:{month.Month}";
        if (_unsaved?.Key != key)
        {
            _unsaved = new UnsavedInput<MonthDraft>(Storage, key);
            await RestoreAsync(month, _unsaved);
            return;
        }

        await _unsaved.KeepAsync(IsDirty ? new MonthDraft(month.Month, _form!) : null);
    }

    /// <summary>Takes back what was typed in this tab before the page was last loaded, if the month can still be edited.</summary>
    private async Task RestoreAsync(MonthRow month, UnsavedInput<MonthDraft> unsaved)
    {
        if (await unsaved.ReadAsync() is not { } draft)
            return;
        if (draft.Month != month.Month || !Editable(_canEdit, month.State))
        {
            await unsaved.KeepAsync(null);
            return;
        }

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
        // The page's refresh after a save hands the same month again: what is being typed stays.
        if (_loadedFor == (StreetCode, Year, Month))
            return;
        await LoadAsync();
        _loadedFor = (StreetCode, Year, Month);
    }

    /// <summary>Reads the month again and puts its saved figures in the form.</summary>
    private async Task LoadAsync()
    {
        var read = await Entry.GridAsync(StreetCode, Year);
        if (read.Value is not { AnnualSummaryOnly: false } grid || grid.Months.FirstOrDefault(m => m.Month == Month) is not { State: not MonthState.Future } month)
        {
            // The page shows why (refused, missing, a yearly-totals year, a month not begun) and renders no island for it.
            (_month, _form) = (null, null);
            return;
        }

        (_subsidies, _canEdit, _canUnlock) = (grid.Subsidies, grid.CanEdit, grid.CanUnlock);
        Select(month);
    }

    private void Select(MonthRow month)
    {
        _month = month;
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

    /// <summary>Whether a month can be typed into by this user: the page's 填报 or 查看 says the same.</summary>
    internal static bool Editable(bool canEdit, MonthState state) =>
        canEdit && state is MonthState.NotFiled or MonthState.Draft or MonthState.Returned;

    /// <summary>Whether a month can be unlocked by this user (a manager, on an approved month): the form then offers 解锁.</summary>
    internal static bool Unlockable(bool canUnlock, MonthState state) => canUnlock && state == MonthState.Approved;

    /// <summary>A value as the input sends it, into the form; the render after it shows what the figure comes to.</summary>
    private EventCallback<ChangeEventArgs> Set(Action<string?> into) =>
        EventCallback.Factory.Create<ChangeEventArgs>(this, e =>
        {
            _touched = true;
            into(e.Value as string);
        });

    private string? FieldError(string key) => _fieldErrors.TryGetValue(key, out var error) ? error : null;

    private async Task SaveAsync(MonthRow month, bool submit)
    {
        _touched = true;
        _saving = true;
        _error = null;
        try
        {
            var entry = new MonthEntry(
                StreetCode,
                Year,
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
            await SavedAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task UnlockAsync(Guid reportId, Guid version)
    {
        _touched = true;
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
            await SavedAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>
    /// After a save: the form takes the saved month (its new version, state and warnings; a flagged line keeps
    /// its warning and asks for its comment), and the page around the island is rendered again from the
    /// database (the months, the status, the history) by an enhanced refresh, which keeps this island.
    /// </summary>
    private async Task SavedAsync()
    {
        await LoadAsync();
        Navigation.Refresh();
    }

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

    /// <summary>A subsidy's name and rates over its fields, as one piece of markup (one render-tree frame in the circuit).</summary>
    private static MarkupString Heading(SubsidyColumn subsidy) => new(
        $"<p class=\"mud-typography mud-typography-subtitle1 mt-4\">{WebUtility.HtmlEncode(subsidy.Name)} <span class=\"mud-typography mud-typography-caption\">（月发放标准 {WebUtility.HtmlEncode(subsidy.RateRange)}）</span></p>");

    /// <summary>What the yuan typed come to in 万元, the unit of every other page, shown under the field as it is typed.</summary>
    private static string? InWanYuan(string? yuan) =>
        Money.ParseYuan(yuan) is { IsSuccess: true } parsed && !parsed.Value.IsZero ? $"= {parsed.Value.ToWanYuanGrouped()} 万元" : null;
}
