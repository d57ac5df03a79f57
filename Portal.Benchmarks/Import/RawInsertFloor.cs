using System.Globalization;
using Microsoft.Data.Sqlite;
using Portal.Domain.ElderlySubsidy;

namespace Portal.Benchmarks.Import;

/// <summary>
/// The floor of an import: the same rows written by hand-made prepared statements into the tables and
/// columns the import writes (street months and their lines), in one transaction, with nothing read,
/// checked or audited. Ids are written as EF writes them (upper-case TEXT).
/// </summary>
public static class RawInsertFloor
{
    /// <summary>The import's write cache (see the portal's NewReportWriter): 64 MB.</summary>
    public const int CacheKib = 64 * 1024;

    /// <summary>The ids the rows refer to, read before the clock starts.</summary>
    public sealed record Ids(IReadOnlyDictionary<int, string> FundYears, IReadOnlyDictionary<int, string> Streets, IReadOnlyDictionary<string, string> SubsidyTypes);

    public static async Task<Ids> ReadIdsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var years = await PairsAsync(connection,
            "SELECT y.Year, y.Id FROM FundYears y JOIN Districts d ON d.Id = y.DistrictId WHERE d.Code = $district", r => r.GetInt32(0));
        var streets = await PairsAsync(connection,
            "SELECT s.Code, s.Id FROM Streets s JOIN Districts d ON d.Id = s.DistrictId WHERE d.Code = $district",
            r => int.Parse(r.GetString(0).AsSpan(r.GetString(0).LastIndexOf('-') + 1), CultureInfo.InvariantCulture));
        var types = await PairsAsync(connection, "SELECT Code, Id FROM SubsidyTypes WHERE $district IS NOT NULL", r => r.GetString(0));
        return new Ids(years, streets, types);
    }

    public static async Task InsertAsync(string connectionString, IReadOnlyList<GeneratedRow> rows, Ids ids)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // The same page cache as the import's connection while it writes.
            pragma.CommandText = $"PRAGMA cache_size = -{CacheKib}";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        await using var report = connection.CreateCommand();
        report.Transaction = transaction;
        report.CommandText = """
            INSERT INTO SubsidyReports (Id, FundYearId, Year, StreetId, Month, Status, ReviewComment, Version)
            VALUES ($id, $fundYear, $year, $street, $month, $status, NULL, $version)
            """;
        var reportId = report.Parameters.Add("$id", SqliteType.Text);
        var fundYear = report.Parameters.Add("$fundYear", SqliteType.Text);
        var year = report.Parameters.Add("$year", SqliteType.Integer);
        var street = report.Parameters.Add("$street", SqliteType.Text);
        var month = report.Parameters.Add("$month", SqliteType.Integer);
        report.Parameters.Add("$status", SqliteType.Integer).Value = (int)ReportStatus.Draft;
        var version = report.Parameters.Add("$version", SqliteType.Text);
        report.Prepare();

        await using var line = connection.CreateCommand();
        line.Transaction = transaction;
        line.CommandText = """
            INSERT INTO SubsidyLines (Id, ReportId, SubsidyTypeId, PersonTimes, LotteryFen, MatchingFen, RateFlag, FlagComment, SplitEstimated)
            VALUES ($id, $report, $type, $personTimes, $lottery, $matching, 0, NULL, 0)
            """;
        var lineId = line.Parameters.Add("$id", SqliteType.Text);
        var lineReport = line.Parameters.Add("$report", SqliteType.Text);
        var type = line.Parameters.Add("$type", SqliteType.Text);
        var personTimes = line.Parameters.Add("$personTimes", SqliteType.Integer);
        var lottery = line.Parameters.Add("$lottery", SqliteType.Integer);
        var matching = line.Parameters.Add("$matching", SqliteType.Integer);
        line.Prepare();

        (int Street, int Year, int Month)? current = null;
        string currentId = string.Empty;
        foreach (var row in rows)
        {
            if (current != (row.StreetNumber, row.Year, row.Month))
            {
                current = (row.StreetNumber, row.Year, row.Month);
                currentId = NewId();
                reportId.Value = currentId;
                fundYear.Value = ids.FundYears[row.Year];
                year.Value = row.Year;
                street.Value = ids.Streets[row.StreetNumber];
                month.Value = row.Month;
                version.Value = NewId();
                await report.ExecuteNonQueryAsync();
            }

            lineId.Value = NewId();
            lineReport.Value = currentId;
            type.Value = ids.SubsidyTypes[row.SubsidyCode];
            personTimes.Value = row.PersonTimes;
            lottery.Value = row.Lottery.Fen;
            matching.Value = row.Matching.Fen;
            await line.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static async Task<Dictionary<TKey, string>> PairsAsync<TKey>(SqliteConnection connection, string sql, Func<SqliteDataReader, TKey> key)
        where TKey : notnull
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$district", GeneratedImport.DistrictCode);
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = new Dictionary<TKey, string>();
        while (await reader.ReadAsync())
            pairs.Add(key(reader), reader.GetString(1));
        return pairs;
    }
}
