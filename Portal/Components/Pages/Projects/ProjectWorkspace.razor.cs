using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Components.Shared;
using Portal.Features;
using Portal.Features.SocialAssistance;

namespace Portal.Components.Pages.Projects;

/// <summary>
/// A project's figures, subprojects, street shares, spending and records with the forms that change them: an
/// interactive island of the static <see cref="ProjectDetail"/> page.
/// </summary>
public sealed partial class ProjectWorkspace
{
    private PageData<ProjectDetailView>? _data;
    private ProjectFormModel? _edit;
    private ProjectFormModel _newSubproject = new();
    private FormResult? _editResult;
    private FormResult? _subResult;
    private FormResult? _orderResult;
    private int _position;
    private bool _saving;

    [Parameter] public Guid ProjectId { get; set; }

    [Inject] private ProjectService Projects { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await ReloadAsync();
        // A project belongs to one fund year: an address without it (an old bookmark) gets it, so the header
        // and the menu show the project's year instead of the latest one.
        if (_data?.Value is { } project && YearQuery.Read(Navigation) != project.Year)
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(YearQuery.Name, project.Year), replace: true);
    }

    private async Task ReloadAsync()
    {
        _data = await Projects.DetailAsync(ProjectId);
        _edit = null;
        _position = _data.Value is { } project ? project.Order : 1;
    }

    private async Task MoveAsync(ProjectDetailView project)
    {
        _saving = true;
        try
        {
            _orderResult = await Projects.MoveProjectAsync(project.Id, _position, project.Version);
            if (_orderResult.IsSuccess)
            {
                Snackbar.Add("项目顺序已调整，报告按新顺序编号。", Severity.Success);
                await ReloadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

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

    /// <summary>The project row and the rows of its subprojects and street shares.</summary>
    private static Guid[] HistoryIds(ProjectDetailView project) =>
        [project.Id, .. project.Subprojects.Select(s => s.Id), .. project.Shares.Select(s => s.Id)];

    /// <summary>The edit form starts from the stored values and keeps what was typed until it is saved.</summary>
    private ProjectFormModel EditModel(ProjectDetailView project) => _edit ??= ProjectFormModel.From(project.Form);

    private async Task SaveProjectAsync(ProjectDetailView project)
    {
        _saving = true;
        try
        {
            _editResult = await Projects.UpdateAsync(project.Id, EditModel(project).ToForm(), project.Version);
            if (_editResult.IsSuccess)
            {
                Snackbar.Add("项目已保存。", Severity.Success);
                await ReloadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task AddSubprojectAsync(ProjectDetailView project)
    {
        _saving = true;
        try
        {
            _newSubproject.Area = project.Form.Area;
            _subResult = await Projects.AddSubprojectAsync(project.Id, _newSubproject.ToForm(), project.Version);
            if (_subResult.IsSuccess)
            {
                Snackbar.Add($"子项目“{_newSubproject.Name}”已新增。", Severity.Success);
                _newSubproject = new ProjectFormModel();
                await ReloadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
