using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation.Waste;

/// <summary>
/// Solid-waste disposal (docs/domain/methodology.md 3.6). Expected values are worked by hand from the IPCC/GPC closed forms.
/// Reference case: 1000 t food waste deposited in 2000 at a managed anaerobic site (MCF 1.0) in the tropical
/// moist/wet zone (k = 0.40), DOC 0.15, DOCf 0.5, F 0.5, OX 0.
///   DDOCm_d = 1000 × 0.15 × 0.5 × 1.0 = 75 t;   75 t × F 0.5 × 16/12 = 50 t CH4 in total (the commitment).
///   e^-0.4 = 0.6703200460356393, 1 − e^-0.4 = 0.3296799539643607.
///   IPCC (6-month delay): CH4(2000) = 0; CH4(2000 + n) = 50 t × e^{-0.4 (n − 1)} × (1 − e^-0.4).
/// Tolerance: 1e-6 kg (e^-k passes through double once, about 16 significant digits).
/// </summary>
public class SolidWasteDisposalTests
{
    private const decimal Tolerance = 0.000001m;
    private static readonly CategoryDefinition Definition = ActivityCategories.Get(ActivityCategory.SolidWasteDisposal);

    private static SolidWasteDisposalParameters FoodSite(LandfillConvention convention = LandfillConvention.IpccFirstOrderDecay, bool backCast = false) =>
        new(SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, [new LandfillDeposit(2000, WasteType.Food, 1000m, backCast)], convention);

    private static decimal Ch4Kg(MethodOutput output) => output.Gases.Single(g => g.Gas == Gas.CH4NonFossil).Kg;

    [Theory]
    // n = 1: 50 × 0.3296799539643607                      = 16.483997698218035 t
    [InlineData(2001, 16483.997698218035)]
    // n = 2: 50 × 0.6703200460356393 × 0.3296799539643607 = 11.049554095920885 t
    [InlineData(2002, 11049.554095920885)]
    // n = 3: 50 × 0.6703200460356393² × 0.3296799539643607 = 7.406737610250975 t
    [InlineData(2003, 7406.737610250975)]
    // n = 4: 50 × 0.6703200460356393³ × 0.3296799539643607 = 4.964884695877334 t
    [InlineData(2004, 4964.884695877334)]
    // n = 5: 50 × 0.6703200460356393⁴ × 0.3296799539643607 = 3.328061737902136 t
    [InlineData(2005, 3328.061737902136)]
    public void Calculate_SingleFoodDepositIpcc_FollowsClosedFormYearByYear(int year, double expectedKg)
    {
        var output = WasteMethods.Calculate(Definition, null, FoodSite(), year);

        Ch4Kg(output).Should().BeApproximately((decimal)expectedKg, Tolerance);
        output.Convention.Should().Contain("6-month delay");
        output.LowQuality.Should().BeFalse();
    }

    [Fact]
    public void Calculate_IpccInDepositYear_IsZero()
    {
        // With M = 13 the deposit starts to decay on 1 January of the following year.
        Ch4Kg(WasteMethods.Calculate(Definition, null, FoodSite(), 2000)).Should().Be(0m);
    }

    [Fact]
    public void Calculate_GpcVariant_EqualsIpccSeriesOneYearEarlier()
    {
        // GPC Eq 8.2 includes x = t: CH4_GPC(2000) = 50 × (1 − e^-0.4) = 16.483997698218035 t, = CH4_IPCC(2001).
        Ch4Kg(WasteMethods.Calculate(Definition, null, FoodSite(LandfillConvention.GpcNoDelay), 2000))
            .Should().BeApproximately(16483.997698218035m, Tolerance);
        for (var year = 2000; year <= 2040; year++)
        {
            var gpc = WasteMethods.Calculate(Definition, null, FoodSite(LandfillConvention.GpcNoDelay), year);
            var ipcc = WasteMethods.Calculate(Definition, null, FoodSite(), year + 1);
            Ch4Kg(gpc).Should().Be(Ch4Kg(ipcc), "GPC({0}) is IPCC({1})", year, year + 1);
            gpc.Convention.Should().Contain("GPC Eq 8.2");
        }
    }

    [Fact]
    public void Calculate_SumOverLongHorizon_EqualsMethaneCommitmentWithSameDocf()
    {
        // Commitment with DOCf 0.5: 1000 t × L0, L0 = 1.0 × 0.15 × 0.5 × 0.5 × 16/12 = 0.05 → 50 t = 50,000 kg.
        // FOD sum 2001..2100 = 50 t × (1 − e^{-0.4 × 100}) = 50 t × (1 − 4.2e-18): equal within 1e-6 kg.
        var commitment = WasteMethods.Calculate(Definition, null, FoodSite(LandfillConvention.MethaneCommitment) with { Docf = 0.5m }, 2000);
        Ch4Kg(commitment).Should().Be(50_000m);

        var sum = 0m;
        for (var year = 2000; year <= 2100; year++)
        {
            sum += Ch4Kg(WasteMethods.Calculate(Definition, null, FoodSite(), year));
        }

        sum.Should().BeApproximately(Ch4Kg(commitment), Tolerance);
    }

    [Fact]
    public void Calculate_SumOverLongHorizonSlowPaper_EqualsCommitmentWithinResidual()
    {
        // 1000 t paper in 1950, k = 0.07 (tropical moist/wet), MCF 1, DOC 0.40, DOCf 0.5:
        // commitment = 1000 × 1 × 0.40 × 0.5 × 0.5 × 16/12 = 133.333… t. FOD sum 1951..2100 (150 years) =
        // 133.333… × (1 − e^{-0.07 × 150}) = 133.333… × (1 − 2.75e-5): residual 3.67 kg. Tolerance 4 kg.
        var site = new SolidWasteDisposalParameters(SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, [new LandfillDeposit(1950, WasteType.Paper, 1000m)]);
        var sum = 0m;
        for (var year = 1950; year <= 2100; year++)
        {
            sum += Ch4Kg(WasteMethods.Calculate(Definition, null, site, year));
        }

        var commitment = Ch4Kg(WasteMethods.Calculate(Definition, null, site with { Convention = LandfillConvention.MethaneCommitment, Docf = 0.5m }, 1950));
        commitment.Should().BeApproximately(133_333.333333m, 0.001m);
        sum.Should().BeApproximately(commitment, 4m).And.BeLessThan(commitment);
    }

    [Fact]
    public void Calculate_OxidationAndRecovery_SubtractsRecoveryThenOxidises()
    {
        // 2001: generated 16.483997698218035 t; R = 5 t; covered site OX 0.1:
        // (16.483997698218035 − 5) × (1 − 0.1) = 10.3355979283962315 t.
        var site = FoodSite() with { CoveredWithOxidisingMaterial = true, RecoveredCh4 = [new RecoveredMethane(2001, 5m)] };

        var output = WasteMethods.Calculate(Definition, null, site, 2001);

        Ch4Kg(output).Should().BeApproximately(10335.5979283962315m, Tolerance);
        output.Formula.Should().Contain("R 5").And.Contain("OX 0.1");
    }

    [Fact]
    public void Calculate_RecoveryAboveGeneration_IsZeroNotNegative()
    {
        var site = FoodSite() with { RecoveredCh4 = [new RecoveredMethane(2001, 100m)] };

        var output = WasteMethods.Calculate(Definition, null, site, 2001);

        Ch4Kg(output).Should().Be(0m);
        output.Formula.Should().Contain("never negative");
    }

    [Fact]
    public void Calculate_TwoWasteTypes_SumsPerTypeDecay()
    {
        // Food as above: 16.483997698218035 t in 2001.
        // Paper 1000 t in 2000: DDOCm_d = 1000 × 0.40 × 0.5 × 1 = 200 t; k = 0.07, 1 − e^-0.07 = 0.0676061800940517;
        // CH4(2001) = 200 × 0.0676061800940517 × 0.5 × 16/12 = 9.01415734587356 t. Sum = 25.498155044091595 t.
        var site = FoodSite() with { Deposits = [new LandfillDeposit(2000, WasteType.Food, 1000m), new LandfillDeposit(2000, WasteType.Paper, 1000m)] };

        Ch4Kg(WasteMethods.Calculate(Definition, null, site, 2001)).Should().BeApproximately(25498.155044091595m, Tolerance);
    }

    [Fact]
    public void Calculate_BackCastDepositContributes_IsLowQuality()
    {
        var site = FoodSite() with { Deposits = [new LandfillDeposit(1999, WasteType.Food, 500m, IsBackCast: true), new LandfillDeposit(2000, WasteType.Food, 1000m)] };

        WasteMethods.Calculate(Definition, null, site, 2001).LowQuality.Should().BeTrue();
        // In 1999 (IPCC delay) the back-cast deposit has not started to decay: nothing estimated contributes.
        WasteMethods.Calculate(Definition, null, site, 1999).LowQuality.Should().BeFalse();
        // GPC: the deposit year decays, so it contributes in 1999.
        WasteMethods.Calculate(Definition, null, site with { Convention = LandfillConvention.GpcNoDelay }, 1999).LowQuality.Should().BeTrue();
    }

    [Fact]
    public void Calculate_MethaneCommitmentDefaults_UsesDocf06AndRecoveryFraction()
    {
        // L0 = 1.0 × 0.15 × 0.6 × 0.5 × 16/12 = 0.06; 1000 t × 0.06 = 60 t;
        // f_rec 0.2, OX 0.1: 60 × 0.8 × 0.9 = 43.2 t = 43,200 kg.
        var site = FoodSite(LandfillConvention.MethaneCommitment) with { CommitmentRecoveryFraction = 0.2m, CoveredWithOxidisingMaterial = true };

        var output = WasteMethods.Calculate(Definition, null, site, 2000);

        Ch4Kg(output).Should().Be(43_200m);
        output.Convention.Should().Contain("methane commitment");
        WasteMethods.Calculate(Definition, null, site, 2001).Gases.Single().Kg.Should().Be(0m, "nothing deposited in 2001");
    }

    [Fact]
    public void Calculate_LineQuantityWithoutHistoryForYear_IsBulkDepositOfThatYear()
    {
        // No 2020 deposit in the history: the line's 500 t is the bulk-MSW deposit of 2020, bulk DOC 0.15.
        // Commitment: 500 × (1.0 × 0.15 × 0.6 × 0.5 × 16/12 = 0.06) = 30 t = 30,000 kg.
        var site = FoodSite(LandfillConvention.MethaneCommitment) with { BulkDoc = 0.15m };

        var output = WasteMethods.Calculate(Definition, new Quantity(500m, Unit.Tonne), site, 2020);

        Ch4Kg(output).Should().Be(30_000m);
        output.Formula.Should().Contain("added as the bulk-MSW deposit of 2020");
    }

    [Fact]
    public void Calculate_LineQuantityWhenHistoryHasYear_HistoryWins()
    {
        // History records 1000 t food in 2000; the line says 800 t. Commitment uses the 1000 t: 60 t = 60,000 kg.
        var output = WasteMethods.Calculate(Definition, new Quantity(800_000m, Unit.Kilogram), FoodSite(LandfillConvention.MethaneCommitment), 2000);

        Ch4Kg(output).Should().Be(60_000m);
        output.Formula.Should().Contain("not used");
    }

    [Fact]
    public void Calculate_BulkDepositWithoutBulkDoc_ThrowsNamingBulkDoc()
    {
        var act = () => WasteMethods.Calculate(Definition, new Quantity(500m, Unit.Tonne), FoodSite(), 2020);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("bulkDoc");
    }

    [Fact]
    public void Calculate_WithoutParameters_Throws()
    {
        var act = () => WasteMethods.Calculate(Definition, new Quantity(500m, Unit.Tonne), null, 2020);

        act.Should().Throw<ArgumentException>().WithMessage("*SolidWasteDisposalParameters*");
    }

    [Fact]
    public void BackCast_MissingEarlyYears_FillsFromPopulationAndMarksThem()
    {
        // 10,000 people × 1.2 kg/person/day × 365 × 0.8 landfilled / 1000 = 3,504 t per year,
        // split 60 % food (2,102.4 t) / 40 % paper (1,401.6 t).
        var recorded = new[] { new LandfillDeposit(2000, WasteType.Food, 1000m) };
        var population = new Dictionary<int, decimal> { [1998] = 10_000m, [1999] = 10_000m };

        var filled = SolidWasteDisposal.BackCast(recorded, 1998, population, 1.2m, 0.8m, [new WasteShare(WasteType.Food, 0.6m), new WasteShare(WasteType.Paper, 0.4m)]);

        filled.Should().HaveCount(5);
        filled.Where(d => d.Year < 2000).Should().OnlyContain(d => d.IsBackCast);
        filled.Single(d => d.Year == 1998 && d.WasteType == WasteType.Food).Tonnes.Should().Be(2102.4m);
        filled.Single(d => d.Year == 1999 && d.WasteType == WasteType.Paper).Tonnes.Should().Be(1401.6m);
        filled.Single(d => d.Year == 2000).IsBackCast.Should().BeFalse();
    }

    [Fact]
    public void FromSite_SiteEntity_CopiesManagementClimateCoverAndDeposits()
    {
        var site = new SolidWasteSite(Guid.Empty, 1, "Municipal dump", SiteManagement.UnmanagedDeep, ClimateZone.TropicalDry, coveredWithOxidisingMaterial: true);
        site.SetDeposit(2001, WasteType.Food, 10m, isBackCast: false);
        site.SetDeposit(2000, WasteType.Paper, 5m, isBackCast: true);

        var p = SolidWasteDisposalParameters.FromSite(site);

        p.Management.Should().Be(SiteManagement.UnmanagedDeep);
        p.Climate.Should().Be(ClimateZone.TropicalDry);
        p.EffectiveOxidation.Should().Be(0.1m);
        p.Deposits.Should().Equal(new LandfillDeposit(2000, WasteType.Paper, 5m, true), new LandfillDeposit(2001, WasteType.Food, 10m, false));
    }

    [Theory]
    [InlineData(SiteManagement.ManagedAnaerobic, 1.0)]
    [InlineData(SiteManagement.ManagedSemiAerobicWell, 0.5)]
    [InlineData(SiteManagement.ManagedSemiAerobicPoor, 0.7)]
    [InlineData(SiteManagement.ManagedActiveAerationWell, 0.4)]
    [InlineData(SiteManagement.ManagedActiveAerationPoor, 0.7)]
    [InlineData(SiteManagement.UnmanagedDeep, 0.8)]
    [InlineData(SiteManagement.UnmanagedShallow, 0.4)]
    [InlineData(SiteManagement.Uncategorised, 0.6)]
    public void Mcf_EachManagement_MatchesTable31(SiteManagement management, double expected) =>
        SolidWasteDefaults.Mcf(management).Should().Be((decimal)expected);

    [Theory]
    [InlineData(ClimateZone.TropicalMoistWet, WasteType.Paper, 0.07)]
    [InlineData(ClimateZone.TropicalMoistWet, WasteType.Wood, 0.035)]
    [InlineData(ClimateZone.TropicalMoistWet, WasteType.Garden, 0.17)]
    [InlineData(ClimateZone.TropicalMoistWet, WasteType.Food, 0.40)]
    [InlineData(ClimateZone.TropicalMoistWet, WasteType.BulkMsw, 0.17)]
    [InlineData(ClimateZone.TropicalDry, WasteType.Food, 0.085)]
    [InlineData(ClimateZone.TemperateBorealWet, WasteType.SewageSludge, 0.185)]
    [InlineData(ClimateZone.TemperateBorealDry, WasteType.BulkMsw, 0.05)]
    public void K_ClimateAndType_MatchesTable33(ClimateZone climate, WasteType type, double expected) =>
        SolidWasteDefaults.K(climate, type).Should().Be((decimal)expected);
}
