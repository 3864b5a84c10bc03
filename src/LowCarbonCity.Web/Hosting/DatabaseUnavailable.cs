using Microsoft.Data.Sqlite;
using Npgsql;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Tells an unreachable database (server down, connection refused or dropped, file that cannot be opened or is
/// locked) from every other failure, looking through the wrappers EF Core and the pipeline put around it.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>SQLite: busy, locked, read-only, disk I/O error, cannot open the file.</summary>
    private static readonly int[] SqliteCodes = [5, 6, 8, 10, 14];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Connection exceptions (08...), the server shutting down or starting (57P0x), too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case NpgsqlException npgsql:
                    // No server answer: refused, reset, timed out, stream closed.
                    return npgsql.IsTransient;
                case SqliteException sqlite:
                    return SqliteCodes.Contains(sqlite.SqliteErrorCode);
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    return Is(aggregate.InnerExceptions[0]);
            }
        }

        return false;
    }
}
