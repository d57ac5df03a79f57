using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

public enum IndicatorCategory
{
    Output = 0,
    Benefit = 1,
    Satisfaction = 2,
}

public enum IndicatorComparison
{
    Equal = 0,
    AtLeast = 1,
    AtMost = 2,
}

/// <summary>
/// A performance indicator (绩效指标) of a project or subproject: counts and rates, not money, so an exact
/// decimal is the right type (68.84 %, 286 人).
/// </summary>
public sealed class PerformanceIndicator
{
    private PerformanceIndicator()
    {
        Name = string.Empty;
        Unit = string.Empty;
    }

    internal PerformanceIndicator(Guid projectId, Guid? subprojectId, IndicatorDetails details)
        : this()
    {
        Id = Ids.NewId();
        ProjectId = projectId;
        SubprojectId = subprojectId;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? SubprojectId { get; private set; }

    public IndicatorCategory Category { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public IndicatorComparison Comparison { get; private set; }

    public decimal Target { get; private set; }

    public decimal? Achieved { get; internal set; }

    internal void Apply(IndicatorDetails details)
    {
        Category = details.Category;
        Name = details.Name;
        Unit = details.Unit;
        Comparison = details.Comparison;
        Target = details.Target;
        Achieved = details.Achieved;
    }

    /// <summary>Whether the target was met; unknown while nothing is achieved yet.</summary>
    public bool? IsMet => Achieved is not { } achieved
        ? null
        : Comparison switch
        {
            IndicatorComparison.AtLeast => achieved >= Target,
            IndicatorComparison.AtMost => achieved <= Target,
            _ => achieved == Target,
        };
}
