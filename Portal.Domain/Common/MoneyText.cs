using System.Globalization;
using System.Text;

namespace Portal.Domain.Common;

/// <summary>
/// The one way amounts come in from people and files. Chinese input methods type full-width digits and
/// full-width points, and Excel adds thousands separators: all are accepted. The full-width comma (，) is
/// not: in Chinese text it separates items, so "1，234" may be two figures run together and is refused
/// rather than read as 1234. Negatives, digits below the fen, letters and absurd sizes are refused with a
/// message the user can act on.
/// </summary>
internal static class MoneyText
{
    internal const string Yuan = "元";
    internal const string WanYuan = "万元";

    internal static Result<Money> Parse(string? text, int decimals, long fenPerUnit, string unit)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
            return Result.Fail<Money>(MoneyMessages.Empty);
        if (normalized.Contains(FullWidthComma, StringComparison.Ordinal))
            return Result.Fail<Money>(MoneyMessages.FullWidthComma(text!));
        if (normalized[0] == '-')
            return Result.Fail<Money>(MoneyMessages.Negative);
        if (normalized[0] == '+')
            normalized = normalized[1..];

        var point = normalized.IndexOf('.', StringComparison.Ordinal);
        var wholePart = point < 0 ? normalized : normalized[..point];
        var fractionPart = point < 0 ? string.Empty : normalized[(point + 1)..];

        if (wholePart.Contains(',', StringComparison.Ordinal))
        {
            if (!HasValidGrouping(wholePart))
                return Result.Fail<Money>(MoneyMessages.NotANumber(text!));
            wholePart = wholePart.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        if (wholePart.Length == 0 && fractionPart.Length == 0)
            return Result.Fail<Money>(MoneyMessages.NotANumber(text!));
        if (!AllDigits(wholePart) || !AllDigits(fractionPart) || (point >= 0 && fractionPart.Length == 0))
            return Result.Fail<Money>(MoneyMessages.NotANumber(text!));
        if (fractionPart.Length > decimals)
            return Result.Fail<Money>(MoneyMessages.TooManyDecimals(unit, decimals));

        wholePart = wholePart.TrimStart('0');
        if (wholePart.Length > 15)
            return Result.Fail<Money>(MoneyMessages.TooLarge);

        var whole = wholePart.Length == 0 ? 0 : long.Parse(wholePart, NumberStyles.None, CultureInfo.InvariantCulture);
        var fractionScale = fenPerUnit;
        for (var i = 0; i < decimals; i++)
            fractionScale /= 10;
        var fraction = fractionPart.Length == 0
            ? 0
            : long.Parse(fractionPart.PadRight(decimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture) * fractionScale;

        long fen;
        try
        {
            fen = checked((whole * fenPerUnit) + fraction);
        }
        catch (OverflowException)
        {
            return Result.Fail<Money>(MoneyMessages.TooLarge);
        }

        var amount = Money.FromFen(fen);
        return amount > Money.MaxInput ? Result.Fail<Money>(MoneyMessages.TooLarge) : Result.Ok(amount);
    }

    /// <summary>The Chinese comma, which separates items; never read as a thousands separator.</summary>
    internal const char FullWidthComma = '\uFF0C';

    /// <summary>Full-width digits, points and signs to ASCII, spaces removed from the edges; the full-width comma stays as typed.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Trim('\u3000'))
        {
            builder.Append(c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                '\uFF0E' or '\u3002' => '.',
                '\uFF0D' or '\u2212' => '-',
                '\uFF0B' => '+',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return true;
    }

    internal static bool HasValidGrouping(string whole)
    {
        var groups = whole.Split(',');
        // "0,123" is not grouping but a decimal comma typed by mistake: refuse rather than read 123.
        if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0')
            return false;
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
                return false;
        }

        return true;
    }
}
