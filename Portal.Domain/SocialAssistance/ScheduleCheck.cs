using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// 序时进度 against execution for one (sub)project on one date. A project spending slower than the calendar
/// is lagging; at the end of its cycle a rate under 90% needs a stated reason too.
/// </summary>
public readonly record struct ScheduleCheck(decimal ExecutionRate, decimal ScheduleProgress, bool CycleEnded)
{
    /// <summary>The year-end threshold below which the rate must be explained.</summary>
    public const decimal YearEndRate = 0.9m;

    /// <summary>How far spending is behind the calendar (negative when ahead).</summary>
    public decimal Gap => ScheduleProgress - ExecutionRate;

    public bool IsLagging => ExecutionRate < ScheduleProgress;

    public bool IsBelowYearEndRate => CycleEnded && ExecutionRate < YearEndRate;

    /// <summary>A manager must record why and what is done about it.</summary>
    public bool NeedsReason => IsLagging || IsBelowYearEndRate;

    public static ScheduleCheck Of(BudgetLine budget, Cycle cycle, DateOnly asOf) => Of(budget.Allocation, budget.SpentInTotal, cycle, asOf);

    /// <summary>The check from the two sums it needs: what was allocated and what was spent by <paramref name="asOf"/>.</summary>
    public static ScheduleCheck Of(Money allocation, Money spentByThen, Cycle cycle, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return new ScheduleCheck(BudgetLine.RateOf(allocation, spentByThen), cycle.ScheduleProgress(asOf), asOf >= cycle.End);
    }
}
