using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.ElderlySubsidy.Import;
using Portal.Infrastructure.Data;

namespace Portal.Benchmarks.Import;

/// <summary>One data row of the generated import file, as values (the floor inserts these).</summary>
public sealed record GeneratedRow(int StreetNumber, int Year, int Month, string SubsidyCode, long PersonTimes, Money Lottery, Money Matching);

/// <summary>
/// GENERATED DATA, never real: one district large enough that a single monthly-figures file legitimately
/// holds 100,000 rows. A city-wide back-load of seven past fund years (2019–2025, the years the seeded rate
/// tables cover) × 600 streets × 12 months × 2 subsidies is 100,800 rows; the file takes the first
/// <c>rows</c> of them in year, street, month, subsidy order, as the city's system exports them.
/// Amounts lie within the monthly rates, and each year's elderly block is the year's lottery money
/// rounded up to the next 万元, so the whole file is a legal import.
/// </summary>
public static class GeneratedImport
{
    public const string DistrictCode = "gen-import";
    public const string Actor = "基准测试数据生成（非真实数据）";
    public const int Streets = 600;
    public const int FirstYear = 2019;
    public const int Years = 7;

    private static readonly string[] SubsidyNames = ["高龄津贴", "失能老年人护理补贴"];
    private static readonly string[] SubsidyCodes = [SubsidyType.AdvancedAgeCode, SubsidyType.DisabilityCareCode];

    public static string StreetName(int number) => string.Create(CultureInfo.InvariantCulture, $"生成{number:000}");

    public static string StreetCode(int number) => string.Create(CultureInfo.InvariantCulture, $"gen-import-{number:000}");

    /// <summary>The first <paramref name="count"/> rows of the district's back-load.</summary>
    public static IEnumerable<GeneratedRow> Rows(int count)
    {
        var made = 0;
        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            for (var street = 1; street <= Streets; street++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    for (var type = 0; type < SubsidyCodes.Length; type++)
                    {
                        if (made++ == count)
                            yield break;
                        // 80 to 339 person-times; 高龄 100 + 50 yuan (rates 100–800), 失能 200 + 100 yuan (rates 200–600).
                        var personTimes = 80 + (((street * 37) + (month * 11) + (year * 7) + (type * 5)) % 260);
                        var lotteryYuan = type == 0 ? 100 : 200;
                        yield return new GeneratedRow(street, year, month, SubsidyCodes[type], personTimes,
                            Money.FromYuan(personTimes * lotteryYuan), Money.FromYuan(personTimes * lotteryYuan / 2));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The district, its streets and fund years, written through the domain into a database that has the
    /// portal's migrations and seed (subsidy types and rates) already.
    /// </summary>
    public static async Task CreateDistrictAsync(IDbContextFactory<PortalDbContext> factory, IReadOnlyList<GeneratedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = Actor;
        var district = District.Create(DistrictCode, "生成导入区（非真实数据）", "生成导入区民政局（非真实数据）", Streets * 17).Value;
        for (var s = 1; s <= Streets; s++)
            district.AddStreet(StreetCode(s), StreetName(s));
        db.Districts.Add(district);
        foreach (var year in rows.GroupBy(r => r.Year))
        {
            var lottery = Money.Sum(year.Select(r => r.Lottery)).Fen;
            var elderly = Money.FromFen((lottery + Money.FenPerWanYuan - 1) / Money.FenPerWanYuan * Money.FenPerWanYuan);
            var factor = Money.FromWanYuan(2_000);
            db.FundYears.Add(FundYear.Create(district.Id, year.Key, elderly + factor, elderly, factor, new DateOnly(year.Key + 1, 2, 28)).Value);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The rows as the import page takes them: UTF-8 CSV with a byte order mark, amounts grouped as Excel shows them.</summary>
    public static byte[] Csv(IEnumerable<GeneratedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(string.Join(',', SubsidyImportColumns.All)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{StreetName(row.StreetNumber)},{row.Year},{row.Month},{SubsidyName(row)},{row.PersonTimes},\"{row.Lottery.ToYuan()}\",{row.Matching.Fen / Money.FenPerYuan},\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The same rows as an Excel workbook: whole numbers as numbers, amounts as the text users type.</summary>
    public static byte[] Xlsx(IEnumerable<GeneratedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = rows.Select(r => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [SubsidyImportColumns.Street] = StreetName(r.StreetNumber),
            [SubsidyImportColumns.Year] = r.Year,
            [SubsidyImportColumns.Month] = r.Month,
            [SubsidyImportColumns.Subsidy] = SubsidyName(r),
            [SubsidyImportColumns.PersonTimes] = r.PersonTimes,
            [SubsidyImportColumns.LotteryYuan] = r.Lottery.ToYuan(),
            [SubsidyImportColumns.MatchingYuan] = r.Matching.Fen / Money.FenPerYuan,
            [SubsidyImportColumns.Comment] = null,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: true, sheetName: "导入数据", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string SubsidyName(GeneratedRow row) => SubsidyNames[Array.IndexOf(SubsidyCodes, row.SubsidyCode)];
}
