using System.Globalization;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// A workbook cell's value as the text Excel's formula bar shows, so that a workbook reads exactly as the
/// same figures saved as CSV: numbers to 15 significant digits without exponent or float noise
/// (0.1 + 0.2 is 0.3, 1E+20 is 100000000000000000000), dates as 2021-03-04, booleans as TRUE and FALSE,
/// text trimmed; an empty cell is null.
/// </summary>
public static class WorkbookCellText
{
    // Beyond decimal's range a figure is no amount anyone imports: Excel's own 15 digits then.
    private const double DecimalLimit = 7.9e28;

    public static string? Of(object? value) => value switch
    {
        null => null,
        string text => Trimmed(text),
        double number => Number(number),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable other => Trimmed(other.ToString(null, CultureInfo.InvariantCulture)),
        _ => Trimmed(value.ToString()),
    };

    private static string? Trimmed(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty ? null : trimmed.Length == text!.Length ? text : new string(trimmed);
    }

    private static string Number(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) >= DecimalLimit)
            return number.ToString("G15", CultureInfo.InvariantCulture);
        // A double converts to decimal at 15 significant digits, which is what Excel shows.
        var exact = (decimal)number;
        // Dividing by 1.000… drops the trailing zeros of the scale (150000.00 reads 150000).
        return (exact / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
