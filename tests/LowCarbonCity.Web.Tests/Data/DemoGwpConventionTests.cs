using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

/// <summary>
/// The demo's 2025 City inventory uses the City default (AR5 as GPC applies it); a demo seeded before the GWP
/// conventions had it on TGO's AR5, and the next start (demo seed version 3) moves it and recalculates it.
/// </summary>
public sealed class DemoGwpConventionTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoSeed_OlderDemoWithTheCityOnTgoAr5_MovedToTheGpcConventionAndRecalculated()
    {
        var fresh = await StoredAsync();
        fresh.Sets.Should().Equal(GwpConventions.GpcAr5);
        (await app.InventoryAsync(DemoIds.Cfo2025)).GwpSetCode.Should().Be(GwpConventions.TgoCfoAr5);

        // As a version-2 demo has it: the City inventory calculated with TGO's AR5.
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var version = (await app.InventoryAsync(DemoIds.City2025)).Version;
        var switched = await app.AsUserAsync<InventoryBasisService, Result<int>>(officer, (s, u) =>
            s.ChangeBasisAsync(u, new ChangeBasisInput(DemoIds.City2025, version, null, GwpConventions.TgoCfoAr5), CancellationToken.None));
        switched.Status.Should().Be(ResultStatus.Ok);
        var old = await StoredAsync();
        old.Sets.Should().Equal(GwpConventions.TgoCfoAr5);
        // Only fossil methane differs between the two conventions: 30 instead of 28 on every kg of it.
        old.TotalKg.Should().Be(fresh.TotalKg + (2m * fresh.FossilCh4Kg));
        await app.WithDbAsync(async db =>
        {
            (await db.SeedVersions.SingleAsync(s => s.Name == DemoDataSeeder.Name)).Version = 2;
            return await db.SaveChangesAsync();
        });

        await app.WithServiceAsync<DemoDataSeeder, int>(async seeder =>
        {
            await seeder.SeedAsync(CancellationToken.None);
            return 0;
        });

        (await app.InventoryAsync(DemoIds.City2025)).GwpSetCode.Should().Be(GwpConventions.GpcAr5);
        var upgraded = await StoredAsync();
        upgraded.Sets.Should().Equal(GwpConventions.GpcAr5);
        upgraded.TotalKg.Should().Be(fresh.TotalKg);
        upgraded.SummaryKg.Should().Be(fresh.TotalKg);
        (await app.InventoryAsync(DemoIds.Cfo2025)).GwpSetCode.Should().Be(GwpConventions.TgoCfoAr5, "organisation inventories keep TGO's convention");
    }

    /// <summary>The City inventory's stored results: their GWP sets, their sum, the summary rows' sum and the fossil methane mass.</summary>
    private Task<(List<string> Sets, decimal TotalKg, decimal SummaryKg, decimal FossilCh4Kg)> StoredAsync() => app.WithDbAsync(async db =>
    {
        var results = await db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == DemoIds.City2025).ToListAsync();
        var summary = await db.InventoryTotals.AsNoTracking().Where(t => t.InventoryId == DemoIds.City2025).Select(t => t.Co2eKg).ToListAsync();
        return (
            results.Select(r => r.GwpSetCode).Distinct().ToList(),
            results.Sum(r => r.Co2eKg ?? 0m),
            summary.Sum(),
            results.SelectMany(r => r.Gases).Where(g => g.Gas == Gas.CH4Fossil && !g.IsMemo).Sum(g => g.MassKg));
    });
}
