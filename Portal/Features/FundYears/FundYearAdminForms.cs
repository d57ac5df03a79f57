using Portal.Domain.Common;

namespace Portal.Features.FundYears;

/// <summary>A new fund year as typed on the form: amounts in 万元, as the city's notice writes them.</summary>
public sealed record NewFundYear(string? Year, string? ReceivedWanYuan, string? ElderlyBlockWanYuan, string? FactorBlockWanYuan, string? CutOffDate);

/// <summary>A year's corrected blocks and cut-off as typed; amounts in 万元.</summary>
public sealed record FundYearEdit(string? ReceivedWanYuan, string? ElderlyBlockWanYuan, string? FactorBlockWanYuan, string? CutOffDate);

/// <summary>The elderly programme as typed: texts, cycle dates and owners (name, phone, what they answer for).</summary>
public sealed record ElderlyProgrammeForm(string? Description, string? CycleStart, string? CycleEnd, string? Outcome, IReadOnlyList<OwnerForm> Owners);

public sealed record OwnerForm(string? Name, string? Phone, string? ResponsibleFor);

/// <summary>
/// A year as its settings page shows it: the figures to edit, the money already bound (which the blocks may
/// not fall below), the carry-in, whether the year may still be deleted (and if not, why), and its id, whose
/// 修改记录 the page shows.
/// </summary>
public sealed record FundYearSettings(
    Guid Id,
    int Year,
    Guid Version,
    FundYearEdit Values,
    ElderlyProgrammeForm Elderly,
    Domain.Common.Money CarriedIn,
    Domain.Common.Money Arranged,
    Domain.Common.Money ElderlyPaid,
    string? CannotDelete);

/// <summary>A new rate table of one subsidy: level names and monthly yuan, in force from a date.</summary>
public sealed record NewRateTable(string SubsidyCode, string? EffectiveFrom, IReadOnlyList<(string? Level, string? MonthlyYuan)> Levels);

/// <summary>The keys the fund-year forms give their inputs: the domain's own field identifiers where it has them.</summary>
public static class FundYearFields
{
    public const string Year = Fields.Year;
    public const string Received = Fields.Received;
    public const string ElderlyBlock = Fields.ElderlyBlock;
    public const string FactorBlock = Fields.FactorBlock;
    public const string CutOffDate = Fields.CutOffDate;
    public const string DeadlineDay = Fields.DeadlineDay;
    public const string EffectiveFrom = "effectiveFrom";
    public const string Description = Fields.Description;
    public const string Outcome = Fields.Outcome;
    public const string Cycle = Fields.Cycle;
    public const string Owner = Fields.Owner;

    public static string Level(int index) => $"level{index}";

    public static string Monthly(int index) => $"monthly{index}";
}
