using System.Globalization;
using System.Text;

namespace Portal.Domain.Common;

/// <summary>
/// The one way amounts come in from people and files. Chinese input methods type full-width digits,
/// full-width points and commas, and Excel adds thousands separators: all are accepted. Negatives,
/// digits below the fen, letters and absurd sizes are refused with a message the user can act on.
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

    /// <summary>Full-width forms to ASCII, Chinese commas and spaces removed from the edges.</summary>
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
                '\uFF0C' => ',',
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
