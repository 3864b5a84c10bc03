using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Data;

/// <summary>The demo seed: Chiang Mai City Municipality with two CFO years and a City inventory, calculated and stored.</summary>
public sealed class DemoDataTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Demo_Inventories_TwoOrganisationYearsAndOneCityInventoryOfChiangMai()
    {
        var inventories = await app.WithDbAsync(db => db.Inventories.AsNoTracking().Include(i => i.Organisation).ToListAsync());

        inventories.Should().OnlyContain(i => i.Organisation!.NameTh == "เทศบาลนครเชียงใหม่");
        inventories.Select(i => (i.Year, i.Kind)).Should().BeEquivalentTo(
            [(2024, InventoryKind.Organisation), (2025, InventoryKind.Organisation), (2025, InventoryKind.City)]);
        inventories.Single(i => i.Id == DemoIds.Cfo2024).Status.Should().Be(InventoryStatus.Approved);
    }

    [Fact]
    public async Task Demo_StoredResults_OfficeElectricity2024MatchesTheHandWorkedValue()
    {
        // Offices: 210+195+236+262+255+228+221+219+224+231+215+208 = 2,704 MWh = 2,704,000 kWh
        // × 0.4999 kg CO2e/kWh (TGO CFO April 2022, valid for 2024 data) = 1,351,729.6 kg CO2e, scope 2.
        var results = await ResultsAsync(DemoIds.Cfo2024);

        var office = results.Single(r => r.Category == ActivityCategory.GridElectricity && r.ConvertedAmount == 2_704_000m);
        office.Co2eKg.Should().Be(1_351_729.6m);
        office.Scope.Should().Be(EmissionScope.Scope2);
        office.FactorEditionCode.Should().Be("TGO-CFO-2022-04");
        office.Formula.Should().Contain("0.4999");
    }

    [Fact]
    public async Task Demo_StoredResults_GarbageTruckDiesel2024MatchesTheHandWorkedValue()
    {
        // 412,000 L × (2.6987 kg CO2 × 1 + 0.000142 kg CH4 × 30 + 0.000142 kg N2O × 265) = 412,000 × 2.74059
        // = 1,129,123.08 kg CO2e (TGO diesel on-road, AR5 with fossil CH4 30).
        var results = await ResultsAsync(DemoIds.Cfo2024);

        var diesel = results.Single(r => r.Category == ActivityCategory.OnRoadDiesel);
        diesel.Co2eKg.Should().Be(1_129_123.08m);
        diesel.Scope.Should().Be(EmissionScope.Scope1);
        diesel.Gases.Single(g => g.Gas == Domain.Factors.Gas.CH4Fossil).MassKg.Should().Be(58.504m); // 412,000 × 0.000142
    }

    [Fact]
    public async Task Demo_StoredResults_R22IsAMemoItemOutsideTheTotals()
    {
        // 18 kg R-22 × 1760 (AR5) = 31,680 kg CO2e, reported as memo, nothing in the totals.
        var results = await ResultsAsync(DemoIds.Cfo2024);

        var r22 = results.Single(r => r.Category == ActivityCategory.RefrigerantR22);
        r22.MemoCo2eKg.Should().Be(31_680m);
        r22.Co2eKg.Should().Be(0m);
    }

    [Fact]
    public async Task Demo_StoredResults_NotationKeyLineIsAKeyNotAZero()
    {
        var results = await ResultsAsync(DemoIds.Cfo2025);

        var key = results.Single(r => r.Category == ActivityCategory.StationaryNaturalGas);
        key.NotationKey.Should().Be(NotationKey.NO);
        key.Co2eKg.Should().BeNull();
    }

    [Fact]
    public async Task Demo_StoredCityResults_CarryTheGpcTotalsTheirCellCountsIn()
    {
        var results = await ResultsAsync(DemoIds.City2025);

        var residential = results.Single(r => r.GpcReference == "I.1.2");
        residential.InBasic.Should().BeTrue();
        residential.InTerritorial.Should().BeFalse("grid electricity is scope 2, outside the territorial total");
        var i44 = results.Single(r => r.GpcReference == "I.4.4");
        i44.InBasic.Should().BeFalse();
        i44.InTerritorial.Should().BeTrue();
    }

    [Fact]
    public async Task Demo_StoredResults_EveryLineOfEveryInventoryHasAResult()
    {
        var (lines, results) = await app.WithDbAsync(async db => (
            await db.ActivityLines.AsNoTracking().Select(l => l.Id).ToListAsync(),
            await db.ActivityLineResults.AsNoTracking().Where(r => r.Part == LinePart.Activity).Select(r => r.LineId).ToListAsync()));

        results.Should().BeEquivalentTo(lines);
    }

    private Task<List<ActivityLineResult>> ResultsAsync(Guid inventoryId) =>
        app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking().Include(r => r.Gases).Where(r => r.InventoryId == inventoryId).ToListAsync());
}
