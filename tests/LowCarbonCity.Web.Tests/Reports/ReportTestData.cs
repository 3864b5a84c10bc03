using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>The stored results as the database holds them, summed here (not by the code under test) for comparison.</summary>
internal sealed record StoredSums(decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal MemoKg, decimal BasicKg, decimal BasicPlusKg, decimal TerritorialKg)
{
    public decimal TotalKg => Scope1Kg + Scope2Kg + Scope3Kg;

    public static async Task<StoredSums> OfAsync(AppFactory app, Guid inventoryId)
    {
        var rows = await app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Where(r => r.InventoryId == inventoryId)
            .Select(r => new { r.Scope, r.Co2eKg, r.MemoCo2eKg, r.InBasic, r.InBasicPlus, r.InTerritorial }).ToListAsync());
        return new StoredSums(
            rows.Where(r => r.Scope == EmissionScope.Scope1).Sum(r => r.Co2eKg ?? 0m),
            rows.Where(r => r.Scope == EmissionScope.Scope2).Sum(r => r.Co2eKg ?? 0m),
            rows.Where(r => r.Scope == EmissionScope.Scope3).Sum(r => r.Co2eKg ?? 0m),
            rows.Sum(r => r.MemoCo2eKg),
            rows.Where(r => r.InBasic).Sum(r => r.Co2eKg ?? 0m),
            rows.Where(r => r.InBasicPlus).Sum(r => r.Co2eKg ?? 0m),
            rows.Where(r => r.InTerritorial).Sum(r => r.Co2eKg ?? 0m));
    }

    public static Task<List<ActivityLineResult>> ResultsAsync(AppFactory app, Guid inventoryId) =>
        app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Where(r => r.InventoryId == inventoryId).ToListAsync());

    /// <summary>What a writer puts in a cell for a kg value shown in tonnes.</summary>
    public static double Tonnes(decimal kg) => (double)Math.Round(kg / 1000m, 6, MidpointRounding.AwayFromZero);

    public static LinePart Activity => LinePart.Activity;
}

/// <summary>Moves the demo's 2025 City inventory from draft to submitted, once per app: a counted City row for the roll-up tests.</summary>
internal static class DemoCity2025
{
    public static async Task SubmitAsync(AppFactory app)
    {
        var status = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == LowCarbonCity.Web.Data.Seed.DemoIds.City2025).Select(i => i.Status).SingleAsync());
        if (status == InventoryStatus.Draft)
        {
            await app.SetStatusAsync(LowCarbonCity.Web.Data.Seed.DemoIds.City2025, InventoryStatus.Submitted);
        }
    }
}
