using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// Seeds the demo (SQLite only, unless configured): one municipality with two complete years of data, an
/// Organisation and a City inventory, so a first start shows something real; and one demo account per role
/// (<see cref="DemoAccounts"/>). Versioned like the reference data.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, AccountProvisioner accounts, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Name = "demo";
    public const int Version = 2;

    public async Task SeedAsync(CancellationToken ct)
    {
        var applied = await db.SeedVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Name == Name, ct);
        if (applied is not null && applied.Version >= Version)
        {
            return;
        }

        foreach (var (email, displayName, role, organisations) in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var result = await accounts.CreateAsync(email, displayName, DemoAccounts.Password, role, organisations, ct);
                if (!result.IsOk)
                {
                    throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
                }
            }
        }

        if (applied is null)
        {
            db.SeedVersions.Add(new SeedVersion { Name = Name, Version = Version, AppliedAt = clock.GetUtcNow() });
        }
        else
        {
            var tracked = await db.SeedVersions.SingleAsync(s => s.Name == Name, ct);
            tracked.Version = Version;
            tracked.AppliedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo data seeded to version {SeedVersion}", Version);
    }
}
