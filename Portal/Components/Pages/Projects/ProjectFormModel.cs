using Portal.Domain.SocialAssistance;
using Portal.Features.SocialAssistance;

namespace Portal.Components.Pages.Projects;

/// <summary>What is typed on a project or subproject form, kept as typed until the save succeeds.</summary>
public sealed class ProjectFormModel
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string CycleKind { get; set; } = "years";

    public string? CycleStart { get; set; }

    public string? CycleEnd { get; set; }

    public string? Allocation { get; set; }

    public string? Owner { get; set; }

    public string? OwnerPhone { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    public ProjectArea Area { get; set; } = ProjectArea.SocialAssistance;

    public string? Outcome { get; set; }

    public string? Problems { get; set; }

    public string? CorrectiveMeasures { get; set; }

    public static ProjectFormModel From(ProjectForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new()
        {
            Name = form.Name,
            Description = form.Description,
            CycleKind = form.CycleKind ?? "years",
            CycleStart = form.CycleStart,
            CycleEnd = form.CycleEnd,
            Allocation = form.AllocationWanYuan,
            Owner = form.Owner,
            OwnerPhone = form.OwnerPhone,
            Status = form.Status,
            Area = form.Area,
            Outcome = form.Outcome,
            Problems = form.Problems,
            CorrectiveMeasures = form.CorrectiveMeasures,
        };
    }

    public ProjectForm ToForm() =>
        new(Name, Description, CycleKind, CycleStart, CycleEnd, Allocation, Owner, OwnerPhone, Status, Area, Outcome, Problems, CorrectiveMeasures);
}
