namespace Portal.Features;

/// <summary>
/// One cell of a CSV file the portal writes. A spreadsheet runs a cell that starts with = + - @ (or a tab or
/// carriage return) as a formula, so text typed by a user could run in the reader's Excel ("CSV injection").
/// As OWASP recommends, such a cell is prefixed with a single quote, which Excel shows as text. The portal's
/// figures are never negative, so no number loses anything. Then the cell is quoted when it holds a comma,
/// a quote or a line break.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    public static string Escape(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0)
            text = "'" + text;
        return text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
