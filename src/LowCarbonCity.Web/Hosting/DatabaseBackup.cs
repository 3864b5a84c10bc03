using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Backs up and restores the whole database, evidence files and audit trail included (they are rows). SQLite: the
/// online backup API, so the app may keep running while a backup is taken. PostgreSQL: <c>pg_dump</c> in its custom
/// format and <c>pg_restore</c>, run with the connection's host, port, user and database (the password goes in
/// <c>PGPASSWORD</c>, never on the command line). A restore goes only into an empty database (no tables), so it can
/// never mix two states or overwrite live data; docs/operations.md has the commands and the equivalent
/// <c>pg_dump</c>/<c>pg_restore</c> lines for operators.
/// </summary>
public sealed class DatabaseBackup(DatabaseProvider provider, string connectionString)
{
    public async Task BackupAsync(string destination, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        if (File.Exists(destination))
        {
            throw new BackupException($"{destination} exists already; a backup never overwrites a file.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(connectionString);
            await source.OpenAsync(ct);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);

            // The copy inherits the app's WAL mode; a backup is one self-contained file.
            await using var journal = target.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE";
            await journal.ExecuteNonQueryAsync(ct);
            return;
        }

        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", destination, .. ConnectionArguments()], ct);
    }

    public async Task RestoreAsync(string source, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!File.Exists(source))
        {
            throw new BackupException($"{source} does not exist.");
        }

        if (await TableCountAsync(ct) > 0)
        {
            throw new BackupException("The database to restore into is not empty; restore into a new, empty database.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await backup.OpenAsync(ct);
            await using var target = new SqliteConnection(connectionString);
            await target.OpenAsync(ct);
            backup.BackupDatabase(target);
            return;
        }

        await RunAsync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", .. ConnectionArguments(), source], ct);
    }

    /// <summary>Tables of the application's schema (SQLite's own and PostgreSQL's system tables not counted).</summary>
    public async Task<int> TableCountAsync(CancellationToken ct)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync(ct);
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'", pg);
        return Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private List<string> ConnectionArguments()
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        return ["--host", c.Host ?? "localhost", "--port", c.Port.ToString(CultureInfo.InvariantCulture), "--username", c.Username ?? Environment.UserName, "--dbname", c.Database ?? "postgres"];
    }

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (new NpgsqlConnectionStringBuilder(connectionString).Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"{tool} was not found ({e.Message}); install the PostgreSQL client tools of the server's major version.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{tool} failed (exit {process.ExitCode}): {(await errors).Trim()}");
            }
        }
    }
}

/// <summary>A backup or restore that could not be done, with what to do about it.</summary>
public sealed class BackupException(string message) : Exception(message);
