using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>Text typed with a Chinese input method, made comparable: full-width digits and signs to ASCII.</summary>
public static class TypedInput
{
    public static string Normalize(string? text) => MoneyText.Normalize(text);

    /// <summary>A small whole number such as a year or a day of the month, or null when it is not one.</summary>
    public static int? WholeNumber(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length is > 0 and <= 9 && int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>A date as bureau staff write it: 2022-02-28, 2022/2/28, 2022.2.28 or 2022年2月28日; null when it is none.</summary>
    public static DateOnly? Date(string? text)
    {
        var normalized = Normalize(text).Replace("年", "-", StringComparison.Ordinal).Replace("月", "-", StringComparison.Ordinal)
            .Replace("日", string.Empty, StringComparison.Ordinal).Replace('/', '-').Replace('.', '-').Replace(" ", string.Empty, StringComparison.Ordinal);
        return DateOnly.TryParseExact(normalized, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
