using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>
/// Incineration and open burning (docs/domain/methodology.md 3.8). Reference composition (wet fractions) with Table 2.4
/// dm/CF/FCF: plastics 0.2 (1.00/0.75/1.00), food 0.5 (0.40/0.38/0), paper 0.3 (0.90/0.46/0.01).
///   Fossil Σ WF×dm×CF×FCF = 0.2×1×0.75×1 + 0 + 0.3×0.9×0.46×0.01 = 0.15 + 0.001242 = 0.151242.
///   Biogenic Σ WF×dm×CF×(1−FCF) = 0.5×0.4×0.38 + 0.3×0.9×0.46×0.99 = 0.076 + 0.122958 = 0.198958.
///   Dry fraction Σ WF×dm = 0.2 + 0.2 + 0.27 = 0.67.
/// </summary>
public class IncinerationTests
{
    private static readonly CategoryDefinition IncinerationLine = ActivityCategories.Get(ActivityCategory.Incineration);
    private static readonly CategoryDefinition OpenBurningLine = ActivityCategories.Get(ActivityCategory.OpenBurning);

    private static readonly CompositionShare[] Mix =
    [
        new(WasteComponent.Plastics, 0.2m),
        new(WasteComponent.Food, 0.5m),
        new(WasteComponent.Paper, 0.3m),
    ];

    private static decimal Kg(MethodOutput output, Gas gas) => output.Gases.Single(g => g.Gas == gas).Kg;

    [Fact]
    public void Calculate_ContinuousStoker_FossilAndBiogenicCo2Ch4N2o()
    {
        // CO2 fossil = 1000 t × 0.151242 × 1.0 × 44/12 = 554.554 t = 554,554 kg.
        // CO2 biogenic = 1000 × 0.198958 × 44/12 = 729.512666… t. CH4 = 1000 t × 0.2 g/t = 0.2 kg. N2O = 1000 × 50 g/t = 50 kg.
        var output = WasteMethods.Calculate(IncinerationLine, new Quantity(1000m, Unit.Tonne), new IncinerationParameters(Mix), 2024);

        Kg(output, Gas.CO2Fossil).Should().Be(554_554m);
        Kg(output, Gas.CO2Biogenic).Should().BeApproximately(729_512.666667m, 0.000001m);
        Kg(output, Gas.CH4NonFossil).Should().Be(0.2m);
        Kg(output, Gas.N2O).Should().Be(50m);
        GasRules.IsMemo(Gas.CO2Biogenic).Should().BeTrue();
    }

    [Fact]
    public void Calculate_BatchStoker_Uses60ForCh4AndN2o()
    {
        // CH4 = 1000 t × 60 g/t = 60 kg (Table 5.3); N2O batch = 1000 × 60 g/t wet = 60 kg (Table 5.6).
        var output = WasteMethods.Calculate(IncinerationLine, new Quantity(1000m, Unit.Tonne), new IncinerationParameters(Mix, IncineratorTechnology.BatchStoker), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(60m);
        Kg(output, Gas.N2O).Should().Be(60m);
    }

    [Fact]
    public void Calculate_OpenBurning_Of058AndDryBasisN2o()
    {
        // CO2 fossil = 1000 × 0.151242 × 0.58 × 44/12 = 1000 × 0.08772036 × 44/12 = 321.64132 t.
        // CH4 = 1000 t × 6500 g/t = 6500 kg. N2O per DRY tonne: 1000 × 0.67 = 670 t dry × 150 g = 100.5 kg.
        var output = WasteMethods.Calculate(OpenBurningLine, new Quantity(1000m, Unit.Tonne), new IncinerationParameters(Mix), 2024);

        Kg(output, Gas.CO2Fossil).Should().Be(321_641.32m);
        Kg(output, Gas.CH4NonFossil).Should().Be(6500m);
        Kg(output, Gas.N2O).Should().Be(100.5m);
        output.Formula.Should().Contain("g/t dry");
    }

    [Fact]
    public void Calculate_OpenBurningWithoutQuantity_UsesEq57()
    {
        // MSW_B = 100,000 × 0.3 × 1.0 kg/d × 0.6 × 365 × 10⁻⁶ = 6.57 Gg = 6,570 t; CH4 = 6,570 × 6.5 kg/t = 42,705 kg.
        var parameters = new IncinerationParameters(Mix, OpenBurningEstimate: new OpenBurningEstimate(100_000m, 0.3m, 1.0m));

        var output = WasteMethods.Calculate(OpenBurningLine, null, parameters, 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(42_705m);
        output.Formula.Should().Contain("6.57 Gg");
    }

    [Theory]
    // Sludge 100 t wet, dm 0.25: wet 100 × 900 g = 90 kg; dry 25 t × 990 g = 24.75 kg.
    [InlineData(MassBasis.Wet, 90)]
    [InlineData(MassBasis.Dry, 24.75)]
    public void Calculate_SewageSludge_N2oOnChosenBasis(MassBasis basis, double expectedKg)
    {
        // Biogenic CO2 = 100 × 0.25 × 0.45 × 1 × 44/12 = 41.25 t; fossil 0.
        var parameters = new IncinerationParameters([new(WasteComponent.Other, 1m, 0.25m, 0.45m, 0m)], Stream: WasteStream.SewageSludge, SludgeN2oBasis: basis);

        var output = WasteMethods.Calculate(IncinerationLine, new Quantity(100m, Unit.Tonne), parameters, 2024);

        Kg(output, Gas.N2O).Should().Be((decimal)expectedKg);
        Kg(output, Gas.CO2Fossil).Should().Be(0m);
        Kg(output, Gas.CO2Biogenic).Should().Be(41_250m);
    }

    [Fact]
    public void Calculate_IndustrialClinical_Uses100GramsPerTonneWet()
    {
        // 10 t × 100 g/t = 1 kg N2O.
        var parameters = new IncinerationParameters([new(WasteComponent.Plastics, 1m)], Stream: WasteStream.IndustrialHazardousClinical);

        Kg(WasteMethods.Calculate(IncinerationLine, new Quantity(10m, Unit.Tonne), parameters, 2024), Gas.N2O).Should().Be(1m);
    }

    [Fact]
    public void Calculate_CompositionNotSummingToOne_ThrowsNamingComposition()
    {
        var act = () => WasteMethods.Calculate(IncinerationLine, new Quantity(10m, Unit.Tonne), new IncinerationParameters([new(WasteComponent.Food, 0.9m)]), 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("composition");
    }

    [Fact]
    public void Calculate_OtherComponentWithoutCarbon_ThrowsNamingIt()
    {
        var act = () => WasteMethods.Calculate(IncinerationLine, new Quantity(10m, Unit.Tonne), new IncinerationParameters([new(WasteComponent.Other, 1m, 0.5m)]), 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("composition[0]");
    }
}
