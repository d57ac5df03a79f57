using System.Data.Common;
using System.Globalization;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Writes the street months an import creates, their lines and an audit entry for each month (holding its
/// lines, as every save of a month is audited), by
/// linq2db's bulk copy on the import's own connection and transaction (multi-row INSERTs on SQLite, binary
/// COPY on PostgreSQL), with the table, column and value mappings of the EF model. EF's change tracking of
/// up to 150,000 new entities and their audit entries took 18 times the raw insert (see
/// docs/decisions/0201-import-through-libraries.md); the rows are new (no concurrency token to check) and
/// already checked by the domain. The audit entries are <see cref="AuditTrail"/>'s, as for every save.
/// </summary>
internal static class NewReportWriter
{
    /// <summary>The page cache of the import's connection while it writes, in KiB (64 MB).</summary>
    public const int ImportCacheKib = 64 * 1024;

    public static async Task WriteAsync(PortalDbContext db, IReadOnlyList<SubsidyReport> reports, string actor, DateTime at, Action<int> written, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
            return;

        // SQLite's default page cache (2 MB) is far smaller than the indexes 100,000 new rows touch, so
        // pages would be spilled and read back over and over; the larger cache is this connection's alone
        // and is given back before the connection returns to the pool. Durability is unchanged.
        long? cacheSize = null;
        if (db.Database.IsSqlite())
        {
            cacheSize = await PragmaAsync(db, "PRAGMA cache_size", cancellationToken);
            await PragmaAsync(db, $"PRAGMA cache_size = -{ImportCacheKib}", cancellationToken);
        }

        try
        {
            var options = new BulkCopyOptions();
            await db.BulkCopyAsync(options, reports, cancellationToken);
            await db.BulkCopyAsync(options, Lines(reports, written), cancellationToken);
            var reportType = db.Model.FindEntityType(typeof(SubsidyReport))!;
            await db.BulkCopyAsync(options, reports.Select(report => AuditTrail.Added(reportType, report, actor, at)), cancellationToken);
        }
        finally
        {
            if (cacheSize is { } size)
                await PragmaAsync(db, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}"), CancellationToken.None);
        }
    }

    /// <summary>Every line of the months, telling <paramref name="written"/> how many have gone every <see cref="ImportProgress.Step"/> and at the end.</summary>
    private static IEnumerable<SubsidyLine> Lines(IReadOnlyList<SubsidyReport> reports, Action<int> written)
    {
        var count = 0;
        foreach (var report in reports)
        {
            foreach (var line in report.Lines)
            {
                yield return line;
                if (++count % ImportProgress.Step == 0)
                    written(count);
            }
        }

        if (count % ImportProgress.Step != 0)
            written(count);
    }

    private static async Task<long> PragmaAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }
}
