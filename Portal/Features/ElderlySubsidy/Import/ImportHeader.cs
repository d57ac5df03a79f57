namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Finds the import's columns by their names in the first row with text (the header, wherever it lies), in
/// any order, and turns the rows under it into <see cref="SubsidyImportRow"/>s. Unknown columns are ignored;
/// a missing or doubled column is refused, naming the header's row.
/// </summary>
internal static class ImportHeader
{
    private static readonly Dictionary<string, string> ColumnsByKey =
        SubsidyImportColumns.All.ToDictionary(Key, c => c, StringComparer.Ordinal);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ColumnsBySpan =
        ColumnsByKey.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] RequiredColumns =
        [.. SubsidyImportColumns.All.Where(c => c != SubsidyImportColumns.Comment)];

    /// <summary>Whether a header cell names one of the import's columns.</summary>
    public static bool IsColumn(ReadOnlySpan<char> header)
    {
        Span<char> key = header.Length <= 64 ? stackalloc char[header.Length] : new char[header.Length];
        return ColumnsBySpan.ContainsKey(key[..Key(header, key)]);
    }

    /// <summary>The data rows under the header; <paramref name="nothingFound"/> when the file has no row with text.</summary>
    public static SubsidyFileReadResult ToImportRows(List<RawRow> rows, string nothingFound)
    {
        if (rows.Count == 0)
            return SubsidyFileReadResult.Fail(nothingFound);
        var header = rows[0];
        var (columns, error) = MapColumns(header);
        if (error is not null)
            return SubsidyFileReadResult.Fail(error);
        if (rows.Count == 1)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.NoDataRows);
        if (rows.Count - 1 > SubsidyFileReader.MaxRows)
            return SubsidyFileReadResult.Fail(SubsidyFileMessages.TooManyRows(SubsidyFileReader.MaxRows));

        string? Cell(RawRow row, string column) =>
            columns.TryGetValue(column, out var index) && index < row.Cells.Length ? row.Cells[index] : null;

        var result = new List<SubsidyImportRow>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            result.Add(new SubsidyImportRow(
                row.Number,
                Cell(row, SubsidyImportColumns.Street),
                Cell(row, SubsidyImportColumns.Year),
                Cell(row, SubsidyImportColumns.Month),
                Cell(row, SubsidyImportColumns.Subsidy),
                Cell(row, SubsidyImportColumns.PersonTimes),
                Cell(row, SubsidyImportColumns.LotteryYuan),
                Cell(row, SubsidyImportColumns.MatchingYuan),
                Cell(row, SubsidyImportColumns.Comment)));
        }

        return new SubsidyFileReadResult(result, null);
    }

    /// <summary>Column name → cell index.</summary>
    private static (Dictionary<string, int> Columns, string? Error) MapColumns(RawRow header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            if (header.Cells[i] is not { } text || !ColumnsByKey.TryGetValue(Key(text), out var column))
                continue;
            if (!columns.TryAdd(column, i))
                return (columns, SubsidyFileMessages.DuplicateColumn(header.Number, column));
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0 ? (columns, null) : (columns, SubsidyFileMessages.MissingColumns(header.Number, missing));
    }

    private static string Key(string header)
    {
        var key = new char[header.Length];
        return new string(key, 0, Key(header, key));
    }

    /// <summary>"彩票公益金 (元)" and "彩票公益金（元）" are the same column: no spaces, half-width parentheses.</summary>
    private static int Key(ReadOnlySpan<char> header, Span<char> key)
    {
        var length = 0;
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c))
                key[length++] = Halfwidth(c);
        }

        return length;
    }

    private static char Halfwidth(char c) => c switch { '（' => '(', '）' => ')', _ => c };
}
