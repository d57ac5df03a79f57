using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// A <see cref="RowInsert"/> on SQLite's own prepared-statement interface, on the connection EF opened.
/// Microsoft.Data.Sqlite looks every parameter up by name, converts it and builds a data reader on each
/// run, and that cost twice what SQLite's insert itself costs; here a value is bound by position straight
/// from the stack and a row is one step and one reset. Values are stored exactly as Microsoft.Data.Sqlite
/// stores them for EF's SQLite mappings: ids as upper-case text, numbers and flags as integers, times as
/// "yyyy-MM-dd HH:mm:ss.FFFFFFF" text.
/// </summary>
internal sealed class SqliteRowInsert : RowInsert
{
    private const string TimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private byte[] _text = new byte[1024];

    private SqliteRowInsert(sqlite3 connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    public static SqliteRowInsert Prepare(SqliteConnection connection, string sql, int columns)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The import's connection is not open.");
        Check(handle, raw.sqlite3_prepare_v3(handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement));
        if (raw.sqlite3_bind_parameter_count(statement) != columns)
        {
            statement.Dispose();
            throw new InvalidOperationException("The statement does not have one parameter per column: " + sql);
        }

        return new SqliteRowInsert(handle, statement);
    }

    public override void Set(int column, Guid? value)
    {
        if (value is not { } id)
        {
            SetNull(column);
            return;
        }

        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        System.Text.Ascii.ToUpperInPlace(text, out _);
        Bind(raw.sqlite3_bind_text(_statement, column + 1, text));
    }

    public override void Set(int column, int? value)
    {
        if (value is { } number)
            Set(column, (long)number);
        else
            SetNull(column);
    }

    public override void Set(int column, long value) => Bind(raw.sqlite3_bind_int64(_statement, column + 1, value));

    public override void Set(int column, bool value) => Set(column, value ? 1L : 0L);

    public override void Set(int column, DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
            throw new ArgumentException("Times are stored in UTC.", nameof(value));
        Span<byte> text = stackalloc byte[32];
        if (!value.TryFormat(text, out var length, TimeFormat, CultureInfo.InvariantCulture))
            throw new InvalidOperationException("A time did not fit its text form.");
        SetUtf8(column, text[..length]);
    }

    public override void SetText(int column, ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_text.Length < length)
            _text = new byte[Math.Max(length, _text.Length * 2)];
        SetUtf8(column, _text.AsSpan(0, Encoding.UTF8.GetBytes(value, _text)));
    }

    public override void SetUtf8(int column, ReadOnlySpan<byte> value) =>
        // An empty span has no address and would bind as NULL: empty text goes through the string overload.
        Bind(value.IsEmpty ? raw.sqlite3_bind_text(_statement, column + 1, string.Empty) : raw.sqlite3_bind_text(_statement, column + 1, value));

    public override void SetNull(int column) => Bind(raw.sqlite3_bind_null(_statement, column + 1));

    public override ValueTask RunAsync(CancellationToken cancellationToken)
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE)
        {
            // The message is read before the reset, which keeps the error but may clear its text.
            try
            {
                SqliteException.ThrowExceptionForRC(result, _connection);
            }
            finally
            {
                raw.sqlite3_reset(_statement);
            }
        }

        raw.sqlite3_reset(_statement);
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Bind(int result) => Check(_connection, result);

    private static void Check(sqlite3 connection, int result)
    {
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, connection);
    }
}
