using System.ComponentModel.DataAnnotations;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Which database the app uses and what it does to it at start (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start. Default: on for SQLite; off for PostgreSQL unless set (docker-compose sets it).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed the demo municipality, inventories and users. Default: on for SQLite, off for PostgreSQL.</summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>Folder of the SQLite file when no connection string is given (relative to the content root).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public bool ShouldMigrate => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public bool ShouldSeedDemo => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
