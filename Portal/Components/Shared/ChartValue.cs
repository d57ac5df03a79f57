using Portal.Domain.Common;

namespace Portal.Components.Shared;

/// <summary>Chart bar heights. Only for drawing: every figure a user reads comes from the exact table.</summary>
internal static class ChartValue
{
    public static double WanYuan(Money amount) => amount.Fen / (double)Money.FenPerWanYuan;
}
