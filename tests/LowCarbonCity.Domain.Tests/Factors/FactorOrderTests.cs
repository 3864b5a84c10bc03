using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Factors;

public sealed class FactorOrderTests
{
    [Fact]
    public void Calculate_EditionLoadedInAnotherFactorOrder_GivesTheSameGasesAndFormula()
    {
        var seeded = SeedData.Tgo2022;
        var reversed = new EmissionFactorEdition(seeded.Code, seeded.NameEn, seeded.NameTh, seeded.Source, seeded.ValidFromYear, seeded.ValidToYear, seeded.DefaultGwpSetCode);
        foreach (var f in seeded.Factors.Reverse())
        {
            reversed.AddFactor(new EmissionFactor(f.Category, f.Gas, f.Value, f.MassUnit, f.PerUnit, f.Source, f.Note));
        }

        ActivityRecord[] records = [new(Guid.Empty, ActivityCategory.OffRoadDiesel, new Quantity(1000m, Unit.Litre))];

        var a = EmissionCalculator.Calculate(records, new CalculationBasis(seeded, SeedData.Ar5, InventoryKind.Organisation, 2025)).Lines.Single();
        var b = EmissionCalculator.Calculate(records, new CalculationBasis(reversed, SeedData.Ar5, InventoryKind.Organisation, 2025)).Lines.Single();

        b.Formula.Should().Be(a.Formula);
        b.Gases.Select(g => g.Gas).Should().Equal(a.Gases.Select(g => g.Gas));
    }
}
