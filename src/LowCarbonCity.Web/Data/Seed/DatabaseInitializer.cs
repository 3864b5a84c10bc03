using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>At start: applies migrations where configured (docs/conventions.md E4), then seeds reference data, roles and the bootstrap administrator, and demo data.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    ReferenceDataSeeder reference,
    DemoDataSeeder demo,
    AccountSeeder accounts,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.ShouldMigrate)
        {
            logger.LogInformation("Applying {Provider} migrations", settings.Provider);
            if (await SquashedMigrations.AdoptAsync(db, ct))
            {
                logger.LogInformation("Migration history rewritten to the squashed initial migration");
            }

            await db.Database.MigrateAsync(ct);
        }

        await reference.SeedAsync(ct);
        await accounts.SeedAsync(ct);
        if (settings.ShouldSeedDemo)
        {
            await demo.SeedAsync(ct);
        }

        var backfilled = await Features.Calculation.InventoryTotals.BackfillAsync(db, ct);
        if (backfilled > 0)
        {
            logger.LogInformation("Filled the results summary of {Count} inventories", backfilled);
        }
    }
}
