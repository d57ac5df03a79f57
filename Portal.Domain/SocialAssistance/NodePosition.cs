using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// Where one node's money stood on a date: its allocation as transfers dated by then left it, and what was
/// spent by then. At the fund year's cut-off the balance is the carry-over (结余结转).
/// </summary>
public readonly record struct NodePosition(DateOnly AsOf, Money Allocation, Money Spent)
{
    /// <summary>Allocation not spent by the date: 结余结转 when the date is the cut-off.</summary>
    public Money CarryOver => Allocation - Spent;

    /// <summary>Budget execution rate: spent ÷ allocation, 0 when nothing is allocated.</summary>
    public decimal ExecutionRate => BudgetLine.RateOf(Allocation, Spent);
}
