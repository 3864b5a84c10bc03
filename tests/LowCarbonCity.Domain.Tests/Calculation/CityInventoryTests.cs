using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Tests.Calculation.Build;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>A small city inventory worked by hand (AR5, 2025 edition), GPC v1.1 reporting levels (docs/domain/methodology.md 3.3).</summary>
public class CityInventoryTests
{
    /// <summary>A stand-in for the waste methods: a fixed mass of non-fossil CH4 per tonne, so the scoping is testable now.</summary>
    private static MethodOutput FakeWaste(CategoryDefinition definition, Quantity? quantity, MethodParameters? parameters, int year) =>
        new([new GasMass(Gas.CH4NonFossil, quantity!.Value.ConvertTo(Unit.Tonne).Value * 10m)], Derivation.Of($"{quantity} × 10 kg CH4/t (test stand-in)"), "test convention");

    private static readonly ActivityRecord[] Records =
    [
        Record(ActivityCategory.GridElectricity, 10_000m, Unit.KWh, GpcSubsector.Residential),        // I.1.2: 4,999
        Record(ActivityCategory.StationaryLpg, 1_000m, Unit.Kilogram, GpcSubsector.Residential),      // I.1.1: 3,113.38545
        Record(ActivityCategory.OnRoadDiesel, 2_000m, Unit.Litre),                                    // II.1.1: 5,481.18
        Record(ActivityCategory.GridElectricity, 500m, Unit.KWh, GpcSubsector.OnRoad),                // II.1.2: 249.95 (EV charging)
        Record(ActivityCategory.StationaryNaturalGas, 100_000m, Unit.MJ, GpcSubsector.EnergyGenerationSuppliedToGrid), // I.4.4: 0.1 TJ × 56,156.5 = 5,615.65
        Record(ActivityCategory.WasteToThirdPartyLandfill, 100_000m, Unit.Kilogram),                  // III.1.2: 79,330 (scope 3, BASIC)
        Record(ActivityCategory.SolidWasteDisposal, 100m, Unit.Tonne),                                // III.1.1: 1,000 kg CH4 × 28 = 28,000
        Record(ActivityCategory.SolidWasteDisposal, 10m, Unit.Tonne) with { WasteBoundary = WasteTreatmentBoundary.GeneratedOutsideTreatedInCity }, // III.1.3: 2,800
        Record(ActivityCategory.RefrigerantR410A, 2m, Unit.Kilogram),                                 // IV.2: 3,847
        Record(ActivityCategory.TapWaterPwa, 1_000m, Unit.CubicMetre),                                // VI.1: 541
        Key(ActivityCategory.OffRoadDiesel, NotationKey.NE, "construction machinery fuel not surveyed"), // II.5.1: NE
    ];

    private static CityTotals Totals(CalculationBasis basis) => EmissionCalculator.Calculate(Records, basis, FakeWaste).City!;

    [Fact]
    public void Calculate_SmallCity_BasicBasicPlusAndTerritorialByHand()
    {
        var city = Totals(City());

        // BASIC = I.1.1 + I.1.2 + II.1.1 + II.1.2 + III.1.1 + III.1.2 (I.4.4, III.1.3, IV, VI excluded)
        city.BasicKg.Should().Be(3_113.38545m + 4_999m + 5_481.18m + 249.95m + 28_000m + 79_330m);
        // BASIC+ = BASIC + IV.2 (no x.3 numbers: T&D losses stay in x.2)
        city.BasicPlusKg.Should().Be(121_173.51545m + 3_847m);
        // Territorial = every scope-1 item: I.1.1 + II.1.1 + I.4.4 + III.1.1 + III.1.3 + IV.2
        city.TerritorialKg.Should().Be(3_113.38545m + 5_481.18m + 5_615.65m + 28_000m + 2_800m + 3_847m);
        city.Scope2Kg.Should().Be(4_999m + 249.95m);
        city.Scope3Kg.Should().Be(79_330m + 541m);
    }

    [Theory]
    [InlineData("I.1.1", EmissionScope.Scope1, true, true, true)]
    [InlineData("I.1.2", EmissionScope.Scope2, true, true, false)]
    [InlineData("I.4.4", EmissionScope.Scope1, false, false, true)]
    [InlineData("II.1.1", EmissionScope.Scope1, true, true, true)]
    [InlineData("II.1.2", EmissionScope.Scope2, true, true, false)]
    [InlineData("III.1.1", EmissionScope.Scope1, true, true, true)]
    [InlineData("III.1.2", EmissionScope.Scope3, true, true, false)]
    [InlineData("III.1.3", EmissionScope.Scope1, false, false, true)]
    [InlineData("IV.2", EmissionScope.Scope1, false, true, true)]
    [InlineData("VI.1", EmissionScope.Scope3, false, false, false)]
    public void Calculate_SmallCity_CellsCarryScopeAndReportingLevels(string reference, EmissionScope scope, bool basic, bool basicPlus, bool territorial)
    {
        var cell = Totals(City()).Cell(reference);

        cell.Should().NotBeNull();
        cell!.Scope.Should().Be(scope);
        (cell.InBasic, cell.InBasicPlus, cell.InTerritorial).Should().Be((basic, basicPlus, territorial));
        cell.Co2eKg.Should().BePositive();
    }

    [Fact]
    public void Calculate_NotationKeyLine_ReportedAsKeyNeverZero()
    {
        var result = EmissionCalculator.Calculate(Records, City(), FakeWaste);

        var cell = result.City!.Cell("II.5.1")!;
        cell.Co2eKg.Should().BeNull();
        cell.NotationKeys.Should().Equal(NotationKey.NE);
        cell.Notes.Should().ContainSingle().Which.Should().Contain("not surveyed");
        result.Lines.Single(l => l.NotationKey == NotationKey.NE).Co2eKg.Should().BeNull();
    }

    [Fact]
    public void Calculate_CityWithoutLossShare_TransmissionCellsSayIncludedElsewhere()
    {
        var city = Totals(City());

        city.Cell("I.1.3")!.NotationKeys.Should().Equal(NotationKey.IE);
        city.Cell("I.1.3")!.Co2eKg.Should().BeNull();
        city.Cell("II.1.3")!.NotationKeys.Should().Equal(NotationKey.IE);
    }

    [Fact]
    public void Calculate_CityWithLossShare_SplitsGridLineIntoX2AndBasicPlusX3WithoutAddingEmissions()
    {
        var basis = City() with { GridLossShare = 0.06m };
        var record = Record(ActivityCategory.GridElectricity, 10_000m, Unit.KWh, GpcSubsector.Residential);

        var result = EmissionCalculator.Calculate([record], basis);

        // hand: 10,000 × 0.94 × 0.4999 = 4,699.06; 10,000 × 0.06 × 0.4999 = 299.94; together 4,999
        result.City!.Cell("I.1.2")!.Co2eKg.Should().Be(4_699.06m);
        result.City.Cell("I.1.3")!.Co2eKg.Should().Be(299.94m);
        result.City.Cell("I.1.3")!.Scope.Should().Be(EmissionScope.Scope3);
        result.City.BasicKg.Should().Be(4_699.06m);
        result.City.BasicPlusKg.Should().Be(4_999m);
        result.Lines.Should().HaveCount(2).And.OnlyContain(l => l.LineId == record.LineId);
    }

    [Fact]
    public void Calculate_CityElectricityUpstream_GoesToOtherScope3()
    {
        var basis = City() with { IncludeElectricityUpstream = true };

        var result = EmissionCalculator.Calculate([Record(ActivityCategory.GridElectricity, 1_000m, Unit.KWh)], basis);

        result.City!.Cell("VI.1")!.Co2eKg.Should().Be(98.7m);
        result.City.BasicPlusKg.Should().Be(499.9m);
    }

    [Fact]
    public void Calculate_CityLineReferences_FollowSubsectorAndScopeDigit()
    {
        var result = EmissionCalculator.Calculate(Records, City(), FakeWaste);

        result.Lines.Select(l => l.GpcReference).Should().Equal(
            "I.1.2", "I.1.1", "II.1.1", "II.1.2", "I.4.4", "III.1.2", "III.1.1", "III.1.3", "IV.2", "VI.1", "II.5.1");
    }

    [Fact]
    public void Calculate_Organisation_HasNoGpcReferencesAndCfoScopes()
    {
        var result = EmissionCalculator.Calculate(Records, Cfo(), FakeWaste);

        result.City.Should().BeNull();
        result.Lines.Should().OnlyContain(l => l.GpcReference == null);
        result.Organisation!.Scope3Kg.Should().Be(79_330m + 541m);
        // the organisation operates both landfills: scope 1 (28,000 + 2,800)
        result.Organisation.Scope1Kg.Should().Be(3_113.38545m + 5_481.18m + 5_615.65m + 28_000m + 2_800m + 3_847m);
    }
}
