using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

/// <summary>
/// Every entity written and read back through a new context on the run's provider, decimals at full precision
/// (docs/conventions.md E3): a factor like 0.0000219 keeps all its digits in numeric(28,12), a quantity like 123456789.123456
/// in numeric(28,6), and null stays null.
/// </summary>
public sealed class EntityRoundTripTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RoundTrip_FactorEditionAndGwpSet_KeepsEveryDigitAndUnit()
    {
        var code = "TEST-" + Guid.NewGuid().ToString("N")[..8];
        var gwpCode = "T" + code[5..9];
        await app.WithDbAsync(async db =>
        {
            var edition = new EmissionFactorEdition(code, "Test edition", "ชุดทดสอบ", "unit test", 2020, 2025, "AR5");
            edition.AddFactor(new EmissionFactor(ActivityCategory.StationaryDiesel, Gas.N2O, 0.0000219m, Unit.Kilogram, Unit.Litre, "TGO CFO list, Feb 2026"));
            edition.AddFactor(new EmissionFactor(ActivityCategory.StationaryDiesel, Gas.CO2Fossil, 74_100m, Unit.Kilogram, Unit.TJ, "IPCC 2006 Vol.2 Table 2.2", "energy route"));
            db.EmissionFactorEditions.Add(edition);
            db.GwpSets.Add(new GwpSet(gwpCode, "Test set", "unit test", new Dictionary<Gas, decimal> { [Gas.CH4Fossil] = 29.8m, [Gas.N2O] = 273m }));
            return await db.SaveChangesAsync();
        });

        var (read, gwp) = await app.WithDbAsync(async db => (
            await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).SingleAsync(e => e.Code == code),
            await db.GwpSets.AsNoTracking().SingleAsync(g => g.Code == gwpCode)));

        read.NameTh.Should().Be("ชุดทดสอบ");
        read.ValidFromYear.Should().Be(2020);
        read.ValidToYear.Should().Be(2025);
        var n2o = read.Factors.Single(f => f.Gas == Gas.N2O);
        n2o.Value.Should().Be(0.0000219m);
        n2o.PerUnit.Should().Be(Unit.Litre);
        n2o.MassUnit.Should().Be(Unit.Kilogram);
        n2o.Note.Should().BeNull();
        read.Factors.Single(f => f.Gas == Gas.CO2Fossil).PerUnit.Should().Be(Unit.TJ);
        gwp.Of(Gas.CH4Fossil).Should().Be(29.8m);
        gwp.Of(Gas.N2O).Should().Be(273m);
        gwp.Of(Gas.CO2Fossil).Should().Be(1m);
    }

    [Fact]
    public async Task RoundTrip_InventoryWithLinesSiteAndResults_KeepsEveryValue()
    {
        var inventoryId = Guid.NewGuid();
        var monthlyId = Guid.NewGuid();
        var annualId = Guid.NewGuid();
        var keyId = Guid.NewGuid();
        var siteId = Guid.NewGuid();
        decimal[] months = [1.5m, 2m, 0m, 123456789.123456m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12.000001m];

        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.FirstAsync(o => o.Code == "CNX-CM" || o.Type == OrganisationType.CityMunicipality);
            var edition = new EmissionFactorEdition("RT-" + Guid.NewGuid().ToString("N")[..8], "Round trip", "ทดสอบ", "unit test", 2000, null, "AR5");
            db.EmissionFactorEditions.Add(edition);
            if (!await db.GwpSets.AnyAsync(g => g.Code == "AR5"))
            {
                db.GwpSets.Add(new GwpSet("AR5", "IPCC AR5", "IPCC AR5 WG1 Table 8.A.1", new Dictionary<Gas, decimal> { [Gas.CH4Fossil] = 30m, [Gas.CH4NonFossil] = 28m, [Gas.N2O] = 265m }));
            }

            await db.SaveChangesAsync();
            var site = new SolidWasteSite(siteId, organisation.Id, "บ่อฝังกลบแม่ทะ", SiteManagement.UnmanagedDeep, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(1995, WasteType.BulkMsw, 12_345.678901m, isBackCast: true);
            site.SetDeposit(2024, WasteType.Food, 800m, isBackCast: false);
            db.SolidWasteSites.Add(site);

            var inventory = new Inventory(inventoryId, organisation.Id, 2024, InventoryKind.City, edition.Id, "AR5", Now);
            var monthly = ActivityLine.WithMonthlyQuantities(monthlyId, inventoryId, ActivityCategory.GridElectricity, months, Unit.KWh);
            monthly.Describe("ไฟฟ้าสำนักงาน", "PEA bills", DataQuality.High);
            monthly.PlaceInGpc(GpcSubsector.CommercialInstitutional);
            var annual = ActivityLine.WithAnnualQuantity(annualId, inventoryId, ActivityCategory.OnRoadDiesel, new Quantity(0.000001m, Unit.CubicMetre));
            annual.UseCustomFactor(new CustomFactor(Gas.CO2e, 2.7406123456m, Unit.Litre, "Supplier's verified factor"));
            var key = ActivityLine.WithNotationKey(keyId, inventoryId, ActivityCategory.StationaryBiogas, NotationKey.NO, "No biogas plant in the city");
            inventory.AddLine(monthly, Now);
            inventory.AddLine(annual, Now);
            inventory.AddLine(key, Now);
            db.Inventories.Add(inventory);
            db.ActivityLineResults.Add(new ActivityLineResult(
                annualId, LinePart.Activity, inventoryId, ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, "II.1.1", new Quantity(1m, Unit.Litre),
                2.7406123456m, 0m, "1 L × 2.7406123456 kg CO2e/L", "RT", "AR5", true, null, null, Now,
                [new ActivityLineGasResult(Gas.CO2e, 2.7406123456m, 1m, 2.7406123456m, isMemo: false, 2.7406123456m, Unit.Litre, "custom")]));
            return await db.SaveChangesAsync();
        });

        var (inventoryRead, lines, site, result) = await app.WithDbAsync(async db => (
            await db.Inventories.AsNoTracking().SingleAsync(i => i.Id == inventoryId),
            await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(),
            await db.SolidWasteSites.AsNoTracking().SingleAsync(s => s.Id == siteId),
            await db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).SingleAsync(r => r.LineId == annualId && r.Part == LinePart.Activity)));

        inventoryRead.Year.Should().Be(2024);
        inventoryRead.Kind.Should().Be(InventoryKind.City);
        inventoryRead.Status.Should().Be(InventoryStatus.Draft);
        inventoryRead.CreatedAt.Should().Be(Now);
        inventoryRead.Version.Should().Be(3);

        var monthlyRead = lines.Single(l => l.Id == monthlyId);
        monthlyRead.MonthlyValues.Should().Equal(months);
        monthlyRead.Amount.Should().Be(months.Sum());
        monthlyRead.Unit.Should().Be(Unit.KWh);
        monthlyRead.Description.Should().Be("ไฟฟ้าสำนักงาน");
        monthlyRead.DataQuality.Should().Be(DataQuality.High);
        monthlyRead.GpcSubsector.Should().Be(GpcSubsector.CommercialInstitutional);
        monthlyRead.CustomFactor.Should().BeNull();
        monthlyRead.NotationKey.Should().BeNull();

        var annualRead = lines.Single(l => l.Id == annualId);
        annualRead.Quantity.Should().Be(new Quantity(0.000001m, Unit.CubicMetre));
        annualRead.MonthlyValues.Should().BeNull();
        annualRead.CustomFactor.Should().Be(new CustomFactor(Gas.CO2e, 2.7406123456m, Unit.Litre, "Supplier's verified factor"));

        var keyRead = lines.Single(l => l.Id == keyId);
        keyRead.NotationKey.Should().Be(NotationKey.NO);
        keyRead.NotationExplanation.Should().Be("No biogas plant in the city");
        keyRead.Quantity.Should().BeNull();

        site.Name.Should().Be("บ่อฝังกลบแม่ทะ");
        site.Management.Should().Be(SiteManagement.UnmanagedDeep);
        site.Deposits.Should().HaveCount(2);
        site.Deposits.Single(d => d.Year == 1995).Tonnes.Should().Be(12_345.678901m);
        site.Deposits.Single(d => d.Year == 1995).IsBackCast.Should().BeTrue();

        result.Scope.Should().Be(EmissionScope.Scope1);
        result.GpcReference.Should().Be("II.1.1");
        result.Co2eKg.Should().Be(2.740612m, "results are numeric(28,6)");
        result.UsesCustomFactor.Should().BeTrue();
        result.NotationKey.Should().BeNull();
        result.Gases.Should().ContainSingle().Which.FactorKgPerUnit.Should().Be(2.7406123456m, "factors are numeric(28,12)");
    }

    [Fact]
    public async Task RoundTrip_OrganisationYearContext_KeepsPopulationAndArea()
    {
        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Include(o => o.YearContexts).FirstAsync(o => o.Type == OrganisationType.TownMunicipality);
            organisation.SetYearContext(2031, 123_456, 40.123456m);
            organisation.SetYearContext(2032, null, null);
            return await db.SaveChangesAsync();
        });

        var contexts = await app.WithDbAsync(db => db.OrganisationYearContexts.AsNoTracking().Where(c => c.Year >= 2031).OrderBy(c => c.Year).ToListAsync());

        contexts.Should().HaveCount(2);
        contexts[0].Population.Should().Be(123_456);
        contexts[0].AreaKm2.Should().Be(40.123456m);
        contexts[1].Population.Should().BeNull();
        contexts[1].AreaKm2.Should().BeNull();
    }
}
