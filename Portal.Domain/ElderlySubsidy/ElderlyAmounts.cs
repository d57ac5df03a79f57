using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// What some elderly-subsidy lines add up to: person-times, and the money with its two sources apart.
/// <see cref="SplitEstimated"/> says the lottery/matching split of some of them is an estimate.
/// </summary>
public readonly record struct ElderlyAmounts(long PersonTimes, Money Lottery, Money Matching, bool SplitEstimated)
{
    public Money Total => Lottery + Matching;

    public static ElderlyAmounts Of(SubsidyLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new ElderlyAmounts(line.PersonTimes, line.Lottery, line.Matching, line.SplitEstimated);
    }

    public static ElderlyAmounts Sum(IEnumerable<ElderlyAmounts> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = default(ElderlyAmounts);
        foreach (var a in amounts)
            total = new ElderlyAmounts(total.PersonTimes + a.PersonTimes, total.Lottery + a.Lottery, total.Matching + a.Matching, total.SplitEstimated || a.SplitEstimated);
        return total;
    }
}
