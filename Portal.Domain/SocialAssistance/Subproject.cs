using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>A subproject (子项目) of a project; its money is guarded by the owning <see cref="Project"/>.</summary>
public sealed class Subproject
{
    private Subproject()
    {
        Name = string.Empty;
        Cycle = Cycle.OfYear(2000);
    }

    internal Subproject(Guid projectId, int order, ProjectDetails details, Money allocation)
        : this()
    {
        Id = Ids.NewId();
        ProjectId = projectId;
        Order = order;
        Allocation = allocation;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Position under its project; the report numbers subprojects 1、2、3 from it.</summary>
    public int Order { get; internal set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public Cycle Cycle { get; private set; }

    public Money Allocation { get; internal set; }

    public string? Owner { get; private set; }

    public string? OwnerPhone { get; private set; }

    public ProjectStatus Status { get; private set; }

    public string? Outcome { get; private set; }

    public string? Problems { get; private set; }

    public string? CorrectiveMeasures { get; private set; }

    /// <summary>The manager's explanation of a lag, kept by the owning project.</summary>
    public LagExplanation? Lag { get; internal set; }

    internal void Apply(ProjectDetails details)
    {
        Name = details.Name;
        Description = details.Description;
        Cycle = details.Cycle;
        Owner = details.Owner;
        OwnerPhone = details.OwnerPhone;
        Status = details.Status;
        Outcome = details.Outcome;
        Problems = details.Problems;
        CorrectiveMeasures = details.CorrectiveMeasures;
    }
}
