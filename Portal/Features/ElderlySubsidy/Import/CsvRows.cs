using Sylvan.Data.Csv;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// The rows of a CSV text through Sylvan.Data.Csv: RFC 4180 records, each one Excel row (a quoted line
/// break stays inside its cell), numbered as Excel numbers them. Only rows with a non-empty cell are kept.
/// </summary>
internal static class CsvRows
{
    // Sylvan takes ASCII separators only: a full-width comma stands in as this control character, which no
    // text typed in Excel holds, while it is parsed, and is put back inside the cells.
    private const char FullWidthStandIn = '\u001F';

    /// <summary>At most <paramref name="maxRows"/> rows, or the message for a file whose quotes do not close.</summary>
    public static (List<RawRow> Rows, string? Error) Read(string text, char separator, int maxRows)
    {
        var fullWidth = separator == CsvSeparator.FullWidthComma;
        if (fullWidth)
        {
            if (text.Contains(FullWidthStandIn, StringComparison.Ordinal))
                return ([], SubsidyFileMessages.NotCsv);
            text = text.Replace(CsvSeparator.FullWidthComma, FullWidthStandIn);
            separator = FullWidthStandIn;
        }

        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = separator,
            // A quote left open runs to the end of the file: let the record grow that far, so it is named as such.
            MaxBufferSize = text.Length + 1,
        };
        var rows = new List<RawRow>();
        var texts = new CellTexts();
        var cells = new List<string?>();
        var rowNumber = 0;
        using var reader = CsvDataReader.Create(new StringReader(text), options);
        try
        {
            while (rows.Count < maxRows && reader.Read())
            {
                rowNumber++;
                cells.Clear();
                for (var i = 0; i < reader.RowFieldCount; i++)
                    cells.Add(Cell(texts, i, reader.GetFieldSpan(i), fullWidth));
                if (cells.Exists(c => c is not null))
                    rows.Add(new RawRow(rowNumber, [.. cells]));
            }
        }
        catch (CsvInvalidCharacterException quote)
        {
            // A quote that never closes, or text after a closing quote: both in the record being read.
            return ([], quote.InvalidCharacter == '"' ? SubsidyFileMessages.UnterminatedQuote(rowNumber + 1) : SubsidyFileMessages.TextAfterQuote(rowNumber + 1));
        }

        return (rows, null);
    }

    /// <summary>A line break inside a quoted cell is a line break in Excel's cell: CR LF reads as LF.</summary>
    private static string? Cell(CellTexts texts, int column, ReadOnlySpan<char> field, bool fullWidth)
    {
        if (!field.ContainsAny('\r', FullWidthStandIn))
            return texts.Cell(column, field);
        var cell = field.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return texts.Cell(column, fullWidth ? cell.Replace(FullWidthStandIn, CsvSeparator.FullWidthComma) : cell);
    }
}
