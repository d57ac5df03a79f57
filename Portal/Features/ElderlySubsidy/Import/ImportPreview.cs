using Portal.Domain.Common;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>What an upload would do, row by row, before anything is written.</summary>
public sealed record ImportPreview(string? FileError, IReadOnlyList<PreviewRow> Rows)
{
    public int ErrorRows => Rows.Count(r => r.Errors.Count > 0);

    public bool CanCommit => FileError is null && Rows.Count > 0 && ErrorRows == 0;
}

public sealed record PreviewRow(
    int RowNumber,
    string? Street,
    int? Year,
    int? Month,
    string? Subsidy,
    long? PersonTimes,
    Money? Lottery,
    Money? Matching,
    IReadOnlyList<CellError> Errors);

/// <summary>A problem in one cell: Excel's row number, the column's header, and what is wrong, in Chinese.</summary>
public sealed record CellError(int RowNumber, string Column, string Message)
{
    public override string ToString() => $"第 {RowNumber} 行“{Column}”：{Message}";
}
