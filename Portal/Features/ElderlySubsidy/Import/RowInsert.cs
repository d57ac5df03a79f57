using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Infrastructure.Data;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>A column an import writes: the model's property and the type its value is stored as.</summary>
internal readonly record struct InsertColumn(string Property, Type Stored);

/// <summary>
/// One prepared INSERT into one table of the EF model, run once per row on the import's connection and
/// transaction. Values come in the form the model stores them, its converters applied (money in fen,
/// statuses as numbers, times in UTC): <see cref="Prepare"/> checks each column's stored type against the
/// model's type mapping, so a model that stores a column differently stops the import instead of
/// writing rows that EF would read back wrong. A column keeps its value until it is set again, so what
/// every row shares is set once.
/// </summary>
internal abstract class RowInsert : IAsyncDisposable
{
    public abstract void Set(int column, Guid? value);

    public abstract void Set(int column, int? value);

    public void Set(int column, int value) => Set(column, (int?)value);

    public abstract void Set(int column, long value);

    public abstract void Set(int column, bool value);

    /// <summary>A time in UTC, as the model's converter stores every time.</summary>
    public abstract void Set(int column, DateTime value);

    public void Set(int column, string? value)
    {
        if (value is null)
            SetNull(column);
        else
            SetText(column, value);
    }

    public abstract void SetText(int column, ReadOnlySpan<char> value);

    /// <summary>Text already encoded as UTF-8, such as JSON from a <see cref="System.Text.Json.Utf8JsonWriter"/>.</summary>
    public abstract void SetUtf8(int column, ReadOnlySpan<byte> value);

    public abstract void SetNull(int column);

    /// <summary>Inserts one row with the values set so far.</summary>
    public abstract ValueTask RunAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Prepares the INSERT on the context's open connection, inside its current transaction: on SQLite
    /// through SQLite's own statement interface, elsewhere as an ADO.NET command with parameters from the
    /// model's type mappings.
    /// </summary>
    public static RowInsert Prepare(PortalDbContext db, Type entity, params InsertColumn[] columns)
    {
        ArgumentNullException.ThrowIfNull(db);
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException(entity.Name + " is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var mappings = new RelationalTypeMapping[columns.Length];
        var names = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var property = type.FindProperty(columns[i].Property) ?? throw new InvalidOperationException(entity.Name + "." + columns[i].Property + " is not mapped.");
            mappings[i] = property.GetRelationalTypeMapping();
            var stored = mappings[i].Converter?.ProviderClrType ?? mappings[i].ClrType;
            stored = Nullable.GetUnderlyingType(stored) ?? stored;
            if (stored != columns[i].Stored)
                throw new InvalidOperationException($"{entity.Name}.{columns[i].Property} is stored as {stored.Name}; the import writes it as {columns[i].Stored.Name}.");
            names[i] = property.GetColumnName(table)!;
        }

        var target = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var sql = $"INSERT INTO {target} ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
        var connection = db.Database.GetDbConnection();
        var transaction = (db.Database.CurrentTransaction ?? throw new InvalidOperationException("An import writes inside its transaction.")).GetDbTransaction();
        return connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? SqliteRowInsert.Prepare(sqlite, sql, columns.Length)
            : CommandRowInsert.Prepare(connection, transaction, sql, mappings);
    }
}
