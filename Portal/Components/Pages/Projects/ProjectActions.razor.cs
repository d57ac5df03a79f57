using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Domain.Common;
using Portal.Features;
using Portal.Features.SocialAssistance;

namespace Portal.Components.Pages.Projects;

/// <summary>
/// The forms that change a project, behind a row of buttons: an interactive island of the static
/// <see cref="ProjectDetail"/> page. The project is read when the first form is asked for, not before.
/// </summary>
public sealed partial class ProjectActions
{
    private const string Lag = "lag";
    private const string Share = "share";
    private const string ShareChange = "share-change";
    private const string Spending = "spending";
    private const string Correction = "correction";
    private const string Indicator = "indicator";
    private const string IndicatorEdit = "indicator-edit";
    private const string Transfer = "transfer";
    private const string Edit = "edit";
    private const string Subproject = "subproject";
    private const string NewSubproject = "new-subproject";
    private const string Order = "order";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Lag] = "说明滞后原因",
        [Share] = "分配到街道",
        [ShareChange] = "修改分配金额",
        [Spending] = "登记支出",
        [Correction] = "冲销或更正支出",
        [Indicator] = "新增绩效指标",
        [IndicatorEdit] = "修改或删除指标",
        [Transfer] = "资金调整",
        [Edit] = "修改项目信息和资金额度",
        [Subproject] = "修改子项目",
        [NewSubproject] = "新增子项目",
        [Order] = "项目顺序和删除",
    };

    private readonly List<string> _opened = [];
    private string? _current;
    private PageData<ProjectDetailView>? _data;
    private ProjectFormModel? _edit;
    private ProjectFormModel _newSubproject = new();
    private FormResult? _editResult;
    private FormResult? _subResult;
    private FormResult? _orderResult;
    private Guid _subproject;
    private string? _position;
    private bool _saving;

    [Parameter, EditorRequired] public Guid ProjectId { get; set; }

    /// <summary>The project's version as the page shows it: the forms work on that version or say it changed.</summary>
    [Parameter, EditorRequired] public Guid Version { get; set; }

    /// <summary>The forms that apply to the project as the page shows it (<see cref="For"/>).</summary>
    [Parameter, EditorRequired] public IReadOnlyList<string> Offered { get; set; } = [];

    [Inject] private ProjectService Projects { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The forms a project offers: changing a share, correcting spending, editing an indicator or a subproject only once there is one.</summary>
    public static IReadOnlyList<string> For(ProjectDetailView project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Labels.Keys.Where(key => key switch
        {
            ShareChange => project.Shares.Count > 0,
            Correction => project.Spendings.Any(s => s.CanCorrect),
            IndicatorEdit => project.Indicators.Count > 0,
            Subproject => project.Subprojects.Count > 0,
            _ => true,
        }).ToList();
    }

    private static string Label(string key) => Labels[key];

    private string ButtonClass(string key) => key == _current
        ? "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-small"
        : "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-small";

    protected override async Task OnParametersSetAsync()
    {
        // The page was refreshed after a change (here or by someone else): the forms follow what it shows.
        if (_data?.Value is { } project && project.Version != Version)
            await LoadAsync();
    }

    private async Task OpenAsync(string key)
    {
        _current = _current == key ? null : key;
        if (_current is null)
            return;
        if (!_opened.Contains(key))
            _opened.Add(key);
        if (_data is not null)
            return;
        await LoadAsync();
        // Someone changed the project since the page was shown: show the page as the forms now see it.
        if (_data?.Value is { } project && project.Version != Version)
            Navigation.Refresh();
    }

    private async Task LoadAsync()
    {
        _data = await Projects.DetailAsync(ProjectId);
        _edit = null;
        if (_data.Value is not { } project)
            return;
        _position = project.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (project.Subprojects.All(s => s.Id != _subproject) && project.Subprojects.Count > 0)
            _subproject = project.Subprojects[0].Id;
    }

    /// <summary>After a save: the forms read the project again and the page's tables and figures are rendered anew.</summary>
    private async Task SavedAsync()
    {
        await LoadAsync();
        Navigation.Refresh();
    }

    private async Task MoveAsync(ProjectDetailView project) =>
        _orderResult = await SaveAsync(() => Projects.MoveProjectAsync(project.Id, TypedInput.WholeNumber(_position) ?? 0, project.Version), "项目顺序已调整，报告按新顺序编号。");

    private async Task RemoveAsync(ProjectDetailView project)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("删除项目", $"删除“{project.Form.Name}”及其子项目、街道分配和绩效指标？资金额度退回尚未安排的资金。", yesText: "删除", cancelText: "取消");
        if (confirmed != true)
            return;
        _saving = true;
        try
        {
            _orderResult = await Projects.RemoveAsync(project.Id, project.Version);
            if (_orderResult.IsSuccess)
            {
                Snackbar.Add("项目已删除。", Severity.Success);
                Navigation.NavigateTo($"/social-assistance?year={project.Year}", forceLoad: true);
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>The edit form starts from the stored values and keeps what was typed until it is saved.</summary>
    private ProjectFormModel EditModel(ProjectDetailView project) => _edit ??= ProjectFormModel.From(project.Form);

    private async Task SaveProjectAsync(ProjectDetailView project) =>
        _editResult = await SaveAsync(() => Projects.UpdateAsync(project.Id, EditModel(project).ToForm(), project.Version), "项目已保存。");

    private async Task AddSubprojectAsync(ProjectDetailView project)
    {
        _newSubproject.Area = project.Form.Area;
        _subResult = await SaveAsync(() => Projects.AddSubprojectAsync(project.Id, _newSubproject.ToForm(), project.Version), $"子项目“{_newSubproject.Name}”已新增。");
        if (_subResult.IsSuccess)
            _newSubproject = new ProjectFormModel();
    }

    /// <summary>One save of a form of this island: its buttons wait, and a success is said and shown on the page.</summary>
    private async Task<FormResult> SaveAsync(Func<Task<FormResult>> save, string saved)
    {
        _saving = true;
        try
        {
            var result = await save();
            if (result.IsSuccess)
            {
                Snackbar.Add(saved, Severity.Success);
                await SavedAsync();
            }

            return result;
        }
        finally
        {
            _saving = false;
        }
    }
}
