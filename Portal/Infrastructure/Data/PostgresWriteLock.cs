using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Infrastructure.Telemetry;

namespace Portal.Infrastructure.Data;

/// <summary>
/// Gives every PostgreSQL write transaction the guarantee SQLite's <c>BEGIN IMMEDIATE</c> gives: one writer
/// at a time, from the transaction's first statement. The services rely on it to check a rule against
/// other rows and then write (the elderly block against the other streets' lottery money, the next
/// published report number, seeding once when several nodes start together). Reads never wait for it.
/// How long each write waited for it is measured (<see cref="PortalMetrics.WriteLockWaited"/>): a city has
/// one writer at a time, and this is where that would show.
/// </summary>
internal sealed class PostgresWriteLock(PortalMetrics? metrics) : DbTransactionInterceptor
{
    /// <summary>The portal's advisory lock: any number works, as long as every node uses the same one.</summary>
    private const string Sql = "SELECT pg_advisory_xact_lock(202000001)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        var started = Stopwatch.GetTimestamp();
        command.ExecuteNonQuery();
        metrics?.WriteLockWaited(Stopwatch.GetElapsedTime(started));
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        var started = Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync(cancellationToken);
        metrics?.WriteLockWaited(Stopwatch.GetElapsedTime(started));
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        return command;
    }
}
