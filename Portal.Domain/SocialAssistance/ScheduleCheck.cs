using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// 序时进度 against execution for one (sub)project, judged on one date. A project spending slower than the
/// calendar is lagging; at the end of its cycle a rate under 90% needs a stated reason too. A completed
/// project, and one whose money was all moved away (资金额度 0), are never lagging.
/// </summary>
public readonly record struct ScheduleCheck(decimal ExecutionRate, decimal ScheduleProgress, bool CycleEnded, bool Exempt, DateOnly JudgedOn)
{
    /// <summary>The year-end threshold below which the rate must be explained.</summary>
    public const decimal YearEndRate = 0.9m;

    /// <summary>How far spending is behind the calendar (negative when ahead).</summary>
    public decimal Gap => ScheduleProgress - ExecutionRate;

    public bool IsLagging => !Exempt && ExecutionRate < ScheduleProgress;

    public bool IsBelowYearEndRate => !Exempt && CycleEnded && ExecutionRate < YearEndRate;

    /// <summary>A manager must record why and what is done about it.</summary>
    public bool NeedsReason => IsLagging || IsBelowYearEndRate;

    /// <summary>
    /// The check from what was allocated and spent on <paramref name="judgedOn"/>. Callers judge through
    /// <see cref="NodeLedger.Schedule"/>, which picks the date (a cycle that has ended is judged at its end).
    /// </summary>
    internal static ScheduleCheck Of(Money allocation, Money spentByThen, Cycle cycle, ProjectStatus status, DateOnly judgedOn) => new(
        BudgetLine.RateOf(allocation, spentByThen),
        cycle.ScheduleProgress(judgedOn),
        judgedOn >= cycle.End,
        status == ProjectStatus.Completed || allocation.IsZero,
        judgedOn);
}
