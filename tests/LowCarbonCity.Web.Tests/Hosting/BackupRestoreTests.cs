using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// Backup and restore of the whole database on the run's provider (SQLite's online backup; pg_dump and pg_restore on
/// PostgreSQL): a populated database is backed up, restored into a new empty one, and every row of every table is the
/// same there, evidence bytes and audit entries included; a restore into a database that has tables is refused.
/// </summary>
public sealed class BackupRestoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task BackupThenRestoreIntoAnEmptyDatabase_EveryRowOfEveryTableIsEqual()
    {
        var inventoryId = await app.CalculatedInventoryAsync("CMI-CM", 2024, InventoryStatus.Draft);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ใบแจ้งหนี้ค่าไฟ.pdf");
        (await client.PostAsync(new Uri($"/api/v1/inventories/{inventoryId}/evidence", UriKind.Relative), form)).StatusCode.Should().Be(HttpStatusCode.Created);
        var source = await SnapshotAsync(app.Database.Provider, app.Database.ConnectionString);
        source["evidence_files"].Should().ContainSingle();
        source["audit_entries"].Should().NotBeEmpty();
        source["activity_line_results"].Should().NotBeEmpty();

        var backupFile = Path.Combine(Path.GetTempPath(), "lcc-tests", $"backup-{Guid.NewGuid():N}.bak");
        Directory.CreateDirectory(Path.GetDirectoryName(backupFile)!);
        await using var empty = await TestDatabase.CreateAsync();
        try
        {
            await new DatabaseBackup(app.Database.Provider, app.Database.ConnectionString).BackupAsync(backupFile, CancellationToken.None);
            var target = new DatabaseBackup(empty.Provider, empty.ConnectionString);
            (await target.TableCountAsync(CancellationToken.None)).Should().Be(0);

            await target.RestoreAsync(backupFile, CancellationToken.None);

            var restored = await SnapshotAsync(empty.Provider, empty.ConnectionString);
            restored.Keys.Should().BeEquivalentTo(source.Keys);
            foreach (var (table, rows) in source)
            {
                restored[table].Should().Equal(rows, $"table {table} is restored row for row");
            }

            var again = () => new DatabaseBackup(app.Database.Provider, app.Database.ConnectionString).RestoreAsync(backupFile, CancellationToken.None);
            await again.Should().ThrowAsync<BackupException>().WithMessage("*not empty*");
            var overwrite = () => new DatabaseBackup(app.Database.Provider, app.Database.ConnectionString).BackupAsync(backupFile, CancellationToken.None);
            await overwrite.Should().ThrowAsync<BackupException>().WithMessage("*never overwrites*");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(backupFile);
        }
    }

    /// <summary>Every table's rows, each as one invariant text of its values, sorted (order of storage does not matter).</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(DatabaseProvider provider, string connectionString)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToBase64String(bytes),
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        var other => other.ToString() ?? string.Empty,
                    };
                }

                rows.Add(string.Join(" | ", values));
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }
}
