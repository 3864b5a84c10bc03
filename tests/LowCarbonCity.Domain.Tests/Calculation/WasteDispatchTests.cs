using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>
/// Waste and wastewater lines go to the waste method family, and their gas masses get GWPs like any other line.
/// The family is replaced by a stand-in here; its own numbers are tested with it.
/// </summary>
public class WasteDispatchTests
{
    private static (CategoryDefinition Definition, Quantity? Quantity, MethodParameters? Parameters, int Year)? _lastCall;

    private static MethodOutput StandIn(CategoryDefinition definition, Quantity? quantity, MethodParameters? parameters, int year)
    {
        _lastCall = (definition, quantity, parameters, year);
        return new MethodOutput(
            [new GasMass(Gas.CH4NonFossil, 10m), new GasMass(Gas.N2O, 1m), new GasMass(Gas.CO2Biogenic, 50m)],
            Derivation.Of("100 t × 0.1 kg CH4/t (stand-in)"), "stand-in convention", LowQuality: true);
    }

    [Theory]
    [InlineData("AR5", "545")] // 10 × 28 + 1 × 265
    [InlineData("AR6", "543")] // 10 × 27 + 1 × 273
    [InlineData("AR4", "548")] // 10 × 25 + 1 × 298
    public void Calculate_WasteLine_MethodMassesTimesGwpOfTheSet(string set, string expected)
    {
        var basis = Cfo(gwp: SeedData.GwpSets.Single(s => s.Code == set));

        var line = EmissionCalculator.Calculate([Record(ActivityCategory.Composting, 100m, Unit.Tonne)], basis, StandIn).Lines.Single();

        line.Co2eKg.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        line.MemoCo2eKg.Should().Be(50m);
        line.Convention.Should().Be("stand-in convention");
        line.DataQuality.Should().Be(DataQuality.Low);
        line.Formula.Should().StartWith("100 t × 0.1 kg CH4/t (stand-in) → 10 kg CH4 (non-fossil) × ").And.Contain("memo, outside totals");
    }

    [Fact]
    public void Calculate_WasteLine_PassesDefinitionQuantityAndYear()
    {
        var record = Record(ActivityCategory.SepticTank, 5_000m, Unit.PersonYear);

        EmissionCalculator.Calculate([record], Cfo(2026), StandIn);

        _lastCall!.Value.Definition.Category.Should().Be(ActivityCategory.SepticTank);
        _lastCall.Value.Quantity.Should().Be(new Quantity(5_000m, Unit.PersonYear));
        _lastCall.Value.Year.Should().Be(2026);
    }
}
