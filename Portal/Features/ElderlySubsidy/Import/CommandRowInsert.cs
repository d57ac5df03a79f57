using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// A <see cref="RowInsert"/> as a prepared ADO.NET command whose parameters come from the model's type
/// mappings, for every provider but SQLite (PostgreSQL: ids as uuid, times as timestamptz).
/// </summary>
internal sealed class CommandRowInsert : RowInsert
{
    private readonly DbCommand _command;

    private CommandRowInsert(DbCommand command) => _command = command;

    public static CommandRowInsert Prepare(DbConnection connection, DbTransaction transaction, string sql, RelationalTypeMapping[] mappings)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < mappings.Length; i++)
            command.Parameters.Add(mappings[i].CreateParameter(command, "@p" + i, null, nullable: true));
        command.Prepare();
        return new CommandRowInsert(command);
    }

    public override void Set(int column, Guid? value) => Value(column, value);

    public override void Set(int column, int? value) => Value(column, value);

    public override void Set(int column, long value) => Value(column, value);

    public override void Set(int column, bool value) => Value(column, value);

    public override void Set(int column, DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
            throw new ArgumentException("Times are stored in UTC.", nameof(value));
        Value(column, value);
    }

    public override void SetText(int column, ReadOnlySpan<char> value) => Value(column, value.ToString());

    public override void SetUtf8(int column, ReadOnlySpan<byte> value) => Value(column, Encoding.UTF8.GetString(value));

    public override void SetNull(int column) => Value(column, null);

    public override async ValueTask RunAsync(CancellationToken cancellationToken) => await _command.ExecuteNonQueryAsync(cancellationToken);

    public override ValueTask DisposeAsync() => _command.DisposeAsync();

    private void Value(int column, object? value) => _command.Parameters[column].Value = value ?? DBNull.Value;
}
