using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Registers <see cref="AppDbContext"/> on the configured provider (docs/design.md section 3).</summary>
public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = string.IsNullOrWhiteSpace(connectionString)
                    ? SqliteConnectionStrings.ForDataDirectory(Path.Combine(environment.ContentRootPath, options.DataDirectory))
                    : connectionString;
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => QuietDatabaseErrors(ConfigureSqlite(o, connectionString)).AddInterceptors(Interceptors(sp)));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException(
                        "ConnectionStrings:Default", typeof(DatabaseOptions), ["Database:Provider is Postgres but ConnectionStrings:Default is empty."]);
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => QuietDatabaseErrors(ConfigurePostgres(o, connectionString)).AddInterceptors(Interceptors(sp)));
                break;
            default:
                throw new OptionsValidationException("Database:Provider", typeof(DatabaseOptions), [$"Unknown provider {options.Provider}."]);
        }

        services.AddScoped<Features.Shared.AuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<InventoryTotalStatusSync>();
        services.AddSingleton<Features.Boards.BoardCache>();
        services.AddSingleton<Features.Boards.BoardCacheInvalidator>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<NationalDataGenerator>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        return services;
    }

    /// <summary>Run in this order before each save: the summary follows status moves, then the audit, then the boards' cache.</summary>
    private static Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors(IServiceProvider services) =>
    [
        services.GetRequiredService<InventoryTotalStatusSync>(),
        services.GetRequiredService<AuditInterceptor>(),
        services.GetRequiredService<Features.Boards.BoardCacheInvalidator>(),
    ];

    /// <summary>
    /// EF Core logs an error, without the exception, for every connection that fails to open and every command that
    /// fails; during an outage that is a line per request. An unreachable database is logged once per outage
    /// (<see cref="DatabaseOutage"/>); any other failure reaches its caller as an exception, and the exception handler or
    /// the job logs it with its SQL state. At Debug they remain available.
    /// </summary>
    private static DbContextOptionsBuilder QuietDatabaseErrors(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.ConnectionError, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug)));

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();
}

/// <summary>Builds SQLite connection strings for a file under a data folder.</summary>
public static class SqliteConnectionStrings
{
    public const string FileName = "lowcarboncity.db";

    public static string ForDataDirectory(string directory)
    {
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, FileName)};Foreign Keys=True";
    }
}
