using System.Buffers;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Writes the street months an import creates, with their lines and one audit entry each, through three
/// prepared INSERTs (<see cref="RowInsert"/>) on the import's own connection and transaction. EF's change
/// tracking of up to 150,000 new entities (and an audit row per line) would add nothing here: the reports
/// are new (no concurrency token to check) and already checked by the domain. Table and column names come
/// from the EF model and each value is stored as the model stores it: ids as upper-case text on SQLite and
/// uuid on PostgreSQL, money in fen, times in UTC. Nothing is allocated per row but the audit's JSON.
/// </summary>
internal static class NewReportWriter
{
    /// <summary>The page cache of the import's connection while it writes, in KiB (64 MB).</summary>
    public const int ImportCacheKib = 64 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly InsertColumn[] ReportColumns =
    [
        new(nameof(SubsidyReport.Id), typeof(Guid)),
        new(nameof(SubsidyReport.FundYearId), typeof(Guid)),
        new(nameof(SubsidyReport.Year), typeof(int)),
        new(nameof(SubsidyReport.StreetId), typeof(Guid)),
        new(nameof(SubsidyReport.Month), typeof(int)),
        new(nameof(SubsidyReport.Status), typeof(int)),
        new(nameof(SubsidyReport.ReviewComment), typeof(string)),
        new(nameof(SubsidyReport.Version), typeof(Guid)),
    ];

    private static readonly InsertColumn[] LineColumns =
    [
        new(nameof(SubsidyLine.Id), typeof(Guid)),
        new(nameof(SubsidyLine.ReportId), typeof(Guid)),
        new(nameof(SubsidyLine.SubsidyTypeId), typeof(Guid)),
        new(nameof(SubsidyLine.PersonTimes), typeof(long)),
        new(nameof(SubsidyLine.Lottery), typeof(long)),
        new(nameof(SubsidyLine.Matching), typeof(long)),
        new(nameof(SubsidyLine.RateFlag), typeof(bool)),
        new(nameof(SubsidyLine.FlagComment), typeof(string)),
    ];

    private static readonly InsertColumn[] AuditColumns =
    [
        new(nameof(AuditEntry.At), typeof(DateTime)),
        new(nameof(AuditEntry.Actor), typeof(string)),
        new(nameof(AuditEntry.Entity), typeof(string)),
        new(nameof(AuditEntry.EntityId), typeof(string)),
        new(nameof(AuditEntry.Action), typeof(string)),
        new(nameof(AuditEntry.StreetId), typeof(Guid)),
        new(nameof(AuditEntry.Before), typeof(string)),
        new(nameof(AuditEntry.After), typeof(string)),
    ];

    // The audit's property names, encoded once.
    private static readonly JsonEncodedText FundYearIdName = JsonEncodedText.Encode(nameof(SubsidyReport.FundYearId));
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode(nameof(SubsidyReport.Id));
    private static readonly JsonEncodedText LinesName = JsonEncodedText.Encode(nameof(SubsidyReport.Lines));
    private static readonly JsonEncodedText FlagCommentName = JsonEncodedText.Encode(nameof(SubsidyLine.FlagComment));
    private static readonly JsonEncodedText LotteryName = JsonEncodedText.Encode(nameof(SubsidyLine.Lottery));
    private static readonly JsonEncodedText MatchingName = JsonEncodedText.Encode(nameof(SubsidyLine.Matching));
    private static readonly JsonEncodedText PersonTimesName = JsonEncodedText.Encode(nameof(SubsidyLine.PersonTimes));
    private static readonly JsonEncodedText RateFlagName = JsonEncodedText.Encode(nameof(SubsidyLine.RateFlag));
    private static readonly JsonEncodedText SubsidyTypeIdName = JsonEncodedText.Encode(nameof(SubsidyLine.SubsidyTypeId));
    private static readonly JsonEncodedText MonthName = JsonEncodedText.Encode(nameof(SubsidyReport.Month));
    private static readonly JsonEncodedText ReviewCommentName = JsonEncodedText.Encode(nameof(SubsidyReport.ReviewComment));
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode(nameof(SubsidyReport.Status));
    private static readonly JsonEncodedText StreetIdName = JsonEncodedText.Encode(nameof(SubsidyReport.StreetId));
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode(nameof(SubsidyReport.Version));
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode(nameof(SubsidyReport.Year));

    public static async Task WriteAsync(PortalDbContext db, IReadOnlyList<SubsidyReport> reports, string actor, DateTime at, Action<int> written, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
            return;

        await using var report = RowInsert.Prepare(db, typeof(SubsidyReport), ReportColumns);
        await using var line = RowInsert.Prepare(db, typeof(SubsidyLine), LineColumns);
        await using var audit = RowInsert.Prepare(db, typeof(AuditEntry), AuditColumns);
        audit.Set(0, at);
        audit.Set(1, actor.Length <= AuditTrail.ActorMaxLength ? actor : actor[..AuditTrail.ActorMaxLength]);
        audit.Set(2, nameof(SubsidyReport));
        audit.Set(4, nameof(EntityState.Added));
        audit.SetNull(6);

        if (!db.Database.IsSqlite())
        {
            await InsertAsync(reports, report, line, audit, written, cancellationToken);
            return;
        }

        // SQLite's default page cache (2 MB) is far smaller than the indexes 100,000 new rows touch, so
        // pages would be spilled and read back over and over; the larger cache is this connection's alone
        // and is given back before the connection returns to the pool. Durability is unchanged.
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
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

    private static async Task InsertAsync(IReadOnlyList<SubsidyReport> reports, RowInsert report, RowInsert line, RowInsert audit, Action<int> written, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        await using var json = new Utf8JsonWriter(buffer, JsonOptions);
        var lines = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var month = reports[r];
            report.Set(0, month.Id);
            report.Set(1, month.FundYearId);
            report.Set(2, month.Year);
            report.Set(3, month.StreetId);
            report.Set(4, month.Month);
            report.Set(5, (int)month.Status);
            report.Set(6, month.ReviewComment);
            report.Set(7, month.Version);
            await report.RunAsync(cancellationToken);
            for (var i = 0; i < month.Lines.Count; i++)
            {
                var l = month.Lines[i];
                line.Set(0, l.Id);
                line.Set(1, l.ReportId);
                line.Set(2, l.SubsidyTypeId);
                line.Set(3, l.PersonTimes);
                line.Set(4, l.Lottery.Fen);
                line.Set(5, l.Matching.Fen);
                line.Set(6, l.RateFlag);
                line.Set(7, l.FlagComment);
                await line.RunAsync(cancellationToken);
            }

            SetEntityId(audit, 3, month.Id);
            audit.Set(5, month.StreetId);
            WriteAfter(month, json, buffer);
            audit.SetUtf8(7, buffer.WrittenSpan);
            await audit.RunAsync(cancellationToken);

            var before = lines;
            lines += month.Lines.Count;
            if (before / ImportProgress.Step != lines / ImportProgress.Step)
                written(lines);
        }

        if (lines % ImportProgress.Step != 0)
            written(lines);
    }

    /// <summary>The audit's entity id: the key as EF's audit trail writes it (lower-case, with hyphens).</summary>
    private static void SetEntityId(RowInsert audit, int column, Guid id)
    {
        Span<char> text = stackalloc char[36];
        id.TryFormat(text, out _, "D");
        audit.SetText(column, text);
    }

    /// <summary>
    /// The audit entry's "after": the report's columns as EF's audit trail writes them (sorted names, ids
    /// as EF formats them, money in fen), with its lines inside, so one entry shows the whole street month.
    /// </summary>
    private static void WriteAfter(SubsidyReport report, Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString(FundYearIdName, report.FundYearId);
        json.WriteString(IdName, report.Id);
        json.WriteStartArray(LinesName);
        for (var i = 0; i < report.Lines.Count; i++)
        {
            var line = report.Lines[i];
            json.WriteStartObject();
            json.WriteString(FlagCommentName, line.FlagComment);
            json.WriteString(IdName, line.Id);
            json.WriteNumber(LotteryName, line.Lottery.Fen);
            json.WriteNumber(MatchingName, line.Matching.Fen);
            json.WriteNumber(PersonTimesName, line.PersonTimes);
            json.WriteBoolean(RateFlagName, line.RateFlag);
            json.WriteString(SubsidyTypeIdName, line.SubsidyTypeId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.Month is { } month)
            json.WriteNumber(MonthName, month);
        else
            json.WriteNull(MonthName);
        json.WriteString(ReviewCommentName, report.ReviewComment);
        json.WriteNumber(StatusName, (int)report.Status);
        if (report.StreetId is { } street)
            json.WriteString(StreetIdName, street);
        else
            json.WriteNull(StreetIdName);
        json.WriteString(VersionName, report.Version);
        json.WriteNumber(YearName, report.Year);
        json.WriteEndObject();
        json.Flush();
    }

    private static async Task<long> PragmaAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
