namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// Street staff enter their own street's months (managers may enter for any street); drafts are saved,
/// then submitted for review. Every write re-checks role and street on the server.
/// </summary>
public interface IMonthlyEntryService
{
    Task<PageData<StreetEntryGrid>> GridAsync(string streetCode, int? year, CancellationToken cancellationToken = default);

    Task<FormResult> SaveDraftAsync(MonthEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Saves what was typed and sends the month for review, in one step.</summary>
    Task<FormResult> SubmitAsync(MonthEntry entry, CancellationToken cancellationToken = default);
}
