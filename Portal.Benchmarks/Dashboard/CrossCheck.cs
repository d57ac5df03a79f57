using System.Globalization;
using Portal.Benchmarks.City;
using Portal.Domain.Common;
using Portal.Features.City;
using Portal.Features.Dashboard;

namespace Portal.Benchmarks.Dashboard;

/// <summary>The pages' totals against plain SQL over the generated city, before anything is timed.</summary>
public static class CrossCheck
{
    public static async Task DistrictAsync(string path, string district, int year, DateOnly asOf, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        const string yearId = """(SELECT y."Id" FROM "FundYears" y JOIN "Districts" d ON y."DistrictId" = d."Id" WHERE d."Code" = $district AND y."Year" = $year)""";
        Same("dashboard spending by the date", await ScalarAsync(path, $"""SELECT SUM(s."AmountFen") FROM "Spendings" s JOIN "Projects" p ON s."ProjectId" = p."Id" WHERE p."FundYearId" = {yearId} AND s."Date" <= $asOf""", district, year, asOf),
            Money.Sum(view.Execution.Select(e => e.Spent)).Fen);
        var paid = Money.Sum(view.ElderlyByMonth.Select(m => m.AdvancedAge + m.DisabilityCare)).Fen;
        Same("dashboard elderly subsidies by month", await ScalarAsync(path, $"""SELECT SUM(l."LotteryFen" + l."MatchingFen") FROM "SubsidyLines" l JOIN "SubsidyReports" r ON l."ReportId" = r."Id" WHERE r."FundYearId" = {yearId} AND r."Status" IN (2, 4)""", district, year, asOf), paid);
        Same("dashboard elderly subsidies by street", paid, Money.Sum(view.ByStreet.Select(s => s.ElderlyPaid)).Fen);
        Same("dashboard street shares", await ScalarAsync(path, $"""SELECT SUM(sh."AmountFen") FROM "StreetShares" sh JOIN "Projects" p ON sh."ProjectId" = p."Id" WHERE p."FundYearId" = {yearId}""", district, year, asOf),
            Money.Sum(view.ByStreet.Select(s => s.Shares)).Fen);
    }

    public static async Task CityAsync(string path, int year, DateOnly asOf, CityView view, CitySize size)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(size);
        Same("city districts", await ScalarAsync(path, """SELECT COUNT(*) FROM "FundYears" y WHERE y."Year" = $year""", null, year, asOf), view.Districts.Count);
        if (view.Districts.Count < size.Districts)
            throw new InvalidOperationException("The city-year view is missing generated districts.");
        Same("city received", await ScalarAsync(path, """SELECT SUM(y."ElderlyBlockFen" + y."FactorBlockFen") FROM "FundYears" y WHERE y."Year" = $year""", null, year, asOf), view.Total.Received.Fen);
        Same("city spending by the date", await ScalarAsync(path, """SELECT SUM(s."AmountFen") FROM "Spendings" s JOIN "Projects" p ON s."ProjectId" = p."Id" JOIN "FundYears" y ON p."FundYearId" = y."Id" WHERE y."Year" = $year AND s."Date" <= $asOf""", null, year, asOf), view.Total.SpentAsOf.Fen);
        Same("city elderly subsidies", await ScalarAsync(path, """SELECT SUM(l."LotteryFen" + l."MatchingFen") FROM "SubsidyLines" l JOIN "SubsidyReports" r ON l."ReportId" = r."Id" WHERE r."Year" = $year AND r."Status" IN (2, 4)""", null, year, asOf), view.Total.ElderlyPaid.Fen);
    }

    private static void Same(string what, long expected, long actual)
    {
        if (expected != actual)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what}: the page shows {actual}, SQL says {expected}."));
    }

    private static async Task<long> ScalarAsync(string path, string sql, string? district, int year, DateOnly asOf)
    {
        await using var connection = await SqlFloors.OpenAsync(path);
        await using var command = SqlFloors.Command(connection, sql, district, year, asOf);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }
}
