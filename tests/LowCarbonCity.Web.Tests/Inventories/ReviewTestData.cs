using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Inventories;

/// <summary>The lines of a submitted inventory and of the same organisation's inventory the year before, as the review tests read them.</summary>
public sealed record ReviewInventory(Guid Id, Guid LastYearId, Guid TownHall, Guid Trucks, Guid StreetLights, Guid Waste, Guid Evidence, Guid OpenComment);

/// <summary>
/// Two years of one organisation for the review tests, written straight to the database (setting up, not testing):
/// <list type="bullet">
/// <item>ศาลาว่าการ (town hall), grid electricity: 1,000 kWh last year, 1,500 kWh now (+50 %, explained, high quality);
/// at 0.4999 kg CO2e/kWh 0.4999 t then, 0.74985 t now (+0.24995 t).</item>
/// <item>รถบรรทุก (trucks), on-road diesel with a custom factor of 3 kg CO2e/L: 1,000 L then, 1,100 L now (+10 %),
/// 3 t then, 3.3 t now (+0.3 t); the only line with evidence (a PDF).</item>
/// <item>ไฟถนน (street lights), grid electricity: 500 kWh then, 300 kWh now (−40 %, low quality): 0.24995 t then,
/// 0.14997 t now (−0.09998 t); one comment from the province, unanswered.</item>
/// <item>Waste to a third party's landfill: "included elsewhere" (no quantity, no last year).</item>
/// </list>
/// Scope 1 is the trucks' 3.3 t; scope 2 the electricity's 0.74985 + 0.14997 = 0.89982 t; total 4.19982 t.
/// </summary>
public static class ReviewTestData
{
    public static async Task<ReviewInventory> SeedAsync(AppFactory app, string organisationCode, int year, string commenterId, InventoryStatus status = InventoryStatus.Submitted)
    {
        ArgumentNullException.ThrowIfNull(app);
        var lastYearId = await app.CreateInventoryAsync(organisationCode, year - 1, complete: false);
        var id = await app.CreateInventoryAsync(organisationCode, year, complete: false);
        // One factor object per line: EF maps it as a value of its line, not as something two lines can share.
        static CustomFactor TruckFactor() => new(Gas.CO2e, 3m, Unit.Litre, "ใบรับรองจากผู้ผลิตน้ำมัน");
        var ids = await app.WithDbAsync(async db =>
        {
            var before = await db.Inventories.SingleAsync(i => i.Id == lastYearId);
            Add(db, before, ActivityCategory.GridElectricity, "ศาลาว่าการ", new Quantity(1_000m, Unit.KWh), DataQuality.High);
            Add(db, before, ActivityCategory.OnRoadDiesel, "รถบรรทุก", new Quantity(1_000m, Unit.Litre), DataQuality.High).UseCustomFactor(TruckFactor());
            Add(db, before, ActivityCategory.GridElectricity, "ไฟถนน", new Quantity(500m, Unit.KWh), DataQuality.High);

            var now = await db.Inventories.SingleAsync(i => i.Id == id);
            var townHall = Add(db, now, ActivityCategory.GridElectricity, "ศาลาว่าการ", new Quantity(1_500m, Unit.KWh), DataQuality.High);
            townHall.ExplainChange("เปิดอาคารใหม่");
            var trucks = Add(db, now, ActivityCategory.OnRoadDiesel, "รถบรรทุก", new Quantity(1_100m, Unit.Litre), DataQuality.Medium);
            trucks.UseCustomFactor(TruckFactor());
            var lights = Add(db, now, ActivityCategory.GridElectricity, "ไฟถนน", new Quantity(300m, Unit.KWh), DataQuality.Low);
            var waste = ActivityLine.WithNotationKey(Guid.NewGuid(), id, ActivityCategory.WasteToThirdPartyLandfill, NotationKey.IE, "จังหวัดเป็นผู้จัดเก็บ");
            now.AddLine(waste, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(waste);

            var bytes = "%PDF-1.4 truck fuel log"u8.ToArray();
            var evidence = new EvidenceFile(Guid.NewGuid(), id, trucks.Id, "fuel-log.pdf", "application/pdf", bytes,
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), commenterId, DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(evidence);
            var comment = new InventoryComment(Guid.NewGuid(), id, lights.Id, null, commenterId, "ทำไมไฟถนนใช้ไฟฟ้าลดลงมาก", DateTimeOffset.UtcNow);
            db.InventoryComments.Add(comment);
            await db.SaveChangesAsync();
            return (townHall.Id, trucks.Id, lights.Id, waste.Id, evidence.Id, comment.Id);
        });
        await app.CalculateAsync(lastYearId);
        await app.CalculateAsync(id);
        await app.SetStatusAsync(id, status);
        return new ReviewInventory(id, lastYearId, ids.Item1, ids.Item2, ids.Item3, ids.Item4, ids.Item5, ids.Item6);
    }

    private static ActivityLine Add(AppDbContext db, Inventory inventory, ActivityCategory category, string description, Quantity quantity, DataQuality quality)
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventory.Id, category, quantity);
        line.Describe(description, null, quality);
        inventory.AddLine(line, DateTimeOffset.UtcNow);
        db.ActivityLines.Add(line);
        return line;
    }
}
