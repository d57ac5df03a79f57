namespace Portal.Features.Audit;

/// <summary>The append-only record of every change. Managers search and export it; pages show each entity's own history.</summary>
public interface IAuditTrailService
{
    Task<PageData<AuditSearch>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>The changes of the given rows (an entity and its parts), newest first.</summary>
    Task<IReadOnlyList<AuditRow>> HistoryAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken = default);
}
