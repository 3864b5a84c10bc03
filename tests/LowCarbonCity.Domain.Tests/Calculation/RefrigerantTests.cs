using System.Globalization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>Refrigerant blends = component mass fractions × component GWPs (docs/domain/methodology.md 2.4, 2.5).</summary>
public class RefrigerantTests
{
    [Theory]
    // AR5: 0.5×677 + 0.5×3170; 0.44×3170 + 0.52×4800 + 0.04×1300; 0.2×677 + 0.4×3170 + 0.4×1300; 0.23×677 + 0.25×3170 + 0.52×1300
    [InlineData(ActivityCategory.RefrigerantR410A, "AR5", "1923.5")]
    [InlineData(ActivityCategory.RefrigerantR404A, "AR5", "3942.8")]
    [InlineData(ActivityCategory.RefrigerantR407A, "AR5", "1923.4")]
    [InlineData(ActivityCategory.RefrigerantR407C, "AR5", "1624.21")]
    [InlineData(ActivityCategory.RefrigerantR32, "AR5", "677")]
    [InlineData(ActivityCategory.RefrigerantR125, "AR5", "3170")]
    [InlineData(ActivityCategory.RefrigerantR134, "AR5", "1120")]
    [InlineData(ActivityCategory.RefrigerantR134a, "AR5", "1300")]
    [InlineData(ActivityCategory.RefrigerantR143, "AR5", "328")]
    [InlineData(ActivityCategory.RefrigerantR143a, "AR5", "4800")]
    // AR6 (docs/domain/methodology.md 2.5 derived): 0.5×771 + 0.5×3740; 0.44×3740 + 0.52×5810 + 0.04×1530; 0.23×771 + 0.25×3740 + 0.52×1530
    [InlineData(ActivityCategory.RefrigerantR410A, "AR6", "2255.5")]
    [InlineData(ActivityCategory.RefrigerantR404A, "AR6", "4728.0")]
    [InlineData(ActivityCategory.RefrigerantR407C, "AR6", "1907.93")]
    public void Calculate_OneKilogramRefilled_BlendGwpFromComponentFractions(ActivityCategory category, string gwpSet, string expected)
    {
        var gwp = SeedData.GwpSets.Single(s => s.Code == gwpSet);

        One(Cfo(gwp: gwp), Record(category, 1m, Unit.Kilogram)).Co2eKg.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    // AR4 (the values some public code mislabels "AR5"): 2087.5 → 2088; 3921.6 → 3922; 1773.85 → 1774
    [InlineData(ActivityCategory.RefrigerantR410A, "2087.5", 2088)]
    [InlineData(ActivityCategory.RefrigerantR404A, "3921.6", 3922)]
    [InlineData(ActivityCategory.RefrigerantR407C, "1773.85", 1774)]
    public void Calculate_OneKilogramUnderAr4_GivesTheAr4BlendValues(ActivityCategory category, string exact, int rounded)
    {
        var co2e = One(Cfo(gwp: SeedData.Ar4), Record(category, 1m, Unit.Kilogram)).Co2eKg!.Value;

        co2e.Should().Be(decimal.Parse(exact, CultureInfo.InvariantCulture));
        Math.Round(co2e, 0, MidpointRounding.AwayFromZero).Should().Be(rounded);
    }

    [Fact]
    public void Calculate_R410A_KeepsComponentMassesPerGas()
    {
        var line = One(Cfo(), Record(ActivityCategory.RefrigerantR410A, 3m, Unit.Kilogram));

        line.MassKg(Gas.HFC32).Should().Be(1.5m);
        line.MassKg(Gas.HFC125).Should().Be(1.5m);
        line.Formula.Should().Be("3 kg × (0.5 kg HFC-32/kg × 677 + 0.5 kg HFC-125/kg × 3,170) = 5,770.5 kg CO2e");
    }

    [Fact]
    public void Calculate_R22_IsMemoOutsideEveryScopeTotal()
    {
        var result = Run(Cfo(), Record(ActivityCategory.RefrigerantR22, 10m, Unit.Kilogram));

        var line = result.Lines.Single();
        line.Co2eKg.Should().Be(0m);
        line.MemoCo2eKg.Should().Be(17600m);
        result.Organisation!.TotalKg.Should().Be(0m);
        result.Organisation.MemoKg.Should().Be(17600m);
    }

    [Fact]
    public void Calculate_ScreeningMethod_ChargeTimesLeakRateTimesComponents()
    {
        var record = new ActivityRecord(Guid.NewGuid(), ActivityCategory.RefrigerantR410A, null,
            Parameters: new RefrigerantScreeningParameters(10m, 0.05m, RefrigerationEquipmentClass.ResidentialCommercialAirConditioning));

        var line = One(Cfo(), record);

        // hand: 10 kg × 0.05 = 0.5 kg × 1923.5
        line.Co2eKg.Should().Be(961.75m);
        line.Convention.Should().Contain("screening");
        line.Formula.Should().StartWith("10 kg charge × 0.05 leak rate/yr = 0.5 kg × (");
    }

    [Fact]
    public void Calculate_ScreeningWithAQuantityToo_RefusedNamingQuantity()
    {
        var record = new ActivityRecord(Guid.NewGuid(), ActivityCategory.RefrigerantR32, new Quantity(1m, Unit.Kilogram),
            Parameters: new RefrigerantScreeningParameters(10m, 0.05m));

        var act = () => Run(Cfo(), record);

        act.Should().Throw<CalculationException>().Where(e => e.LineId == record.LineId && e.Field == "Quantity");
    }

    [Fact]
    public void Calculate_ScreeningLeakRateAboveOne_RefusedNamingTheParameter()
    {
        var record = new ActivityRecord(Guid.NewGuid(), ActivityCategory.RefrigerantR32, null, Parameters: new RefrigerantScreeningParameters(10m, 5m));

        var act = () => Run(Cfo(), record);

        act.Should().Throw<CalculationException>().Where(e => e.Field == "Parameters.annualLeakRate");
    }

    [Fact]
    public void DefaultRange_EveryEquipmentClass_IsWithinZeroAndOne()
    {
        foreach (var equipment in Enum.GetValues<RefrigerationEquipmentClass>())
        {
            var (low, high) = RefrigerantLeakRates.DefaultRange(equipment);
            low.Should().BeInRange(0m, high);
            high.Should().BeLessThanOrEqualTo(1m);
        }
    }

    [Fact]
    public void Parse_RefrigerantJson_GivesScreeningParameters()
    {
        var parsed = MethodParametersJson.Parse(CalculationMethod.Refrigerant, """{"chargeKg": 2.5, "annualLeakRate": 0.05, "equipmentClass": "Chillers"}""");

        parsed.Should().Be(new RefrigerantScreeningParameters(2.5m, 0.05m, RefrigerationEquipmentClass.Chillers));
    }

    [Fact]
    public void Parse_RefrigerantJsonOutOfRange_ThrowsNamingTheJsonProperty()
    {
        var act = () => MethodParametersJson.Parse(CalculationMethod.Refrigerant, """{"chargeKg": -1, "annualLeakRate": 0.05}""");

        act.Should().Throw<MethodParameterRangeException>().Where(e => e.Parameter == "chargeKg" && e.Minimum == 0m && e.Maximum == null && e.Value == -1m);
    }

    [Theory]
    [InlineData(ActivityCategory.FireExtinguisherCO2, "10", Gas.CO2Fossil, "10")]
    [InlineData(ActivityCategory.SwitchgearSF6, "0.5", Gas.SF6, "11750")] // 0.5 × 23,500
    public void Calculate_OtherFugitives_MassTimesGwp(ActivityCategory category, string kg, Gas gas, string expected)
    {
        var line = One(Cfo(), Record(category, decimal.Parse(kg, CultureInfo.InvariantCulture), Unit.Kilogram));

        line.Gases.Should().ContainSingle().Which.Gas.Should().Be(gas);
        line.Co2eKg.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
        line.Scope.Should().Be(EmissionScope.Scope1);
    }
}
