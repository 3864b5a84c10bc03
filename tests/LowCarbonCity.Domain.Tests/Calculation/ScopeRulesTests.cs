using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>The scope rules as a table (docs/conventions.md D5).</summary>
public class ScopeRulesTests
{
    [Theory]
    [InlineData(ActivityCategory.StationaryDiesel, GpcSubsector.Residential, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "I.1.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.StationaryDiesel, GpcSubsector.EnergyGenerationSuppliedToGrid, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "I.4.4", EmissionScope.Scope1, false, false, true)]
    [InlineData(ActivityCategory.StationaryDiesel, GpcSubsector.EnergyIndustries, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "I.4.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.CommercialInstitutional, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "I.2.2", EmissionScope.Scope2, true, true, false)]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.CommercialInstitutional, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.TransmissionAndDistributionLosses, "I.2.3", EmissionScope.Scope3, false, true, false)]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.Railways, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "II.2.2", EmissionScope.Scope2, true, true, false)]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.CommercialInstitutional, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.ElectricityUpstream, "VI.1", EmissionScope.Scope3, false, false, false)]
    [InlineData(ActivityCategory.OnRoadDiesel, GpcSubsector.OnRoad, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "II.1.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.OffRoadDiesel, GpcSubsector.OffRoad, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "II.5.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.Composting, GpcSubsector.BiologicalTreatment, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "III.2.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.Composting, GpcSubsector.BiologicalTreatment, WasteTreatmentBoundary.GeneratedInCityTreatedOutside, LinePart.Activity, "III.2.2", EmissionScope.Scope3, true, true, false)]
    [InlineData(ActivityCategory.Composting, GpcSubsector.BiologicalTreatment, WasteTreatmentBoundary.GeneratedOutsideTreatedInCity, LinePart.Activity, "III.2.3", EmissionScope.Scope1, false, false, true)]
    [InlineData(ActivityCategory.SepticTank, GpcSubsector.Wastewater, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "III.4.1", EmissionScope.Scope1, true, true, true)]
    [InlineData(ActivityCategory.RefrigerantR32, GpcSubsector.ProductUse, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "IV.2", EmissionScope.Scope1, false, true, true)]
    [InlineData(ActivityCategory.TapWaterMwa, GpcSubsector.OtherScope3, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity, "VI.1", EmissionScope.Scope3, false, false, false)]
    public void CityPlacement_Table_ReferenceScopeAndLevels(ActivityCategory category, GpcSubsector subsector, WasteTreatmentBoundary boundary, LinePart part,
        string reference, EmissionScope scope, bool basic, bool basicPlus, bool territorial)
    {
        var p = ScopeRules.CityPlacement(category, subsector, boundary, part);

        (p.Reference, p.Scope, p.InBasic, p.InBasicPlus, p.InTerritorial).Should().Be((reference, scope, basic, basicPlus, territorial));
    }

    [Theory]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.Wastewater)]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.EnergyGenerationSuppliedToGrid)]
    [InlineData(ActivityCategory.OnRoadDiesel, GpcSubsector.SolidWasteDisposal)]
    [InlineData(ActivityCategory.TapWaterMwa, GpcSubsector.Residential)]
    [InlineData(ActivityCategory.Composting, GpcSubsector.Residential)]
    public void CityPlacement_SubsectorThatCannotHoldCategory_Throws(ActivityCategory category, GpcSubsector subsector)
    {
        var act = () => ScopeRules.CityPlacement(category, subsector, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CityPlacement_EveryCategoryAtItsDefaultSubsector_IsValid()
    {
        foreach (var definition in ActivityCategories.All)
        {
            var act = () => ScopeRules.CityPlacement(definition.Category, definition.DefaultGpcSubsector,
                ScopeRules.DefaultWasteBoundary(definition.Category), LinePart.Activity);

            act.Should().NotThrow(definition.Category.ToString());
        }
    }

    [Fact]
    public void CfoScope_EveryCategory_IsTheCatalogueScope()
    {
        foreach (var definition in ActivityCategories.All)
        {
            ScopeRules.CfoScope(definition.Category, LinePart.Activity).Should().Be(definition.CfoScope);
        }

        ScopeRules.CfoScope(ActivityCategory.GridElectricity, LinePart.ElectricityUpstream).Should().Be(EmissionScope.Scope3);
    }

    [Fact]
    public void CfoScope_TransmissionLossPart_NeverExistsInACfo()
    {
        var act = () => ScopeRules.CfoScope(ActivityCategory.GridElectricity, LinePart.TransmissionAndDistributionLosses);

        act.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.Residential, "I.1.3")]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.OnRoad, "II.1.3")]
    [InlineData(ActivityCategory.GridElectricity, GpcSubsector.OffRoad, null)]
    [InlineData(ActivityCategory.StationaryLpg, GpcSubsector.Residential, null)]
    public void LossesIncludedCell_GridEnergyOfSectorsIAndII_ItsX3CellExceptOffRoad(ActivityCategory category, GpcSubsector subsector, string? expected)
    {
        var cell = ScopeRules.CityPlacement(category, subsector, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.Activity);

        var losses = ScopeRules.LossesIncludedCell(cell);

        losses?.Reference.Should().Be(expected);
        if (expected is not null)
        {
            (losses!.Scope, losses.InBasic, losses.InBasicPlus).Should().Be((EmissionScope.Scope3, false, true), "x.3 is BASIC+ only");
        }
        else
        {
            losses.Should().BeNull();
        }
    }
}
