using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// "one write costs the same whatever the inventory's size": add one line, change one line and delete one
/// line of an inventory of 20, 500 and 2,000 lines, on SQLite and on PostgreSQL; target under 150 ms at every size and
/// the 2,000-line figure within 1.5x of the 20-line one. The app's own services (built as Program builds them, not
/// started) over a fresh database: a SQLite file, or a new database on the PostgreSQL server named by
/// <c>LCC_BENCH_PG</c> (dropped afterwards). [GlobalSetup] creates a municipal officer and a calculated draft
/// inventory of <see cref="Lines"/> lines of five categories. Each operation is one service call in a fresh DI scope,
/// as one request: rights, status, validation, the line's recalculation and summary, one SaveChanges. Adding and
/// deleting keep the inventory at its size (the added line is deleted, the deleted one added, outside the measurement).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class LineWriteBenchmark
{
    public const string PostgresVariable = "LCC_BENCH_PG";

    private static readonly (ActivityCategory Category, Unit Unit)[] Kinds =
    [
        (ActivityCategory.GridElectricity, Unit.KWh), (ActivityCategory.OnRoadDiesel, Unit.Litre), (ActivityCategory.StationaryDiesel, Unit.Litre),
        (ActivityCategory.OnRoadB7, Unit.Litre), (ActivityCategory.StationaryLpg, Unit.Kilogram),
    ];

    private WebApplication? _app;
    private string? _sqliteFile;
    private string? _postgresDatabase;
    private ClaimsPrincipal? _officer;
    private Guid _inventoryId;
    private Guid _changedLine;
    private int _changedVersion;
    private LineRef? _extra;
    private int _step;

    [Params(20, 500, 2_000)]
    public int Lines { get; set; }

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Database { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Adds one grid-electricity line (what the editor's "add" does, without the page).</summary>
    [Benchmark]
    public async Task<LineRef> AddOneLine()
    {
        _extra = Ok(await CallAsync(s => s.AddLineAsync(_officer!, _inventoryId, Electricity(1_000m + _step++), CancellationToken.None)));
        return _extra;
    }

    [IterationCleanup(Target = nameof(AddOneLine))]
    public void DeleteTheAddedLine() => DeleteExtraAsync().GetAwaiter().GetResult();

    /// <summary>Changes the quantity of one existing line, at the version last saved.</summary>
    [Benchmark]
    public async Task<LineRef> ChangeOneLine()
    {
        var saved = Ok(await CallAsync(s => s.UpdateLineAsync(_officer!, _changedLine, _changedVersion, Electricity(2_000m + _step++), CancellationToken.None)));
        _changedVersion = saved.Version;
        return saved;
    }

    [IterationSetup(Target = nameof(DeleteOneLine))]
    public void AddALineToDelete() =>
        _extra = Ok(CallAsync(s => s.AddLineAsync(_officer!, _inventoryId, Electricity(3_000m + _step++), CancellationToken.None)).GetAwaiter().GetResult());

    /// <summary>Deletes one line.</summary>
    [Benchmark]
    public async Task<LineRef> DeleteOneLine()
    {
        var deleted = Ok(await CallAsync(s => s.DeleteLineAsync(_officer!, _extra!.Id, _extra.Version, CancellationToken.None)));
        _extra = null;
        return deleted;
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task<Result<LineRef>> CallAsync(Func<ActivityDataService, Task<Result<LineRef>>> call)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<ActivityDataService>());
    }

    private static LineRef Ok(Result<LineRef> result) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"{result.Status}: {string.Join("; ", result.Errors.SelectMany(e => e.Value))} {result.Message}");

    private static LineInput Electricity(decimal kwh) =>
        new() { Category = ActivityCategory.GridElectricity, Amount = kwh, UnitCode = "kWh", Description = "Meter", DataSource = "PEA bills" };

    private async Task DeleteExtraAsync()
    {
        if (_extra is { } extra)
        {
            Ok(await CallAsync(s => s.DeleteLineAsync(_officer!, extra.Id, extra.Version, CancellationToken.None)));
            _extra = null;
        }
    }

    private async Task SetupAsync()
    {
        string connectionString;
        if (Database == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
                ? cs
                : throw new InvalidOperationException($"Set {PostgresVariable} to a PostgreSQL connection string whose role may create databases (docs/performance.md).");
            _postgresDatabase = "lcc_bench_" + Guid.NewGuid().ToString("N")[..16];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"lcc-write-bench-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={_sqliteFile}";
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.ToString(),
            ["ConnectionStrings:Default"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
        builder.Services.AddAppServices();
        _app = builder.Build();
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        var created = await provisioner.CreateAsync("bench@bench.local", "Benchmark officer", "Bench-Passw0rd!", Roles.MunicipalOfficer, [DemoDataSeeder.OrganisationCode], CancellationToken.None);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        _officer = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByIdAsync(created.Value!))!);

        // The inventory: Lines annual lines of five categories, calculated and saved as the app stores them.
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var edition = await db.EmissionFactorEditions.AsNoTracking().SingleAsync(e => e.Code == "TGO-CFO-2022-04");
        var organisationId = await db.Organisations.Where(o => o.Code == DemoDataSeeder.OrganisationCode).Select(o => o.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var inventory = new Inventory(Guid.NewGuid(), organisationId, 2025, InventoryKind.Organisation, edition.Id, edition.DefaultGwpSetCode, now);
        for (var i = 0; i < Lines; i++)
        {
            var (category, unit) = Kinds[i % Kinds.Length];
            var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventory.Id, category, new Quantity(1_000m + i, unit));
            line.Describe(FormattableString.Invariant($"Meter {i + 1:D4}"), "Bills", DataQuality.High);
            inventory.AddLine(line, now);
        }

        db.Inventories.Add(inventory);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<InventoryCalculationService>().StageResultsAsync(inventory, CancellationToken.None);
        await db.SaveChangesAsync();
        _inventoryId = inventory.Id;
        var changed = inventory.Lines.First(l => l.Category == ActivityCategory.GridElectricity);
        (_changedLine, _changedVersion) = (changed.Id, changed.Version);
        if (await db.ActivityLineResults.CountAsync(r => r.InventoryId == _inventoryId) != Lines)
        {
            throw new InvalidOperationException($"The benchmark inventory must have {Lines} calculated lines.");
        }
    }

    private async Task CleanupAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }

        if (_postgresDatabase is not null && Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// One invocation per iteration (the add and delete need their set-up and clean-up around each call), 3 warm-ups
    /// and 15 measured calls per case; the generated project rebuilds the Web project (see PdfReportBenchmark).
    /// </summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1));
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }
}
