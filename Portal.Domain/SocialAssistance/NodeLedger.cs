using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// The money of one node (a project, a subproject or a street share) over time: its allocation now and the
/// dated moves that brought it there (transfers in and out), and its dated spending. Every figure "as of a
/// date" (allocation, spent, carry-over, execution rate, lag) is read from here, whether the spending came
/// from the aggregate or from the database's sums.
/// </summary>
public sealed class NodeLedger
{
    private readonly List<(DateOnly Date, Money Amount)> _spending;
    private readonly List<(DateOnly Date, Money Amount)> _moves;

    /// <param name="allocation">The allocation now, after every recorded move.</param>
    /// <param name="spending">The node's spending (entries or daily sums).</param>
    /// <param name="moves">Dated changes of the allocation: money moved in (positive) or out (negative).</param>
    public NodeLedger(Money allocation, IEnumerable<SpendingSum> spending, IEnumerable<(DateOnly Date, Money Amount)>? moves = null)
    {
        ArgumentNullException.ThrowIfNull(spending);
        Allocation = allocation;
        _spending = spending.Select(s => (s.Date, s.Amount)).ToList();
        _moves = moves?.ToList() ?? [];
    }

    /// <summary>The allocation now, after every recorded transfer whatever its date.</summary>
    public Money Allocation { get; }

    /// <summary>Everything spent, whatever its date.</summary>
    public Money SpentInTotal => Money.Sum(_spending.Select(s => s.Amount));

    /// <summary>The allocation on a date: a transfer dated after it had not yet moved its money.</summary>
    public Money AllocationAt(DateOnly asOf) => Allocation - Money.Sum(_moves.Where(m => m.Date > asOf).Select(m => m.Amount));

    /// <summary>Spent by the end of a date: spending dated after it is not counted.</summary>
    public Money SpentBy(DateOnly asOf) => Money.Sum(_spending.Where(s => s.Date <= asOf).Select(s => s.Amount));

    public NodePosition At(DateOnly asOf) => new(asOf, AllocationAt(asOf), SpentBy(asOf));

    /// <summary>
    /// 序时进度 against execution on a date. A cycle that has ended is judged at its last day: what was spent
    /// by then against the whole cycle.
    /// </summary>
    public ScheduleCheck Schedule(Cycle cycle, ProjectStatus status, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var judgedOn = asOf > cycle.End ? cycle.End : asOf;
        var position = At(judgedOn);
        return ScheduleCheck.Of(position.Allocation, position.Spent, cycle, status, judgedOn);
    }
}
