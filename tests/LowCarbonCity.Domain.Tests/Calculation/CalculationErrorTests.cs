using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>Nothing is skipped silently: every failure names the line and the field (docs/conventions.md C3).</summary>
public class CalculationErrorTests
{
    private static void ShouldFail(CalculationBasis basis, ActivityRecord record, string field)
    {
        var ok = Record(ActivityCategory.OnRoadDiesel, 1m, Unit.Litre);

        var act = () => EmissionCalculator.Calculate([ok, record], basis);

        act.Should().Throw<CalculationException>()
            .Where(e => e.LineId == record.LineId && e.Field == field && e.Message.Contains(record.LineId.ToString()));
    }

    [Fact]
    public void Calculate_UnitOfAnotherDimension_NamesQuantityUnit() =>
        ShouldFail(Cfo(), Record(ActivityCategory.OnRoadDiesel, 100m, Unit.Kilogram), "Quantity.Unit");

    [Fact]
    public void Calculate_EditionWithoutTheCategory_NamesCategory()
    {
        var dieselOnly = new EmissionFactorEdition("DIESEL", "Diesel only", "ดีเซล", "test", 2000, null, "AR5");
        dieselOnly.AddFactor(new EmissionFactor(ActivityCategory.OnRoadDiesel, Gas.CO2Fossil, 2.6987m, Unit.Kilogram, Unit.Litre, "TGO"));

        ShouldFail(new CalculationBasis(dieselOnly, SeedData.Ar5, InventoryKind.Organisation, 2025), Record(ActivityCategory.TapWaterMwa, 1m, Unit.CubicMetre), "Category");
    }

    [Fact]
    public void Calculate_BiomassInEnergyWhenOnlyMassFactorsExist_NamesCategory()
    {
        var edition = new EmissionFactorEdition("MASS", "Mass only", "มวล", "test", 2000, null, "AR5");
        edition.AddFactor(new EmissionFactor(ActivityCategory.OnRoadDiesel, Gas.CO2Fossil, 2.6987m, Unit.Kilogram, Unit.Litre, "TGO"));
        edition.AddFactor(new EmissionFactor(ActivityCategory.StationaryFuelWood, Gas.CO2Biogenic, 1.7909m, Unit.Kilogram, Unit.Kilogram, "TGO"));

        ShouldFail(new CalculationBasis(edition, SeedData.Ar5, InventoryKind.Organisation, 2025), Record(ActivityCategory.StationaryFuelWood, 1m, Unit.GJ), "Category");
    }

    [Fact]
    public void Calculate_GwpSetWithoutAGas_NamesGwpSet()
    {
        var partial = new GwpSet("PART", "Partial", "test", new Dictionary<Gas, decimal> { [Gas.CH4Fossil] = 30m, [Gas.N2O] = 265m });

        ShouldFail(Cfo(gwp: partial), Record(ActivityCategory.RefrigerantR410A, 1m, Unit.Kilogram), "GwpSet");
    }

    [Fact]
    public void Calculate_QuantityAndNotationKey_NamesNotationKey() =>
        ShouldFail(Cfo(), Record(ActivityCategory.OnRoadDiesel, 1m, Unit.Litre) with { NotationKey = NotationKey.NE }, "NotationKey");

    [Fact]
    public void Calculate_NeitherQuantityNorKey_NamesQuantity() =>
        ShouldFail(Cfo(), new ActivityRecord(Guid.NewGuid(), ActivityCategory.OnRoadDiesel, null), "Quantity");

    [Fact]
    public void Calculate_NegativeQuantity_NamesQuantityValue() =>
        ShouldFail(Cfo(), Record(ActivityCategory.OnRoadDiesel, -1m, Unit.Litre), "Quantity.Value");

    [Fact]
    public void Calculate_ParametersOnAFactorCategory_NamesParameters() =>
        ShouldFail(Cfo(), Record(ActivityCategory.OnRoadDiesel, 1m, Unit.Litre) with { Parameters = new Domain.Calculation.Refrigerants.RefrigerantScreeningParameters(1m, 0.1m) }, "Parameters");

    [Fact]
    public void Calculate_CityGridElectricityInWasteSector_NamesGpcSubsector() =>
        ShouldFail(City(), Record(ActivityCategory.GridElectricity, 1m, Unit.KWh, GpcSubsector.Wastewater), "GpcSubsector");

    [Fact]
    public void Calculate_CustomFactorOfAnotherDimension_NamesCustomFactorPerUnit() =>
        ShouldFail(Cfo(), Record(ActivityCategory.OnRoadDiesel, 1m, Unit.Litre) with { CustomFactor = new CustomFactor(Gas.CO2e, 3m, Unit.Kilogram, "lab test") }, "CustomFactor.PerUnit");

    [Fact]
    public void Calculate_DuplicateLineId_NamesLineId()
    {
        var record = Record(ActivityCategory.OnRoadDiesel, 1m, Unit.Litre);

        var act = () => Run(Cfo(), record, record);

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "LineId");
    }

    [Fact]
    public void Calculate_WasteMethodFails_WrappedNamingLineAndMethodField()
    {
        var record = Record(ActivityCategory.SolidWasteDisposal, 100m, Unit.Tonne);
        MethodOutput Failing(CategoryDefinition d, Quantity? q, MethodParameters? p, int y) =>
            throw new DomainRuleException("Parameters.History", "history.missing", "No deposit history.");

        var act = () => EmissionCalculator.Calculate([record], Cfo(), Failing);

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "Parameters.History")
            .WithInnerException<DomainRuleException>();
    }

    [Fact]
    public void Calculate_WasteMethodNotYetAvailable_FailsLoudlyNamingTheLine()
    {
        var record = Record(ActivityCategory.SolidWasteDisposal, 100m, Unit.Tonne);
        MethodOutput NotYet(CategoryDefinition d, Quantity? q, MethodParameters? p, int y) => throw new NotSupportedException("not implemented");

        var act = () => EmissionCalculator.Calculate([record], Cfo(), NotYet);

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId);
    }
}
