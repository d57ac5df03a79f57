using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Domain.ElderlySubsidy;

/// <summary>
/// Person-times (人次) as users type them: whole numbers, full-width digits and thousands separators
/// accepted, like amounts; the full-width comma (，), which separates items in Chinese, is refused.
/// </summary>
public static class PersonTimesText
{
    public static Result<long> Parse(string? text)
    {
        var normalized = MoneyText.Normalize(text);
        if (normalized.Length == 0)
            return Result.Fail<long>(SubsidyMessages.PersonTimesRequired);
        if (normalized.Contains(MoneyText.FullWidthComma, StringComparison.Ordinal))
            return Result.Fail<long>(SubsidyMessages.PersonTimesFullWidthComma(text!));
        if (normalized[0] == '-')
            return Result.Fail<long>(SubsidyMessages.PersonTimesNegative);
        if (normalized.Contains('.', StringComparison.Ordinal))
            return Result.Fail<long>(SubsidyMessages.PersonTimesWhole);
        var digits = normalized.Replace(",", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || (normalized.Contains(',', StringComparison.Ordinal) && !MoneyText.HasValidGrouping(normalized)))
            return Result.Fail<long>(SubsidyMessages.PersonTimesNotANumber(text!));
        if (digits.TrimStart('0').Length > 10)
            return Result.Fail<long>(SubsidyMessages.PersonTimesTooLarge);
        var value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return value > SubsidyReport.MaxPersonTimes ? Result.Fail<long>(SubsidyMessages.PersonTimesTooLarge) : Result.Ok(value);
    }
}
