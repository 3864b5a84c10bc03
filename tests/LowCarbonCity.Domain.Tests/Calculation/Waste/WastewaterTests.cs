using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>Wastewater (docs/domain/methodology.md 3.9). All results in kg.</summary>
public class WastewaterTests
{
    private static readonly CategoryDefinition Domestic = ActivityCategories.Get(ActivityCategory.DomesticWastewater);
    private static readonly CategoryDefinition CodLine = ActivityCategories.Get(ActivityCategory.WastewaterCod);
    private static readonly CategoryDefinition Septic = ActivityCategories.Get(ActivityCategory.SepticTank);
    private static readonly CategoryDefinition Industrial = ActivityCategories.Get(ActivityCategory.IndustrialWastewater);

    private static decimal Kg(MethodOutput output, Gas gas) => output.Gases.Single(g => g.Gas == gas).Kg;

    [Fact]
    public void Calculate_DomesticSepticPathway_Ch4AndEffluentN2o()
    {
        // TOW = 10,000 × 40 g × 0.001 × I 1.00 (uncollected) × 365 = 146,000 kg BOD; CH4 = 0.6 × 0.5 × 146,000 = 43,800 kg.
        // N = 10,000 × 21.535 × 0.16 × 1.1 × 1.25 = 47,377 kg N; N2O = 47,377 × 0.005 × 44/28 = 372.2478571428… kg.
        var parameters = new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.SepticSystem, 1m)]);

        var output = WasteMethods.Calculate(Domestic, new Quantity(10_000m, Unit.PersonYear), parameters, 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(43_800m);
        Kg(output, Gas.N2O).Should().BeApproximately(372.247857142857m, 0.000001m);
    }

    [Fact]
    public void Calculate_DomesticTwoPathwaysWithSludgeAndRecovery_SumsPerPathway()
    {
        // Deep lagoon 0.6 (collected, I 1.25, MCF 0.8): TOW = 10,000 × 0.6 × 40 × 0.001 × 1.25 × 365 = 109,500 kg;
        //   S 9,500 → 100,000 × 0.6 × 0.8 = 48,000 kg.
        // River discharge 0.4 (uncollected, I 1.00, MCF 0.1): TOW = 10,000 × 0.4 × 0.04 × 365 = 58,400; × 0.6 × 0.1 = 3,504 kg.
        // CH4 = 48,000 + 3,504 − R 64 = 51,440 kg.
        var parameters = new DomesticWastewaterParameters(
            [new PathwayShare(TreatmentPathway.AnaerobicDeepLagoon, 0.6m, SludgeKgBod: 9_500m), new PathwayShare(TreatmentPathway.SeaRiverLakeDischarge, 0.4m)],
            RecoveredCh4Kg: 64m);

        Kg(WasteMethods.Calculate(Domestic, new Quantity(10_000m, Unit.PersonYear), parameters, 2024), Gas.CH4NonFossil).Should().Be(51_440m);
    }

    [Theory]
    // P = 1,000, collected pathways: TOW = 1,000 × 0.04 × 1.25 × 365 = 18,250 kg BOD; CH4 = 18,250 × 0.6 × MCF.
    [InlineData(TreatmentPathway.FlowingSewer, 0)]
    [InlineData(TreatmentPathway.StagnantSewer, 5475)]               // × 0.5
    [InlineData(TreatmentPathway.CentralisedAerobicOverloaded, 3285)] // × 0.3
    [InlineData(TreatmentPathway.CentralisedAerobicWellManaged2019, 328.5)] // × 0.03
    [InlineData(TreatmentPathway.AnaerobicReactor, 8760)]             // × 0.8
    [InlineData(TreatmentPathway.AnaerobicReactorAsia, 8212.5)]       // × 0.75
    [InlineData(TreatmentPathway.AnaerobicShallowLagoon, 2190)]       // × 0.2
    // Uncollected: TOW = 1,000 × 0.04 × 1.00 × 365 = 14,600 kg BOD; CH4 = 14,600 × 0.6 × MCF.
    [InlineData(TreatmentPathway.LatrineWet, 6132)]                   // × 0.7
    [InlineData(TreatmentPathway.LatrineDryCommunal, 4380)]           // × 0.5
    [InlineData(TreatmentPathway.LatrineDrySmallFamily, 876)]         // × 0.1
    public void Calculate_DomesticByPathway_UsesTable63Mcf(TreatmentPathway pathway, double expectedKg)
    {
        var parameters = new DomesticWastewaterParameters([new PathwayShare(pathway, 1m)], IncludeEffluentN2o: false);

        var output = WasteMethods.Calculate(Domestic, new Quantity(1_000m, Unit.PersonYear), parameters, 2024);

        output.Gases.Should().ContainSingle();
        Kg(output, Gas.CH4NonFossil).Should().Be((decimal)expectedKg);
    }

    [Fact]
    public void Calculate_DomesticN2oWithDisposalsAndSludgeNitrogen_SubtractsKgN()
    {
        // N = 10,000 × 21.535 × 0.16 × 1.4 × 1.25 − 377 kg N = 60,298 − 377 = 59,921 kg N;
        // N2O = 59,921 × 0.005 × 44/28 = 470.8078571428… kg. (Sludge is nitrogen, not BOD.)
        var parameters = new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.FlowingSewer, 1m)], GarbageDisposals: true, SludgeNitrogenKg: 377m);

        Kg(WasteMethods.Calculate(Domestic, new Quantity(10_000m, Unit.PersonYear), parameters, 2024), Gas.N2O)
            .Should().BeApproximately(470.807857142857m, 0.000001m);
    }

    [Fact]
    public void Calculate_DomesticAdvancedPlants_Adds32GramsPerPerson()
    {
        // Effluent 372.2478571428… kg (as above, 10,000 people, no disposals) + 10,000 × 0.5 × 1.25 × 3.2 g = 20 kg.
        var parameters = new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.CentralisedAerobicWellManaged, 1m)], AdvancedPlantFraction: 0.5m);

        Kg(WasteMethods.Calculate(Domestic, new Quantity(10_000m, Unit.PersonYear), parameters, 2024), Gas.N2O)
            .Should().BeApproximately(392.247857142857m, 0.000001m);
    }

    [Fact]
    public void Calculate_CodPsruExample_Gives18Point6Kg()
    {
        // PSRU green office: 775.2 m³ × 120 mg/L (0.120 kg/m³) = 93.024 kg COD × 0.25 × MCF 0.8 = 18.6048 kg CH4.
        var output = WasteMethods.Calculate(CodLine, new Quantity(775.2m, Unit.CubicMetre), new WastewaterCodParameters(120m, Mcf: 0.8m), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(18.6048m);
        output.Formula.Should().Contain("93.024 kg COD");
    }

    [Fact]
    public void Calculate_CodInLitres_ConvertsToCubicMetres()
    {
        // 775,200 L = 775.2 m³: same 18.6048 kg; pathway AnaerobicReactor gives MCF 0.8.
        var output = WasteMethods.Calculate(CodLine, new Quantity(775_200m, Unit.Litre), new WastewaterCodParameters(120m, Pathway: TreatmentPathway.AnaerobicReactor), 2024);

        Kg(output, Gas.CH4NonFossil).Should().Be(18.6048m);
    }

    [Fact]
    public void Calculate_SepticTank_PeopleBodDays06And05()
    {
        // 100 person-years × 365 d × 40 g × 0.001 × 0.6 × 0.5 = 438 kg CH4.
        Kg(WasteMethods.Calculate(Septic, new Quantity(100m, Unit.PersonYear), null, 2024), Gas.CH4NonFossil).Should().Be(438m);
    }

    [Fact]
    public void Calculate_Industrial_TowMinusSludgeTimesBoMcfMinusR()
    {
        // TOW = 10,000 m³ × 3 kg COD/m³ = 30,000 kg; (30,000 − 2,000) × 0.25 × 0.8 = 5,600; − R 600 = 5,000 kg.
        var parameters = new IndustrialWastewaterParameters(3m, Pathway: TreatmentPathway.AnaerobicReactor, SludgeKgCod: 2_000m, RecoveredCh4Kg: 600m);

        Kg(WasteMethods.Calculate(Industrial, new Quantity(10_000m, Unit.CubicMetre), parameters, 2024), Gas.CH4NonFossil).Should().Be(5_000m);
    }

    [Fact]
    public void Calculate_PathwayFractionsNotSummingToOne_ThrowsNamingPathways()
    {
        var parameters = new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.SepticSystem, 0.7m)]);

        var act = () => WasteMethods.Calculate(Domestic, new Quantity(1m, Unit.PersonYear), parameters, 2024);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("pathways");
    }

    [Fact]
    public void Calculate_QuantityOfWrongDimension_ThrowsUnitMismatch()
    {
        var act = () => WasteMethods.Calculate(CodLine, new Quantity(1m, Unit.Tonne), new WastewaterCodParameters(120m, Mcf: 0.8m), 2024);

        act.Should().Throw<UnitMismatchException>();
    }
}
