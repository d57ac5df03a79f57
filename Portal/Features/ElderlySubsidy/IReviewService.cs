using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy;

/// <summary>Managers review street months: approve (which locks), return with a comment, or unlock with a reason.</summary>
public interface IReviewService
{
    /// <summary>The year's queue for managers, as <paramref name="filter"/> asks (all of it when null).</summary>
    Task<PageData<ReviewList>> QueueAsync(int? year, ReviewFilter? filter = null, CancellationToken cancellationToken = default);

    Task<Result> ApproveAsync(Guid reportId, Guid version, CancellationToken cancellationToken = default);

    Task<Result> ReturnAsync(Guid reportId, string? comment, Guid version, CancellationToken cancellationToken = default);

    Task<Result> UnlockAsync(Guid reportId, string? reason, Guid version, CancellationToken cancellationToken = default);

    /// <summary>Approves every submitted street report of one month of a year.</summary>
    Task<Result> ApproveMonthAsync(int year, int month, CancellationToken cancellationToken = default);
}
