namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// One data row of an import file exactly as typed: nothing is parsed or checked yet, so every error can
/// be reported against the row number and column the user sees in Excel.
/// </summary>
/// <param name="RowNumber">The row as Excel numbers it: the header is row 1, the first data row is 2.</param>
public sealed record SubsidyImportRow(
    int RowNumber,
    string? Street,
    string? Year,
    string? Month,
    string? Subsidy,
    string? PersonTimes,
    string? LotteryYuan,
    string? MatchingYuan,
    string? Comment);
