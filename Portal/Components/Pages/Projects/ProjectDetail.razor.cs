using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Features;
using Portal.Features.SocialAssistance;

namespace Portal.Components.Pages.Projects;

public sealed partial class ProjectDetail
{
    private PageData<ProjectDetailView>? _data;
    private ProjectFormModel? _edit;
    private ProjectFormModel _newSubproject = new();
    private FormResult? _editResult;
    private FormResult? _subResult;
    private bool _saving;

    [Parameter] public Guid ProjectId { get; set; }

    [Inject] private IProjectService Projects { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _data = await Projects.DetailAsync(ProjectId);
        _edit = null;
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
