using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// The floors: bare SQL that returns the same totals a page shows, read to the last row, on a connection of
/// its own. Nothing is mapped to objects and no rule is applied, so no page can be faster than this.
/// </summary>
public static class SqlFloors
{
    private const string YearOf = """(SELECT y."Id" FROM "FundYears" y JOIN "Districts" d ON y."DistrictId" = d."Id" WHERE d."Code" = $district AND y."Year" = $year)""";

    /// <summary>Every sum on the manager dashboard of one district-year (its overview cards and its sections).</summary>
    public static readonly string DistrictDashboard = $"""
        SELECT SUM(l."LotteryFen"), SUM(l."MatchingFen"), SUM(l."PersonTimes")
        FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id" WHERE r."FundYearId" = {YearOf};
        SELECT y."ElderlyBlockFen", y."FactorBlockFen",
               (SELECT SUM(p."AllocationFen") FROM "Projects" p WHERE p."FundYearId" = y."Id"),
               (SELECT SUM(t."AmountFen") FROM "Transfers" t WHERE t."FundYearId" = y."Id" AND t."ToProjectId" IS NULL)
        FROM "FundYears" y WHERE y."Id" = {YearOf};
        SELECT p."Id", p."AllocationFen", SUM(CASE WHEN s."Date" <= $asOf THEN s."AmountFen" ELSE 0 END), SUM(CASE WHEN s."Date" <= y."CutOffDate" THEN s."AmountFen" ELSE 0 END)
        FROM "FundYears" y JOIN "Projects" p ON p."FundYearId" = y."Id" LEFT JOIN "Spendings" s ON s."ProjectId" = p."Id"
        WHERE y."Id" = {YearOf} GROUP BY p."Id";
        SELECT substr(s."Date", 1, 7), SUM(s."AmountFen") FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
        WHERE p."FundYearId" = {YearOf} GROUP BY substr(s."Date", 1, 7);
        SELECT sh."StreetId", SUM(sh."AmountFen"), SUM((SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."StreetShareId" = sh."Id"))
        FROM "Projects" p JOIN "StreetShares" sh ON sh."ProjectId" = p."Id" WHERE p."FundYearId" = {YearOf} GROUP BY sh."StreetId";
        SELECT r."StreetId", r."Month", r."Status" FROM "SubsidyReports" r WHERE r."FundYearId" = {YearOf};
        SELECT r."Month", l."SubsidyTypeId", SUM(l."PersonTimes"), SUM(l."LotteryFen" + l."MatchingFen")
        FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
        WHERE r."FundYearId" = {YearOf} AND r."Status" IN (2, 4) GROUP BY r."Month", l."SubsidyTypeId";
        SELECT r."StreetId", SUM(l."PersonTimes"), SUM(l."LotteryFen" + l."MatchingFen")
        FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
        WHERE r."FundYearId" = {YearOf} AND r."Status" IN (2, 4) GROUP BY r."StreetId";
        SELECT r."StreetId", r."Month", l.* FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
        WHERE r."FundYearId" = {YearOf} AND l."RateFlag" = 1;
        """;

    /// <summary>Every sum on the city-year view: each district's money, spending, elderly subsidies and months.</summary>
    public const string CityYear = """
        SELECT y."DistrictId", y."ElderlyBlockFen", y."FactorBlockFen",
               (SELECT SUM(p."AllocationFen") FROM "Projects" p WHERE p."FundYearId" = y."Id"),
               (SELECT SUM(t."AmountFen") FROM "Transfers" t WHERE t."FundYearId" = y."Id" AND t."ToProjectId" IS NULL)
        FROM "FundYears" y WHERE y."Year" = $year;
        SELECT p."FundYearId", p."Id", p."AllocationFen", SUM(s."AmountFen")
        FROM "Projects" p LEFT JOIN "Spendings" s ON s."ProjectId" = p."Id" AND s."Date" <= $asOf
        WHERE p."FundYearId" IN (SELECT "Id" FROM "FundYears" WHERE "Year" = $year) GROUP BY p."Id";
        SELECT r."FundYearId", SUM(l."PersonTimes"), SUM(l."LotteryFen" + l."MatchingFen")
        FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
        WHERE r."FundYearId" IN (SELECT "Id" FROM "FundYears" WHERE "Year" = $year) AND r."Status" IN (2, 4) GROUP BY r."FundYearId";
        SELECT r."FundYearId", r."Month", r."Status", COUNT(*) FROM "SubsidyReports" r
        WHERE r."FundYearId" IN (SELECT "Id" FROM "FundYears" WHERE "Year" = $year) GROUP BY r."FundYearId", r."Month", r."Status";
        """;

    /// <summary>
    /// Every figure on the annual report page: the year, each subsidy's sums, each project, subproject and share
    /// at the cut-off, and what the manager's pre-publication checks and version list need.
    /// </summary>
    public static readonly string AnnualReport = $"""
        SELECT y.*, (SELECT SUM(p."AllocationFen") FROM "Projects" p WHERE p."FundYearId" = y."Id"),
               (SELECT SUM(t."AmountFen") FROM "Transfers" t WHERE t."FundYearId" = y."Id" AND t."ToProjectId" IS NULL)
        FROM "FundYears" y WHERE y."Id" = {YearOf};
        SELECT l."SubsidyTypeId", SUM(l."PersonTimes"), SUM(l."LotteryFen"), SUM(l."MatchingFen")
        FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
        WHERE r."FundYearId" = {YearOf} AND r."Status" IN (2, 4) GROUP BY l."SubsidyTypeId";
        SELECT p.*, (SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."ProjectId" = p."Id" AND s."Date" <= y."CutOffDate")
        FROM "FundYears" y JOIN "Projects" p ON p."FundYearId" = y."Id" WHERE y."Id" = {YearOf};
        SELECT sp.*, (SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."SubprojectId" = sp."Id" AND s."Date" <= y."CutOffDate")
        FROM "FundYears" y JOIN "Projects" p ON p."FundYearId" = y."Id" JOIN "Subprojects" sp ON sp."ProjectId" = p."Id" WHERE y."Id" = {YearOf};
        SELECT sh.*, st."Name", (SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."StreetShareId" = sh."Id" AND s."Date" <= y."CutOffDate")
        FROM "FundYears" y JOIN "Projects" p ON p."FundYearId" = y."Id" JOIN "StreetShares" sh ON sh."ProjectId" = p."Id" JOIN "Streets" st ON st."Id" = sh."StreetId" WHERE y."Id" = {YearOf};
        SELECT i.* FROM "FundYears" y JOIN "Projects" p ON p."FundYearId" = y."Id" JOIN "PerformanceIndicators" i ON i."ProjectId" = p."Id" WHERE y."Id" = {YearOf};
        SELECT o.* FROM "ElderlyProgrammeOwners" o WHERE o."FundYearId" = {YearOf};
        SELECT t.* FROM "Transfers" t WHERE t."FundYearId" = {YearOf};
        SELECT COUNT(*) FROM "SubsidyReports" r WHERE r."FundYearId" = {YearOf} AND r."Status" = 2;
        SELECT v."Number", v."PublishedAt", v."PublishedBy" FROM "PublishedReports" v WHERE v."FundYearId" = {YearOf};
        """;

    /// <summary>Runs one floor and reads every row of every result.</summary>
    public static async Task<long> RunAsync(string path, string sql, string? district, int year, DateOnly asOf)
    {
        await using var connection = await OpenAsync(path);
        await using var command = Command(connection, sql, district, year, asOf);
        await using var reader = await command.ExecuteReaderAsync();
        long cells = 0;
        do
        {
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                        cells++;
                }
            }
        }
        while (await reader.NextResultAsync());
        return cells;
    }

    /// <summary>A connection of its own to the generated city, opened.</summary>
    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A command over the generated city with the parameters every floor and check uses.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, string? district, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (district is not null)
            command.Parameters.AddWithValue("$district", district);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$asOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return command;
    }
}
