using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Writes the street months an import creates, with their lines and one audit entry each, through three
/// prepared statements on the import's own connection and transaction. EF's change tracking of up to
/// 150,000 new entities (and an audit row per line) would add nothing here: the reports are new (no
/// concurrency token to check) and already checked by the domain. Table and column names come from the EF
/// model, and every value goes through its property's type mapping (converters included), so each engine
/// stores exactly what EF would: ids as upper-case text on SQLite and uuid on PostgreSQL, money in fen,
/// times in UTC.
/// </summary>
internal static class NewReportWriter
{
    /// <summary>The page cache of the import's connection while it writes, in KiB (64 MB).</summary>
    public const int ImportCacheKib = 64 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(PortalDbContext db, IReadOnlyList<SubsidyReport> reports, string actor, DateTime at, Action<int> written, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
            return;
        var connection = db.Database.GetDbConnection();
        var transaction = (db.Database.CurrentTransaction ?? throw new InvalidOperationException("The import writes inside its transaction.")).GetDbTransaction();

        await using var report = Prepare(connection, transaction, db, typeof(SubsidyReport),
            nameof(SubsidyReport.Id), nameof(SubsidyReport.FundYearId), nameof(SubsidyReport.Year), nameof(SubsidyReport.StreetId),
            nameof(SubsidyReport.Month), nameof(SubsidyReport.Status), nameof(SubsidyReport.ReviewComment), nameof(SubsidyReport.Version));
        await using var line = Prepare(connection, transaction, db, typeof(SubsidyLine),
            nameof(SubsidyLine.Id), nameof(SubsidyLine.ReportId), nameof(SubsidyLine.SubsidyTypeId), nameof(SubsidyLine.PersonTimes),
            nameof(SubsidyLine.Lottery), nameof(SubsidyLine.Matching), nameof(SubsidyLine.RateFlag), nameof(SubsidyLine.FlagComment));
        await using var audit = Prepare(connection, transaction, db, typeof(AuditEntry),
            nameof(AuditEntry.At), nameof(AuditEntry.Actor), nameof(AuditEntry.Entity), nameof(AuditEntry.EntityId),
            nameof(AuditEntry.Action), nameof(AuditEntry.StreetId), nameof(AuditEntry.Before), nameof(AuditEntry.After));
        audit.Set(0, at);
        audit.Set(1, actor.Length <= AuditTrail.ActorMaxLength ? actor : actor[..AuditTrail.ActorMaxLength]);
        audit.Set(2, nameof(SubsidyReport));
        audit.Set(4, nameof(EntityState.Added));
        audit.Set(6, null);

        if (!db.Database.IsSqlite())
        {
            await InsertAsync(reports, report, line, audit, written, cancellationToken);
            return;
        }

        // SQLite's default page cache (2 MB) is far smaller than the indexes 100,000 new rows touch, so
        // pages would be spilled and read back over and over; the larger cache is this connection's alone
        // and is given back before the connection returns to the pool. Durability is unchanged.
        var cacheSize = await PragmaAsync(connection, transaction, "PRAGMA cache_size", cancellationToken);
        await PragmaAsync(connection, transaction, $"PRAGMA cache_size = -{ImportCacheKib}", cancellationToken);
        try
        {
            await InsertAsync(reports, report, line, audit, written, cancellationToken);
        }
        finally
        {
            await PragmaAsync(connection, transaction, $"PRAGMA cache_size = {cacheSize}", CancellationToken.None);
        }
    }

    private static async Task InsertAsync(IReadOnlyList<SubsidyReport> reports, Insert report, Insert line, Insert audit, Action<int> written, CancellationToken cancellationToken)
    {
        var json = new ArrayBufferWriter<byte>(1024);
        var lines = 0;
        foreach (var r in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await report.RunAsync(cancellationToken, r.Id, r.FundYearId, r.Year, r.StreetId, r.Month, r.Status, r.ReviewComment, r.Version);
            foreach (var l in r.Lines)
                await line.RunAsync(cancellationToken, l.Id, l.ReportId, l.SubsidyTypeId, l.PersonTimes, l.Lottery, l.Matching, l.RateFlag, l.FlagComment);

            audit.Set(3, r.Id.ToString());
            audit.Set(5, r.StreetId);
            audit.Set(7, After(r, json));
            await audit.Command.ExecuteNonQueryAsync(cancellationToken);

            var before = lines;
            lines += r.Lines.Count;
            if (before / ImportProgress.Step != lines / ImportProgress.Step)
                written(lines);
        }

        if (lines % ImportProgress.Step != 0)
            written(lines);
    }

    /// <summary>
    /// The audit entry's "after": the report's columns as EF's audit trail writes them (sorted names, ids
    /// as EF formats them, money in fen), with its lines inside, so one entry shows the whole street month.
    /// </summary>
    private static string After(SubsidyReport report, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString(nameof(SubsidyReport.FundYearId), report.FundYearId);
            json.WriteString(nameof(SubsidyReport.Id), report.Id);
            json.WriteStartArray(nameof(SubsidyReport.Lines));
            foreach (var line in report.Lines)
            {
                json.WriteStartObject();
                json.WriteString(nameof(SubsidyLine.FlagComment), line.FlagComment);
                json.WriteString(nameof(SubsidyLine.Id), line.Id);
                json.WriteNumber(nameof(SubsidyLine.Lottery), line.Lottery.Fen);
                json.WriteNumber(nameof(SubsidyLine.Matching), line.Matching.Fen);
                json.WriteNumber(nameof(SubsidyLine.PersonTimes), line.PersonTimes);
                json.WriteBoolean(nameof(SubsidyLine.RateFlag), line.RateFlag);
                json.WriteString(nameof(SubsidyLine.SubsidyTypeId), line.SubsidyTypeId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteNullableNumber(json, nameof(SubsidyReport.Month), report.Month);
            json.WriteString(nameof(SubsidyReport.ReviewComment), report.ReviewComment);
            json.WriteNumber(nameof(SubsidyReport.Status), (int)report.Status);
            if (report.StreetId is { } street)
                json.WriteString(nameof(SubsidyReport.StreetId), street);
            else
                json.WriteNull(nameof(SubsidyReport.StreetId));
            json.WriteString(nameof(SubsidyReport.Version), report.Version);
            json.WriteNumber(nameof(SubsidyReport.Year), report.Year);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }

    private static Insert Prepare(DbConnection connection, DbTransaction transaction, PortalDbContext db, Type entity, params string[] properties)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException(entity.Name + " is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var mapped = properties.Select(p => type.FindProperty(p) ?? throw new InvalidOperationException(entity.Name + "." + p + " is not mapped.")).ToList();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", mapped.Select(p => $"\"{p.GetColumnName(table)}\""))}) VALUES ({string.Join(", ", mapped.Select((_, i) => "@p" + i))})";
        var mappings = mapped.Select(p => p.GetRelationalTypeMapping()).ToArray();
        for (var i = 0; i < mappings.Length; i++)
            command.Parameters.Add(mappings[i].CreateParameter(command, "@p" + i, null, nullable: true));
        command.Prepare();
        return new Insert(command, mappings);
    }

    /// <summary>A prepared INSERT whose values are converted by each column's EF type mapping.</summary>
    private sealed class Insert(DbCommand command, RelationalTypeMapping[] mappings) : IAsyncDisposable
    {
        public DbCommand Command => command;

        public void Set(int index, object? value) =>
            command.Parameters[index].Value = value is null ? DBNull.Value : mappings[index].Converter?.ConvertToProvider(value) ?? value;

        public async Task RunAsync(CancellationToken cancellationToken, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                Set(i, values[i]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private static async Task<long> PragmaAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
