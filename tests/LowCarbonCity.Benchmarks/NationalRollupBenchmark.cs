using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// docs/design.md section 4: "National roll-up for one year by province × sector × scope: under 100 ms, and
/// within 2× of the plain SQL aggregate over the same stored results, measured side by side in one run". Runs
/// against the generated nation (<c>generate-national</c>) named by <c>LCC_NATIONAL_DB</c>. Each operation is what
/// one API request does: a fresh DbContext and <see cref="UserAccess"/> (the caller's scope is looked up), then
/// <see cref="RollupService.RollUpAsync"/> (totals, intensities, completeness). The baseline is the plain SQL sum
/// over the same summary rows (which carry their inventory's status); for comparison, the same sum taking the status
/// from the inventories (as before the summary had it) and the line-level sum.
/// </summary>
[MemoryDiagnoser]
public class NationalRollupBenchmark
{
    public const int Year = 2024;

    private const string UserId = "national-benchmark-analyst";

    private const string Reported = "i.status IN ('Submitted', 'Approved', 'Verified')";

    private const string SummarySql =
        "SELECT p.code, t.sector, t.scope, SUM(t.co2e_kg) FROM inventory_totals t " +
        "JOIN organisations o ON o.id = t.organisation_id JOIN provinces p ON p.id = o.province_id " +
        "WHERE t.kind = 'Organisation' AND t.year = @year AND t.status IN ('Submitted', 'Approved', 'Verified') GROUP BY p.code, t.sector, t.scope";

    private const string SummaryViaInventoriesSql =
        "SELECT p.code, t.sector, t.scope, SUM(t.co2e_kg) FROM inventory_totals t JOIN inventories i ON i.id = t.inventory_id " +
        "JOIN organisations o ON o.id = i.organisation_id JOIN provinces p ON p.id = o.province_id " +
        "WHERE t.kind = 'Organisation' AND t.year = @year AND " + Reported + " GROUP BY p.code, t.sector, t.scope";

    private const string LinesSql =
        "SELECT p.code, r.category, r.scope, SUM(r.co2e_kg) FROM activity_line_results r JOIN inventories i ON i.id = r.inventory_id " +
        "JOIN organisations o ON o.id = i.organisation_id JOIN provinces p ON p.id = o.province_id " +
        "WHERE i.kind = 'Organisation' AND i.year = @year AND " + Reported + " AND r.co2e_kg IS NOT NULL GROUP BY p.code, r.category, r.scope";

    private readonly ClaimsPrincipal _analyst = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId)], "benchmark"));
    private string _connectionString = string.Empty;

    /// <summary>The app's context on the national database, as the app registers it (the service opens a second one).</summary>
    private ServiceProvider? _services;
    private NpgsqlDataSource? _dataSource;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("LCC_NATIONAL_DB") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("Set LCC_NATIONAL_DB to the generated national database (docs/performance.md).");

    [GlobalSetup]
    public void Setup()
    {
        _connectionString = ConnectionString;
        _services = new ServiceCollection()
            .AddDbContext<AppDbContext, PostgresAppDbContext>(o => DatabaseServiceCollectionExtensions.ConfigurePostgres(o, _connectionString))
            .BuildServiceProvider();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        using var command = _dataSource.CreateCommand(
            "INSERT INTO \"AspNetUsers\" (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, security_stamp, concurrency_stamp, " +
            "phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, must_change_password) VALUES (@id, 'bench@example.org', " +
            "'BENCH@EXAMPLE.ORG', 'bench@example.org', 'BENCH@EXAMPLE.ORG', true, 'x', 'x', false, false, false, 0, false) ON CONFLICT DO NOTHING; " +
            "INSERT INTO \"AspNetUserRoles\" (user_id, role_id) SELECT @id, id FROM \"AspNetRoles\" WHERE name = 'TgoAnalyst' ON CONFLICT DO NOTHING;");
        command.Parameters.AddWithValue("id", UserId);
        command.ExecuteNonQuery();
        var service = ServiceRollUpAsync().GetAwaiter().GetResult();
        var plain = Sum(SummarySql);
        if (service != plain || service != Sum(SummaryViaInventoriesSql) || service != Sum(LinesSql))
        {
            throw new InvalidOperationException($"The roll-up ({service}) differs from the plain SQL sums ({plain}).");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _dataSource?.Dispose();
        _services?.Dispose();
    }

    /// <summary>The plain SQL aggregate over the summary rows the service reads (one statement).</summary>
    [Benchmark(Baseline = true)]
    public decimal PlainSqlOverSummary() => Sum(SummarySql);

    /// <summary>The service, as one API request does it.</summary>
    [Benchmark]
    public Task<decimal> ServiceRollUp() => ServiceRollUpAsync();

    /// <summary>The same sum with the status read from the inventories (the summary without its status column).</summary>
    [Benchmark]
    public decimal PlainSqlOverSummaryViaInventories() => Sum(SummaryViaInventoriesSql);

    /// <summary>The plain SQL aggregate over every stored line result (what the summary saves).</summary>
    [Benchmark]
    public decimal PlainSqlOverLines() => Sum(LinesSql);

    private async Task<decimal> ServiceRollUpAsync()
    {
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = new RollupService(db, new UserAccess(db, TimeProvider.System), scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>());
        var result = await service.RollUpAsync(_analyst, new RollupQuery
        {
            Year = Year, Kind = InventoryKind.Organisation, GroupBy = [RollupDimension.Province, RollupDimension.Sector, RollupDimension.Scope],
        }, CancellationToken.None);
        return result.Value!.Total.Value;
    }

    private decimal Sum(string sql)
    {
        using var command = _dataSource!.CreateCommand(sql);
        command.Parameters.AddWithValue("year", Year);
        using var reader = command.ExecuteReader();
        var total = 0m;
        while (reader.Read())
        {
            total += reader.GetDecimal(3);
        }

        return total;
    }
}
