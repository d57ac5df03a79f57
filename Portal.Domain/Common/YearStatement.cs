namespace Portal.Domain.Common;

/// <summary>
/// A fund year's money at its cut-off, as the report and the open data state it: what came in (received and
/// carried in from the previous year), what was arranged, spent and carried over. The parts always add up:
/// <list type="bullet">
/// <item>received + carried in = arranged + moved to the next year + not arranged;</item>
/// <item>arranged = spent + carried over within the projects + elderly money not paid;</item>
/// <item>so received + carried in = spent + carried over + not arranged + elderly money not paid, and what
/// one year carries over is what the next carries in.</item>
/// </list>
/// </summary>
public sealed record YearStatement(
    Money Received,
    Money CarriedIn,
    Money ElderlyBlock,
    Money ElderlyPaid,
    Money FactorBlock,
    Money Allocated,
    Money ProjectSpent,
    Money TransferredToNextYear,
    Money Unallocated)
{
    /// <summary>Money in: received from the city and carried in from the previous year (上年结转资金 + 本年收到).</summary>
    public Money Available => Received + CarriedIn;

    /// <summary>已安排: the elderly block and what the projects hold at the cut-off.</summary>
    public Money Arranged => ElderlyBlock + Allocated;

    /// <summary>Lottery money paid by the cut-off: the elderly months that count and the projects' spending.</summary>
    public Money Spent => ElderlyPaid + ProjectSpent;

    /// <summary>What the projects hold at the cut-off and have not spent.</summary>
    public Money ProjectCarryOver => Allocated - ProjectSpent;

    /// <summary>结余结转: the projects' balances and the money moved to the next year by the cut-off.</summary>
    public Money CarriedOver => ProjectCarryOver + TransferredToNextYear;

    /// <summary>Elderly-block money not (yet) paid out by the counted months.</summary>
    public Money ElderlyLeft => ElderlyBlock - ElderlyPaid;

    /// <summary>Money in that was neither spent nor carried over: the factor money not arranged and the elderly money not paid.</summary>
    public Money Unused => Unallocated + ElderlyLeft;
}
