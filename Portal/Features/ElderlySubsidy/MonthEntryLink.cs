using System.Globalization;

namespace Portal.Features.ElderlySubsidy;

/// <summary>The address of a street's elderly-subsidy entry page opened at one month of one year.</summary>
public static class MonthEntryLink
{
    public static string Of(string streetCode, int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"/streets/{streetCode}/elderly-subsidies?year={year}&month={month}");
}
