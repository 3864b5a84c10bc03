using LowCarbonCity.Web.Hosting;
using Npgsql;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class (docs/conventions.md T2): a SQLite file by default, or, when the environment
/// variable <c>LCC_TEST_DB</c> holds a PostgreSQL connection string whose role may create databases, a new
/// PostgreSQL database on that server, dropped afterwards. Never a stand-in.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "LCC_TEST_DB";

    private readonly string? _sqliteDirectory;
    private readonly string? _adminConnectionString;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteDirectory, string? adminConnectionString, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
        _adminConnectionString = adminConnectionString;
        _postgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The PostgreSQL server the run targets, or null for SQLite.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs ? cs : null;

    public static DatabaseProvider RunProvider => PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public static async Task<TestDatabase> CreateAsync()
    {
        if (PostgresServer is not { } server)
        {
            var directory = Path.Combine(Path.GetTempPath(), "lcc-tests", Guid.NewGuid().ToString("N"));
            return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionStrings.ForDataDirectory(directory), directory, null, null);
        }

        var name = "lcc_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a late finaliser: the temp folder is cleaned by the OS.
            }
        }

        if (_adminConnectionString is not null && _postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            // FORCE terminates lingering sessions; it can be refused for a backend the test role may not signal (an
            // autovacuum worker, say). Retry a few times; a leftover test database is harmless, a failed run is not.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(_adminConnectionString);
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
                    await command.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException) when (attempt < 5)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt));
                }
                catch (PostgresException)
                {
                    return;
                }
            }
        }
    }
}
