namespace Portal.Features.ElderlySubsidy;

public interface IElderlySubsidyTotalsService
{
    Task<PageData<ElderlySubsidyTotals>> TotalsAsync(int? year, CancellationToken cancellationToken = default);
}
