using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// A recalculation left unfinished by a stopped process is resumed at the next start: an inventory re-pinned to a new
/// edition whose results were still those of the old one (as when publishing an edition is cut off between its
/// re-pinning save and the recalculation) gets its results on its basis once a node starts; an inventory already on
/// its basis is left alone.
/// </summary>
public sealed class ResultsRecoveryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task NodeStart_InventoryRepinnedButNotRecalculated_ResultsRecalculatedOnTheNewEdition()
    {
        // Two 2025 inventories on the April 2022 edition (grid 0.4999 kg/kWh), calculated.
        var interrupted = await app.CreateInventoryAsync("CMI-CM", 2025);
        var untouched = await app.CreateInventoryAsync("LCB-CM", 2025);
        await app.CalculateAsync(interrupted);
        await app.CalculateAsync(untouched);
        (await GridKgAsync(interrupted)).Should().Be(59_988m, "120,000 kWh x 0.4999 kg/kWh");
        var untouchedAt = await CalculatedAtAsync(untouched);

        // The re-pinning save happened, the recalculation did not: the inventory is on the 2026 edition, its results on 2022's.
        var edition2026 = await app.WithDbAsync(db => db.EmissionFactorEditions.Where(e => e.Code == "TGO-CFO-2026-01").Select(e => e.Id).SingleAsync());
        await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == interrupted).ExecuteUpdateAsync(s => s.SetProperty(i => i.FactorEditionId, edition2026)));
        (await OffBasisAsync()).Should().Equal(interrupted);

        await using var node = new RecoveringNode(app);
        await node.InitializeAsync();
        _ = node.Server; // start: the recovery runs once the database answers

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await OffBasisAsync()).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        (await OffBasisAsync()).Should().BeEmpty("the node's start recalculated what the stopped run left");
        (await GridKgAsync(interrupted)).Should().Be(57_000m, "120,000 kWh x 0.4750 kg/kWh, the 2026 edition's grid factor");
        (await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.InventoryId == interrupted).Select(r => r.FactorEditionCode).Distinct().ToListAsync()))
            .Should().Equal("TGO-CFO-2026-01");
        (await CalculatedAtAsync(untouched)).Should().Be(untouchedAt, "an inventory on its basis is not recalculated");
    }

    private Task<List<Guid>> OffBasisAsync() => app.WithDbAsync(db => ResultsBasis.OffBasis(db, ResultsBasis.Stored(db)).ToListAsync());

    private Task<decimal?> GridKgAsync(Guid inventoryId) => app.WithDbAsync(db => db.ActivityLineResults
        .Where(r => r.InventoryId == inventoryId && r.Category == ActivityCategory.GridElectricity).Select(r => r.Co2eKg).SingleAsync());

    private Task<DateTimeOffset> CalculatedAtAsync(Guid inventoryId) => app.WithDbAsync(async db =>
        (await db.ActivityLineResults.Where(r => r.InventoryId == inventoryId).Select(r => r.CalculatedAt).ToListAsync()).Max());

    /// <summary>A second app on the first one's database with the recovery at start switched on, as in production.</summary>
    private sealed class RecoveringNode(AppFactory first) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", first.Database.ConnectionString);
            builder.UseSetting(ResultsRecovery.ResumeAtStartSetting, "true");
        }
    }
}
