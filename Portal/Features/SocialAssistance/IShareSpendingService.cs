using Portal.Domain.Common;

namespace Portal.Features.SocialAssistance;

/// <summary>Spending charged to a street's share of a project or subproject (e.g. a children's home).</summary>
public interface IShareSpendingService
{
    /// <summary>
    /// Records a payment against a street share. Street staff may do so only for their own street's
    /// shares, managers for any. <paramref name="amountYuan"/> is what the user typed, in yuan.
    /// </summary>
    Task<Result> RecordAsync(Guid shareId, DateOnly paidOn, string? amountYuan, string? note, CancellationToken cancellationToken = default);
}
