using Portal.Domain.Common;

namespace Portal.Domain.SocialAssistance;

/// <summary>
/// The money of one node (a project, a subproject or a street share). Money given to child nodes is
/// theirs to spend; what is neither given on nor spent here is <see cref="Available"/>.
/// </summary>
public readonly record struct BudgetLine(Money Allocation, Money AssignedToChildren, Money SpentDirectly, Money SpentInTotal)
{
    /// <summary>Money still free at this node: for new children or for spending charged here.</summary>
    public Money Available => Allocation - AssignedToChildren - SpentDirectly;

    /// <summary>Allocation not yet spent anywhere below; at the cut-off this is the carry-over (结余结转).</summary>
    public Money Balance => Allocation - SpentInTotal;

    /// <summary>Budget execution rate: spent ÷ allocation, 0 when nothing is allocated.</summary>
    public decimal ExecutionRate => RateOf(Allocation, SpentInTotal);

    /// <summary>Spent ÷ allocation, 0 when nothing is allocated.</summary>
    public static decimal RateOf(Money allocation, Money spent) => allocation.IsZero ? 0m : (decimal)spent.Fen / allocation.Fen;
}
