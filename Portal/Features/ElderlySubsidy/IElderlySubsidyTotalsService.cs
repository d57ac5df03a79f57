namespace Portal.Features.ElderlySubsidy;

public interface IElderlySubsidyTotalsService
{
    Task<ElderlySubsidyTotals?> TotalsAsync(int? year, CancellationToken cancellationToken = default);
}
