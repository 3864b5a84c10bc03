using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>The dispatcher: which method runs, and what it refuses.</summary>
public class WasteMethodsTests
{
    [Fact]
    public void Calculate_ParametersOfAnotherMethod_ThrowsNamingParameters()
    {
        var act = () => WasteMethods.Calculate(ActivityCategories.Get(ActivityCategory.WastewaterCod), new Quantity(1m, Unit.CubicMetre), new SepticTankParameters(), 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("parameters");
    }

    [Fact]
    public void Calculate_FactorBasedCategory_ThrowsNamingDefinition()
    {
        var act = () => WasteMethods.Calculate(ActivityCategories.Get(ActivityCategory.StationaryDiesel), new Quantity(1m, Unit.Litre), null, 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("definition");
    }

    [Fact]
    public void Calculate_YearOutOfRange_ThrowsDomainRule()
    {
        var act = () => WasteMethods.Calculate(ActivityCategories.Get(ActivityCategory.SepticTank), new Quantity(1m, Unit.PersonYear), null, 1900);

        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Calculate_EveryWasteCategory_HasAParameterType()
    {
        foreach (var definition in ActivityCategories.All.Where(d => d.Method is not (CalculationMethod.EmissionFactor or CalculationMethod.Refrigerant)))
        {
            WasteMethods.ParameterType(definition.Method).Should().BeAssignableTo<LowCarbonCity.Domain.Calculation.MethodParameters>();
        }
    }

    [Fact]
    public void Calculate_NegativeQuantity_ThrowsNamingQuantity()
    {
        var act = () => WasteMethods.Calculate(ActivityCategories.Get(ActivityCategory.SepticTank), new Quantity(-1m, Unit.PersonYear), null, 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("quantity");
    }
}
