using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Calculation;

namespace LowCarbonCity.Web.Tests.Features;

/// <summary>A stored landfill line on a disposal site: the site gives management, climate, cover and history; the line's overrides still apply.</summary>
public sealed class LandfillSiteOverrideTests
{
    [Fact]
    public void ToRecord_SiteLineWithOverrides_SiteHistoryWithTheLinesMcfFAndOxidation()
    {
        // Site: managed anaerobic (MCF 1.0), tropical moist (k food 0.4), covered (OX 0.1), 1,000 t of food in 2020.
        var site = new SolidWasteSite(Guid.NewGuid(), 1, "Municipal landfill", SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: true);
        site.SetDeposit(2020, WasteType.Food, 1000m, isBackCast: false);
        var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), Guid.NewGuid(), ActivityCategory.SolidWasteDisposal, new Quantity(0m, Unit.Tonne));
        line.SetParameters("""{"management":"Uncategorised","climate":"TropicalDry","deposits":[],"mcf":0.5,"methaneFraction":0.6,"oxidationFactor":0}""", site.Id);

        var record = InventoryCalculationService.ToRecord(line, new Dictionary<Guid, SolidWasteSite> { [site.Id] = site });
        var output = WasteMethods.Calculate(ActivityCategories.Get(ActivityCategory.SolidWasteDisposal), record.Quantity, record.Parameters, 2021);

        // The line's MCF 0.5 (not the site's 1.0), k 0.4 of the site's climate, the line's F 0.6 and OX 0 (not the cover's 0.1):
        // DDOCm = 1000 × 0.15 × 0.5 × 0.5 = 37.5 t; 37.5 × (1 − e^-0.4) = 37.5 × 0.329679953964361 = 12.36299827366354 t;
        // CH4 = 12.36299827366354 × 0.6 × 16/12 × (1 − 0) = 9.89039861893083 t.
        output.Gases.Single(g => g.Gas == Gas.CH4NonFossil).Kg.Should().BeApproximately(9_890.39861893083m, 0.001m);
        var parameters = record.Parameters.Should().BeOfType<SolidWasteDisposalParameters>().Subject;
        (parameters.Management, parameters.Climate, parameters.CoveredWithOxidisingMaterial).Should().Be((SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, true));
        parameters.Deposits.Should().Equal(new LandfillDeposit(2020, WasteType.Food, 1000m));
    }
}
