using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>Biological treatment (docs/domain/methodology.md 3.7, IPCC 2006 Table 4.1); t × g/kg = kg.</summary>
public class BiologicalTreatmentTests
{
    private static readonly CategoryDefinition Composting = ActivityCategories.Get(ActivityCategory.Composting);
    private static readonly CategoryDefinition Digestion = ActivityCategories.Get(ActivityCategory.AnaerobicDigestion);

    private static decimal Kg(MethodOutput output, Gas gas) => output.Gases.Single(g => g.Gas == gas).Kg;

    [Fact]
    public void Calculate_CompostingWetDefaults_Uses4And024GramsPerKg()
    {
        // CH4 = 100 t × 4 g/kg = 400 kg; N2O = 100 t × 0.24 g/kg = 24 kg.
        var output = WasteMethods.Calculate(Composting, new Quantity(100m, Unit.Tonne), null, 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(400m);
        Kg(output, Gas.N2O).Should().Be(24m);
        output.Formula.Should().Contain("wet basis");
    }

    [Fact]
    public void Calculate_CompostingDryBasisWithRecovery_Uses10And06AndSubtractsR()
    {
        // 40 t dry: CH4 = 40 × 10 g/kg = 400 kg, minus R 0.05 t = 50 kg → 350 kg; N2O = 40 × 0.6 = 24 kg.
        var output = WasteMethods.Calculate(Composting, new Quantity(40_000m, Unit.Kilogram), new BiologicalTreatmentParameters(MassBasis.Dry, 0.05m), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(350m);
        Kg(output, Gas.N2O).Should().Be(24m);
    }

    [Fact]
    public void Calculate_AnaerobicDigestionWithRecovery_SubtractsUnroundedR()
    {
        // 200 t wet × 0.8 g/kg = 160 kg CH4; R = 0.1234 t = 123.4 kg → 36.6 kg; N2O negligible (0).
        var output = WasteMethods.Calculate(Digestion, new Quantity(200m, Unit.Tonne), new BiologicalTreatmentParameters(RecoveredCh4Tonnes: 0.1234m), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(36.6m);
        Kg(output, Gas.N2O).Should().Be(0m);
    }

    [Fact]
    public void Calculate_AnaerobicDigestionDry_Uses2GramsPerKg()
    {
        // 50 t dry × 2 g/kg = 100 kg CH4.
        var output = WasteMethods.Calculate(Digestion, new Quantity(50m, Unit.Tonne), new BiologicalTreatmentParameters(MassBasis.Dry), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(100m);
    }

    [Fact]
    public void Calculate_RecoveryAboveGeneration_IsZeroAndSaysSo()
    {
        // 100 t × 0.8 g/kg = 80 kg < R 1 t: CH4 floored at 0.
        var output = WasteMethods.Calculate(Digestion, new Quantity(100m, Unit.Tonne), new BiologicalTreatmentParameters(RecoveredCh4Tonnes: 1m), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(0m);
        output.Formula.Should().Contain("never negative");
    }

    [Fact]
    public void Calculate_WithoutQuantity_ThrowsNamingQuantity()
    {
        var act = () => WasteMethods.Calculate(Composting, null, null, 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("quantity");
    }
}
