using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>Intent methods for the boards' GPC figures.</summary>
public partial class AppFactory
{
    /// <summary>
    /// A city (GPC) inventory holding one line, 5,000 L of on-road diesel placed in GPC on-road transport (II.1),
    /// calculated (13,702.95 kg with the edition's AR5, as <see cref="CompleteCfoLines"/> works it) and at a status.
    /// </summary>
    public async Task<Guid> CalculatedCityInventoryAsync(string organisationCode, int year, InventoryStatus status)
    {
        var city = await CreateInventoryAsync(organisationCode, year, complete: false, kind: InventoryKind.City);
        await WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.SingleAsync(i => i.Id == city);
            var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), city, ActivityCategory.OnRoadDiesel, new Quantity(5_000m, Unit.Litre));
            line.PlaceInGpc(GpcSubsector.OnRoad);
            inventory.AddLine(line, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(line);
            return await db.SaveChangesAsync();
        });
        await CalculateAsync(city);
        await SetStatusAsync(city, status);
        return city;
    }
}
