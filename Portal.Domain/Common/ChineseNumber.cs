namespace Portal.Domain.Common;

/// <summary>Chinese numerals for the report's headings, so numbering always follows the data.</summary>
public static class ChineseNumber
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 99 → 九十九.</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        var tens = number / 10;
        var ones = number % 10;
        var tensText = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => Digits[tens] + "十",
        };
        return tensText + (ones == 0 ? string.Empty : Digits[ones]);
    }

    /// <summary>The report's project heading number: （一）.</summary>
    public static string Parenthesized(int number) => "（" + Of(number) + "）";
}
