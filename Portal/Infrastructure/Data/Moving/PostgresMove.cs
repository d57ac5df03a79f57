using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Portal.Infrastructure.Data.Moving;

/// <summary>
/// Copies every row of a SQLite portal database into an empty PostgreSQL one, as it is: ids, versions,
/// audit entries and the data-protection key ring unchanged, so nothing is re-audited and signed-in users
/// stay signed in. The copy is one PostgreSQL transaction, committed only when every table has the same
/// row count and the same sum of every money (fen) column on both sides.
/// </summary>
public static class PostgresMove
{
    public static async Task<MoveReport> RunAsync(IDbContextFactory<PortalDbContext> sqlite, IDbContextFactory<PortalDbContext> postgres, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sqlite);
        ArgumentNullException.ThrowIfNull(postgres);
        await using var source = await sqlite.CreateDbContextAsync(cancellationToken);
        await using var target = await postgres.CreateDbContextAsync(cancellationToken);
        if (!source.Database.IsSqlite() || !target.Database.IsNpgsql())
            throw new InvalidOperationException("The move copies a SQLite database into a PostgreSQL one.");

        await source.Database.MigrateAsync(cancellationToken);
        await target.Database.MigrateAsync(cancellationToken);
        var tables = InDependencyOrder(target.Model.GetRelationalModel().Tables);

        await source.Database.OpenConnectionAsync(cancellationToken);
        await target.Database.OpenConnectionAsync(cancellationToken);
        // One read transaction on SQLite: the copy is a single consistent snapshot of the file.
        await using var read = await source.Database.BeginTransactionAsync(cancellationToken);
        await using var write = await target.Database.BeginTransactionAsync(cancellationToken);
        var sourceConnection = source.Database.GetDbConnection();
        var targetConnection = (NpgsqlConnection)target.Database.GetDbConnection();

        foreach (var table in tables)
        {
            if (await ScalarAsync(targetConnection, $"SELECT COUNT(*) FROM {Quote(table.Name)}", write.GetDbTransaction(), cancellationToken) > 0)
                return MoveReport.Refused(MoveMessages.TargetNotEmpty(table.Name));
        }

        foreach (var table in tables)
            await CopyAsync(table, sourceConnection, read.GetDbTransaction(), targetConnection, cancellationToken);
        foreach (var table in tables)
            await ContinueIdentityAsync(table, targetConnection, write.GetDbTransaction(), cancellationToken);

        var checks = new List<TableCheck>();
        foreach (var table in tables)
        {
            checks.Add(new TableCheck(
                table.Name,
                await TotalsAsync(table, sourceConnection, read.GetDbTransaction(), cancellationToken),
                await TotalsAsync(table, targetConnection, write.GetDbTransaction(), cancellationToken)));
        }

        var report = new MoveReport(checks, null);
        if (report.Verified)
            await write.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Principal tables before the tables that point at them, so foreign keys hold at every insert.</summary>
    private static List<ITable> InDependencyOrder(IEnumerable<ITable> tables)
    {
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable)))
                ?? throw new InvalidOperationException("Foreign keys form a cycle: " + string.Join(", ", pending.Select(t => t.Name)));
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }

    private static async Task CopyAsync(ITable table, DbConnection source, DbTransaction read, NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var columns = table.Columns.ToList();
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var select = source.CreateCommand();
        select.Transaction = read;
        select.CommandText = $"SELECT {names} FROM {Quote(table.Name)}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await using var copy = await target.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
                await WriteAsync(copy, reader.IsDBNull(i) ? null : FromSqlite(reader.GetValue(i), columns[i]), cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>SQLite hands back INTEGER, REAL, TEXT or BLOB; PostgreSQL wants the column's own type.</summary>
    private static object FromSqlite(object value, IColumn column)
    {
        var type = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
        return type switch
        {
            _ when type == typeof(string) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ when type == typeof(long) => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ when type == typeof(int) => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            _ when type == typeof(short) => Convert.ToInt16(value, CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
            _ when type == typeof(double) => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ when type == typeof(Guid) => Guid.Parse((string)value),
            _ when type == typeof(DateOnly) => DateOnly.Parse((string)value, CultureInfo.InvariantCulture),
            // The portal writes UTC times; SQLite keeps them as text without a zone.
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(DateTime.Parse((string)value, CultureInfo.InvariantCulture), DateTimeKind.Utc),
            _ when type == typeof(byte[]) => (byte[])value,
            _ => throw new NotSupportedException($"No copy rule for {column.Table.Name}.{column.Name} ({type.Name})."),
        };
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken cancellationToken) => value switch
    {
        null => copy.WriteNullAsync(cancellationToken),
        string text => copy.WriteAsync(text, cancellationToken),
        long number => copy.WriteAsync(number, cancellationToken),
        int number => copy.WriteAsync(number, cancellationToken),
        short number => copy.WriteAsync(number, cancellationToken),
        bool flag => copy.WriteAsync(flag, cancellationToken),
        double number => copy.WriteAsync(number, cancellationToken),
        Guid id => copy.WriteAsync(id, cancellationToken),
        DateOnly day => copy.WriteAsync(day, cancellationToken),
        DateTime time => copy.WriteAsync(time, cancellationToken),
        byte[] bytes => copy.WriteAsync(bytes, cancellationToken),
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    /// <summary>Rows were copied with their ids: identity columns must continue after the highest one.</summary>
    private static async Task ContinueIdentityAsync(ITable table, NpgsqlConnection target, DbTransaction write, CancellationToken cancellationToken)
    {
        if (table.PrimaryKey is not { Columns: [var key] } || (key.ProviderClrType != typeof(int) && key.ProviderClrType != typeof(long)))
            return;
        await using var command = target.CreateCommand();
        command.Transaction = (NpgsqlTransaction)write;
        command.CommandText = $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({Quote(key.Name)}), 0) + 1, false) FROM {Quote(table.Name)}";
        command.Parameters.AddWithValue("table", Quote(table.Name));
        command.Parameters.AddWithValue("column", key.Name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Row count and the sum of every money column (named …Fen), in the database's own SQL.</summary>
    private static async Task<TableTotals> TotalsAsync(ITable table, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var money = table.Columns.Where(c => c.Name.EndsWith("Fen", StringComparison.Ordinal)).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*){string.Concat(money.Select(m => $", COALESCE(SUM({Quote(m)}), 0)"))} FROM {Quote(table.Name)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sums = money.Select((name, i) => new KeyValuePair<string, long>(name, Convert.ToInt64(reader.GetValue(i + 1), CultureInfo.InvariantCulture)));
        return new TableTotals(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), new SortedDictionary<string, long>(sums.ToDictionary(), StringComparer.Ordinal));
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
