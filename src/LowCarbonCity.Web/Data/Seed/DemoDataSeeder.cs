using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// Seeds the demo (SQLite by default): Chiang Mai City Municipality with two complete years of Organisation (CFO)
/// data, 2024 (approved) and 2025 (draft), and a City (GPC) inventory for 2025, calculated and stored, so a first
/// start shows something real. The figures are illustrative magnitudes, not the municipality's reported data.
/// Also one demo account per role (<see cref="DemoAccounts"/>); the approved 2024 inventory carries its review history
/// as the workflow records it: submitted by the demo municipal officer, approved by the demo provincial officer.
/// Versioned like the reference data; it never adds inventories to an organisation that already has some (version
/// 2 only adds the review history a version-1 demo lacked; version 3 moves the 2025 City inventory, while it is still
/// editable, from TGO's AR5 to the GPC convention a new demo gives it; version 4 adds a registered verification body,
/// <see cref="VerificationBodyCode"/>, valid from a year before seeding to three years after, and its verifier).
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db, InventoryCalculationService calculator, AccountProvisioner accounts, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Name = "demo";
    public const int Version = 4;
    public const string OrganisationCode = "CMI-CM";

    /// <summary>The demo verification body (Bangkok), registered with TGO; the demo verifier belongs to it.</summary>
    public const string VerificationBodyCode = "VB-DEMO";

    /// <summary>How long before seeding the 2024 inventory was started, submitted, and approved (a review of a week).</summary>
    public static readonly TimeSpan StartedAgo = TimeSpan.FromDays(35);

    public static readonly TimeSpan SubmittedAgo = TimeSpan.FromDays(21);

    public static readonly TimeSpan ApprovedAgo = TimeSpan.FromDays(14);

    public async Task SeedAsync(CancellationToken ct)
    {
        var applied = await db.SeedVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Name == Name, ct);
        if (applied is not null && applied.Version >= Version)
        {
            return;
        }

        // The verification body before the accounts: the demo verifier is a member of it.
        await AddVerificationBodyAsync(ct);

        // The accounts first: the review history names who submitted and who approved.
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

        var organisation = await db.Organisations.SingleAsync(o => o.Code == OrganisationCode, ct);
        if (!await db.Inventories.AnyAsync(i => i.OrganisationId == organisation.Id, ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var editions = await db.EmissionFactorEditions.ToListAsync(ct);
            var now = clock.GetUtcNow();
            organisation.SetYearContext(2024, 126_000, 40.216m);
            organisation.SetYearContext(2025, 125_500, 40.216m);

            var site = new SolidWasteSite(
                DemoIds.Site, organisation.Id, "บ่อฝังกลบขยะของเทศบาล (ตัวอย่าง)", SiteManagement.ManagedSemiAerobicPoor, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            for (var year = 2005; year <= 2025; year++)
            {
                // About 300 t/day of municipal waste, growing 1 % a year; a third food, an eighth paper (illustrative).
                var total = decimal.Round(80_000m * (1m + (0.01m * (year - 2005))), 0, MidpointRounding.AwayFromZero);
                site.SetDeposit(year, WasteType.Food, decimal.Round(total * 0.35m, 0, MidpointRounding.AwayFromZero), isBackCast: year < 2012);
                site.SetDeposit(year, WasteType.Paper, decimal.Round(total * 0.12m, 0, MidpointRounding.AwayFromZero), isBackCast: year < 2012);
                site.SetDeposit(year, WasteType.Garden, decimal.Round(total * 0.10m, 0, MidpointRounding.AwayFromZero), isBackCast: year < 2012);
            }

            db.SolidWasteSites.Add(site);

            var cfo2024 = NewInventory(DemoIds.Cfo2024, organisation.Id, 2024, InventoryKind.Organisation, editions, now - StartedAgo);
            AddOrganisationLines(cfo2024, 1.00m, now - StartedAgo);
            var cfo2025 = NewInventory(DemoIds.Cfo2025, organisation.Id, 2025, InventoryKind.Organisation, editions, now);
            AddOrganisationLines(cfo2025, 1.04m, now);
            var city2025 = NewInventory(DemoIds.City2025, organisation.Id, 2025, InventoryKind.City, editions, now);
            AddCityLines(city2025, now);
            db.Inventories.AddRange(cfo2024, cfo2025, city2025);
            await db.SaveChangesAsync(ct);

            foreach (var inventory in new[] { cfo2024, cfo2025, city2025 })
            {
                await calculator.StageResultsAsync(inventory, ct);
            }

            cfo2024.MoveTo(InventoryStatus.Submitted, now - SubmittedAgo);
            cfo2024.MoveTo(InventoryStatus.Approved, now - ApprovedAgo);
            // The municipality put its approved year on the public pages (anyone can read it at /Public).
            cfo2024.Publish(now - ApprovedAgo + TimeSpan.FromDays(1));
            // As the workflow does: an edition a non-draft inventory uses is locked.
            editions.Single(e => e.Id == cfo2024.FactorEditionId).Lock();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await AddReviewHistoryAsync(ct);
        await ApplyCityGwpConventionAsync(ct);


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

    /// <summary>A registered verification body, once (its registration covers the demo's days from a year back to three ahead).</summary>
    private async Task AddVerificationBodyAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.Code == VerificationBodyCode, ct))
        {
            return;
        }

        var bangkok = await db.Provinces.SingleAsync(p => p.Code == "10", ct);
        var organisation = new Domain.Organisations.Organisation(VerificationBodyCode, Domain.Organisations.OrganisationType.VerificationBody, bangkok.Id,
            "บริษัท ทวนสอบคาร์บอนตัวอย่าง จำกัด", "Demo Carbon Verification Co., Ltd.");
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var today = Features.Verification.VerificationBodyService.Today(clock);
        db.VerificationBodies.Add(new Domain.Verification.VerificationBody(organisation.Id, "ทส.อบก. 001/2569", today.AddYears(-1), today.AddYears(3)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The 2024 inventory's review, as <see cref="Features.Inventories.InventoryWorkflowService"/> records it: submitted by
    /// the demo municipal officer, approved a week later by the demo provincial officer. Only when the inventory is
    /// approved and has no history yet (a first seed, or a version-1 demo).
    /// </summary>
    private async Task AddReviewHistoryAsync(CancellationToken ct)
    {
        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == DemoIds.Cfo2024).Select(i => new { i.Status }).FirstOrDefaultAsync(ct);
        if (inventory?.Status != InventoryStatus.Approved || await db.InventoryStatusChanges.AnyAsync(c => c.InventoryId == DemoIds.Cfo2024, ct))
        {
            return;
        }

        var municipal = await users.FindByEmailAsync(DemoAccounts.All[0].Email) ?? throw new InvalidOperationException("The demo municipal officer is missing.");
        var provincial = await users.FindByEmailAsync(DemoAccounts.All[1].Email) ?? throw new InvalidOperationException("The demo provincial officer is missing.");
        var now = clock.GetUtcNow();
        db.InventoryStatusChanges.AddRange(
            new InventoryStatusChange(Guid.NewGuid(), DemoIds.Cfo2024, InventoryStatus.Draft, InventoryStatus.Submitted, municipal.Id, null, now - SubmittedAgo),
            new InventoryStatusChange(Guid.NewGuid(), DemoIds.Cfo2024, InventoryStatus.Submitted, InventoryStatus.Approved, provincial.Id, null, now - ApprovedAgo));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A demo seeded before the GWP conventions calculated its 2025 City inventory with TGO's AR5; a new demo uses the
    /// City default (AR5 as GPC applies it). Switched and recalculated in one save, only while the inventory is still
    /// editable and still on TGO's AR5 (a set its user chose is kept).
    /// </summary>
    private async Task ApplyCityGwpConventionAsync(CancellationToken ct)
    {
        var city = await db.Inventories.Include(i => i.Lines).FirstOrDefaultAsync(i => i.Id == DemoIds.City2025 && i.GwpSetCode == GwpConventions.TgoCfoAr5, ct);
        if (city is null || !city.IsEditable || !await db.GwpSets.AnyAsync(g => g.Code == GwpConventions.GpcAr5, ct))
        {
            return;
        }

        city.ChangeBasis(city.FactorEditionId, GwpConventions.GpcAr5, clock.GetUtcNow());
        await calculator.StageResultsAsync(city, ct);
        await db.SaveChangesAsync(ct);
    }

    private static Inventory NewInventory(Guid id, int organisationId, int year, InventoryKind kind, IReadOnlyList<EmissionFactorEdition> editions, DateTimeOffset now)
    {
        var edition = FactorEditionSelector.ForYear(editions, year);
        return new Inventory(id, organisationId, year, kind, edition.Id, GwpConventions.DefaultFor(kind, edition.DefaultGwpSetCode), now);
    }

    /// <summary>The municipality's own operations; <paramref name="growth"/> scales the year's activity.</summary>
    private static void AddOrganisationLines(Inventory inventory, decimal growth, DateTimeOffset now)
    {
        decimal[] officeKwh = [210_000, 195_000, 236_000, 262_000, 255_000, 228_000, 221_000, 219_000, 224_000, 231_000, 215_000, 208_000];
        decimal[] streetKwh = [402_000, 363_000, 401_000, 388_000, 401_000, 388_000, 401_000, 401_000, 388_000, 401_000, 388_000, 401_000];
        Monthly(inventory, ActivityCategory.GridElectricity, Scale(officeKwh, growth), Unit.KWh, "สำนักงาน ตลาด และสถานีสูบน้ำ", "ใบแจ้งค่าไฟฟ้ารายเดือนของ กฟภ.", DataQuality.High, now);
        Monthly(inventory, ActivityCategory.GridElectricity, Scale(streetKwh, growth), Unit.KWh, "ไฟฟ้าส่องสว่างถนน", "ใบแจ้งค่าไฟฟ้ารายเดือนของ กฟภ.", DataQuality.High, now);
        Annual(inventory, ActivityCategory.OnRoadDiesel, 412_000m * growth, Unit.Litre, "รถเก็บขนขยะ", "บันทึกการจัดซื้อน้ำมัน", DataQuality.High, now);
        Annual(inventory, ActivityCategory.OnRoadB7, 96_500m * growth, Unit.Litre, "รถกระบะและรถดับเพลิง", "บัตรเติมน้ำมัน", DataQuality.High, now);
        Annual(inventory, ActivityCategory.OnRoadE20, 38_200m * growth, Unit.Litre, "รถยนต์ส่วนกลาง", "บัตรเติมน้ำมัน", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.OffRoadDiesel, 21_000m * growth, Unit.Litre, "รถขุดและเครื่องตัดหญ้า", "บันทึกคลังพัสดุ", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.StationaryDiesel, 6_400m * growth, Unit.Litre, "เครื่องกำเนิดไฟฟ้าสำรอง", "บันทึกคลังพัสดุ", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.StationaryLpg, 5_800m * growth, Unit.Kilogram, "โรงครัวโรงเรียนและศูนย์พัฒนาเด็กเล็ก", "ใบเสร็จการจัดซื้อ", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.RefrigerantR32, 42m * growth, Unit.Kilogram, "เติมสารทำความเย็นเครื่องปรับอากาศแบบแยกส่วน", "สัญญาบำรุงรักษา", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.RefrigerantR22, 18m, Unit.Kilogram, "เครื่องปรับอากาศรุ่นเก่า (รายงานแยก)", "สัญญาบำรุงรักษา", DataQuality.Medium, now);
        Annual(inventory, ActivityCategory.FireExtinguisherCO2, 120m, Unit.Kilogram, "ถังดับเพลิงที่ใช้ในการซ้อมดับเพลิง", "บันทึกความปลอดภัย", DataQuality.Low, now);
        Annual(inventory, ActivityCategory.TapWaterPwa, 58_000m * growth, Unit.CubicMetre, "สำนักงานและโรงเรียน", "ใบแจ้งค่าน้ำประปาของ กปภ.", DataQuality.High, now);
        Annual(inventory, ActivityCategory.PaperUncoated, 7_350m * growth, Unit.Kilogram, "กระดาษ A4", "งานพัสดุ", DataQuality.High, now);
        var landfill = Annual(inventory, ActivityCategory.SolidWasteDisposal, decimal.Round(80_000m * (1m + (0.01m * (inventory.Year - 2005))) * 0.57m, 0, MidpointRounding.AwayFromZero), Unit.Tonne, "บ่อฝังกลบขยะของเทศบาล", "บันทึกเครื่องชั่งน้ำหนักรถ", DataQuality.Medium, now);
        landfill.SetParameters(null, DemoIds.Site);
        var wastewater = Annual(inventory, ActivityCategory.WastewaterCod, 4_800_000m * growth, Unit.CubicMetre, "ระบบบำบัดน้ำเสียของเทศบาล", "บันทึกการเดินระบบ", DataQuality.Medium, now);
        wastewater.SetParameters(WasteMethods.Serialize(new WastewaterCodParameters(CodMgPerL: 180m, Pathway: TreatmentPathway.CentralisedAerobicOverloaded)), null);
        Key(inventory, ActivityCategory.StationaryNaturalGas, NotationKey.NO, "ไม่มีระบบท่อก๊าซธรรมชาติในเขตเทศบาล", now);
    }

    private static void AddCityLines(Inventory inventory, DateTimeOffset now)
    {
        void InGpc(ActivityLine line, GpcSubsector subsector) => line.PlaceInGpc(subsector);
        InGpc(Annual(inventory, ActivityCategory.GridElectricity, 182_000_000m, Unit.KWh, "ครัวเรือน", "ยอดจำหน่ายไฟฟ้าตามประเภทผู้ใช้ของ กฟภ.", DataQuality.High, now), GpcSubsector.Residential);
        InGpc(Annual(inventory, ActivityCategory.GridElectricity, 356_000_000m, Unit.KWh, "ร้านค้า โรงแรม และสำนักงาน", "ยอดจำหน่ายไฟฟ้าตามประเภทผู้ใช้ของ กฟภ.", DataQuality.High, now), GpcSubsector.CommercialInstitutional);
        InGpc(Annual(inventory, ActivityCategory.StationaryLpg, 9_400_000m, Unit.Kilogram, "การหุงต้มในครัวเรือน", "ยอดจำหน่ายจากสำนักงานนโยบายและแผนพลังงาน", DataQuality.Medium, now), GpcSubsector.Residential);
        InGpc(Annual(inventory, ActivityCategory.StationaryLpg, 7_100_000m, Unit.Kilogram, "ร้านอาหารและโรงแรม", "ยอดจำหน่ายจากสำนักงานนโยบายและแผนพลังงาน", DataQuality.Medium, now), GpcSubsector.CommercialInstitutional);
        InGpc(Annual(inventory, ActivityCategory.OnRoadB7, 61_000_000m, Unit.Litre, "ยอดจำหน่ายน้ำมันดีเซลในเมือง", "กรมธุรกิจพลังงาน", DataQuality.Medium, now), GpcSubsector.OnRoad);
        InGpc(Annual(inventory, ActivityCategory.OnRoadE20, 38_000_000m, Unit.Litre, "ยอดจำหน่ายแก๊สโซฮอล์ในเมือง", "กรมธุรกิจพลังงาน", DataQuality.Medium, now), GpcSubsector.OnRoad);
        InGpc(Annual(inventory, ActivityCategory.OnRoadLpg, 6_500_000m, Unit.Litre, "แท็กซี่และรถสองแถวที่ใช้ LPG", "กรมธุรกิจพลังงาน", DataQuality.Low, now), GpcSubsector.OnRoad);
        var landfill = Annual(inventory, ActivityCategory.SolidWasteDisposal, decimal.Round(80_000m * 1.20m * 0.57m, 0, MidpointRounding.AwayFromZero), Unit.Tonne, "บ่อฝังกลบขยะของเทศบาล", "บันทึกเครื่องชั่งน้ำหนักรถ", DataQuality.Medium, now);
        landfill.SetParameters(null, DemoIds.Site);
        InGpc(landfill, GpcSubsector.SolidWasteDisposal);
        var wastewater = Annual(inventory, ActivityCategory.DomesticWastewater, 125_500m, Unit.PersonYear, "น้ำเสียจากบ้านเรือน", "ทะเบียนราษฎร์และการสำรวจสุขาภิบาล", DataQuality.Low, now);
        wastewater.SetParameters(WasteMethods.Serialize(new DomesticWastewaterParameters(
            [new PathwayShare(TreatmentPathway.SepticSystem, 0.7m), new PathwayShare(TreatmentPathway.CentralisedAerobicOverloaded, 0.3m)])), null);
        InGpc(wastewater, GpcSubsector.Wastewater);
        InGpc(Key(inventory, ActivityCategory.StationaryNaturalGas, NotationKey.NO, "ไม่มีโรงไฟฟ้าในเมืองที่จ่ายไฟเข้าระบบ", now), GpcSubsector.EnergyGenerationSuppliedToGrid);
        InGpc(Key(inventory, ActivityCategory.AviationJetKerosene, NotationKey.NE, "ยังไม่ได้รับข้อมูลการจำหน่ายน้ำมันอากาศยานจาก ทอท.", now), GpcSubsector.Aviation);
    }

    private static decimal[] Scale(decimal[] values, decimal factor) => values.Select(v => decimal.Round(v * factor, 0, MidpointRounding.AwayFromZero)).ToArray();

    private static ActivityLine Monthly(Inventory inventory, ActivityCategory category, decimal[] values, Unit unit, string description, string source, DataQuality quality, DateTimeOffset now)
    {
        var line = ActivityLine.WithMonthlyQuantities(Guid.NewGuid(), inventory.Id, category, values, unit);
        line.Describe(description, source, quality);
        return inventory.AddLine(line, now);
    }

    private static ActivityLine Annual(Inventory inventory, ActivityCategory category, decimal amount, Unit unit, string description, string source, DataQuality quality, DateTimeOffset now)
    {
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventory.Id, category, new Quantity(decimal.Round(amount, 3, MidpointRounding.AwayFromZero), unit));
        line.Describe(description, source, quality);
        return inventory.AddLine(line, now);
    }

    private static ActivityLine Key(Inventory inventory, ActivityCategory category, NotationKey key, string explanation, DateTimeOffset now) =>
        inventory.AddLine(ActivityLine.WithNotationKey(Guid.NewGuid(), inventory.Id, category, key, explanation), now);
}

/// <summary>Fixed ids of the demo records, so links and tests can name them.</summary>
public static class DemoIds
{
    public static readonly Guid Site = new("0d3e5a3c-6b1f-4c57-9a1e-2f5b8d7c4a10");
    public static readonly Guid Cfo2024 = new("5b0f8d2e-1c3a-4e6f-8a9b-0c1d2e3f4a24");
    public static readonly Guid Cfo2025 = new("5b0f8d2e-1c3a-4e6f-8a9b-0c1d2e3f4a25");
    public static readonly Guid City2025 = new("7c1a9e3f-2d4b-4f70-9bac-1d2e3f4a5b25");
}
