namespace Portal.Features.FundYears;

/// <summary>Managers set up fund years: a new year with its blocks, its report deadline, and subsidy rates.</summary>
public interface IFundYearAdminService
{
    Task<FormResult> CreateYearAsync(NewFundYear year, CancellationToken cancellationToken = default);

    Task<FormResult> SetReportDeadlineDayAsync(int year, string? day, CancellationToken cancellationToken = default);

    Task<FormResult> AddRateTableAsync(NewRateTable rates, CancellationToken cancellationToken = default);
}

/// <summary>A new fund year as typed on the form: amounts in 万元, as the city's notice writes them.</summary>
public sealed record NewFundYear(string? Year, string? ReceivedWanYuan, string? ElderlyBlockWanYuan, string? FactorBlockWanYuan, string? CutOffDate);

/// <summary>A new rate table of one subsidy: level names and monthly yuan, in force from a date.</summary>
public sealed record NewRateTable(string SubsidyCode, string? EffectiveFrom, IReadOnlyList<(string? Level, string? MonthlyYuan)> Levels);

public static class FundYearFields
{
    public const string Year = "year";
    public const string Received = "received";
    public const string ElderlyBlock = "elderlyBlock";
    public const string FactorBlock = "factorBlock";
    public const string CutOffDate = "cutOffDate";
    public const string DeadlineDay = "deadlineDay";
    public const string EffectiveFrom = "effectiveFrom";

    public static string Level(int index) => $"level{index}";

    public static string Monthly(int index) => $"monthly{index}";
}
