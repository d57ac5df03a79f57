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
}
