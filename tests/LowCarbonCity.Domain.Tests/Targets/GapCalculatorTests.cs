using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;

namespace LowCarbonCity.Domain.Tests.Targets;

/// <summary>Target, BAU, plan and gap arithmetic against hand-worked examples (docs/domain/targets.md).</summary>
public sealed class GapCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static Target NewTarget(int baseYear, int targetYear, ReductionKind kind, decimal value, BauMethod bau, decimal rate) =>
        new(TargetScopeKind.Province, null, 1, InventoryKind.City,
            new TargetValues(baseYear, targetYear, kind, value, [EmissionScope.Scope1, EmissionScope.Scope2], [], bau, rate), Now);

    private static MeasureValues Measure(decimal tonnes, int start, MeasureStatus status, decimal progress) =>
        new(CategoryGroup.Electricity, "มาตรการ", "Measure", tonnes, start, status, "Chiang Mai PAO", progress);

    private static readonly Dictionary<int, decimal> NoPopulation = [];

    /// <summary>
    /// Chiang Mai-like: base 2019 = 1,000,000 t; -21 % by 2030; BAU +3 % a year; three measures:
    /// M1 50,000 t/yr from 2021 (done, 100 %), M2 100,000 t/yr from 2023 (in progress, 40 %), M3 150,000 t/yr from 2026 (planned, 0 %).
    /// </summary>
    private static GapSeries ChiangMai()
    {
        var target = NewTarget(2019, 2030, ReductionKind.Percent, 21m, BauMethod.GrowthRate, 3m);
        target.AddMeasure(Measure(50_000m, 2021, MeasureStatus.Done, 100m), Now);
        target.AddMeasure(Measure(100_000m, 2023, MeasureStatus.InProgress, 40m), Now);
        target.AddMeasure(Measure(150_000m, 2026, MeasureStatus.Planned, 0m), Now);
        var actual = new Dictionary<int, decimal> { [2019] = 1_000_000m, [2020] = 950_000m, [2022] = 1_010_000m };
        return GapCalculator.Calculate(target, actual, NoPopulation);
    }

    [Fact]
    public void Calculate_ChiangMaiLike_TargetIsBaseLess21Percent()
    {
        var series = ChiangMai();

        // T = 1,000,000 x (1 - 21/100) = 1,000,000 x 0.79 = 790,000 t.
        series.BaseYearTonnes.Should().Be(1_000_000m);
        series.TargetTonnes.Should().Be(790_000m);
        series.Years.Select(y => y.Year).Should().Equal(Enumerable.Range(2019, 12));
    }

    [Fact]
    public void Calculate_ChiangMaiLike_TargetPathIsStraightFromBaseToTarget()
    {
        var series = ChiangMai();

        // Slope = (790,000 - 1,000,000) / (2030 - 2019) = -210,000 / 11 t a year.
        series.Years[0].TargetPath.Should().Be(1_000_000m);
        // 2025: 1,000,000 - 210,000 x 6 / 11 = 1,000,000 - 114,545.4545... = 885,454.5454...
        series.Years[6].TargetPath!.Value.Should().BeApproximately(885_454.545455m, 0.000001m);
        series.Last.TargetPath.Should().Be(790_000m);
    }

    [Fact]
    public void Calculate_ChiangMaiLike_BauCompoundsThreePercentAYear()
    {
        var series = ChiangMai();

        // 2020: 1,000,000 x 1.03 = 1,030,000; 2021: x 1.03 = 1,060,900; 2022: 1,092,727.
        series.Years[1].Bau.Should().Be(1_030_000m);
        series.Years[2].Bau.Should().Be(1_060_900m);
        series.Years[3].Bau.Should().Be(1_092_727m);
        // 2030: 1.03^11 = 1.3842338707244455781047 (1.03^2 = 1.0609, ^4 = 1.12550881, ^8 = 1.266770081387616..., x ^2 x 1.03),
        // so BAU = 1,384,233.8707244455781047 t.
        series.Last.Bau.Should().Be(1_384_233.8707244455781047m);
    }

    [Fact]
    public void Calculate_ChiangMaiLike_PlanSubtractsMeasuresFromTheirStartYearInFull()
    {
        var series = ChiangMai();

        // 2020: no measure started: plan = BAU = 1,030,000.
        series.Years[1].PlannedReduction.Should().Be(0m);
        series.Years[1].Plan.Should().Be(1_030_000m);
        // 2022: M1 only: 1,092,727 - 50,000 = 1,042,727.
        series.Years[3].PlannedReduction.Should().Be(50_000m);
        series.Years[3].Plan.Should().Be(1_042_727m);
        // 2030: M1 + M2 + M3 = 300,000, each in full whatever its progress: 1,384,233.8707... - 300,000 = 1,084,233.8707...
        series.Last.PlannedReduction.Should().Be(300_000m);
        series.Last.Plan.Should().Be(1_084_233.8707244455781047m);
    }

    [Fact]
    public void Calculate_ChiangMaiLike_GapIsPlanLessTargetPath()
    {
        var series = ChiangMai();

        // 2030: 1,084,233.8707244455781047 - 790,000 = 294,233.8707244455781047 t short of the target.
        series.Last.Gap.Should().Be(294_233.8707244455781047m);
        // 2022: plan 1,042,727 - path (1,000,000 - 210,000 x 3 / 11 = 942,727.2727...) = 99,999.7272...
        series.Years[3].Gap!.Value.Should().BeApproximately(99_999.727273m, 0.000001m);
        // Base year: plan = BAU = actual = path: no gap.
        series.Years[0].Gap.Should().Be(0m);
    }

    [Fact]
    public void Calculate_ChiangMaiLike_AchievedWeighsMeasuresByProgress()
    {
        var series = ChiangMai();

        // 2024: M1 50,000 x 100 % + M2 100,000 x 40 % = 90,000 (M3 not started).
        series.Years[5].AchievedReduction.Should().Be(90_000m);
        // 2030: + M3 150,000 x 0 % = still 90,000.
        series.Last.AchievedReduction.Should().Be(90_000m);
    }

    [Fact]
    public void Calculate_YearWithoutStoredResults_ActualIsNullNotZero()
    {
        var series = ChiangMai();

        series.Years[1].Actual.Should().Be(950_000m);
        series.Years[2].Actual.Should().BeNull();
        series.Years[3].Actual.Should().Be(1_010_000m);
        series.Last.Actual.Should().BeNull();
    }

    [Fact]
    public void Calculate_ReductionInTonnesWithFlatBau_TargetIsBaseLessTonnes()
    {
        var target = NewTarget(2020, 2025, ReductionKind.Tonnes, 100m, BauMethod.GrowthRate, 0m);
        target.AddMeasure(Measure(30m, 2022, MeasureStatus.InProgress, 50m), Now);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 500m }, NoPopulation);

        // T = 500 - 100 = 400; path 2021 = 500 - 100 x 1/5 = 480; BAU flat 500 (1.00^n);
        // 2022: plan = 500 - 30 = 470, path = 460, gap = 10; achieved = 30 x 50 % = 15.
        series.TargetTonnes.Should().Be(400m);
        series.Years[1].TargetPath.Should().Be(480m);
        series.Years[2].Bau.Should().Be(500m);
        series.Years[2].Plan.Should().Be(470m);
        series.Years[2].Gap.Should().Be(10m);
        series.Years[2].AchievedReduction.Should().Be(15m);
        // 2025: plan 470 - target 400 = 70.
        series.Last.Gap.Should().Be(70m);
    }

    [Fact]
    public void Calculate_PopulationDriven_BauIsBasePerCapitaTimesPopulation()
    {
        var target = NewTarget(2020, 2023, ReductionKind.Percent, 10m, BauMethod.PopulationDriven, 1m);
        var population = new Dictionary<int, decimal> { [2020] = 60_000m, [2021] = 61_200m, [2023] = 63_000m };

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 1_200m }, population);

        // Per capita = 1,200 / 60,000 = 0.02 t. 2021: 0.02 x 61,200 = 1,224.
        // 2022 has no population: 61,200 x 1.01 = 61,812 -> 0.02 x 61,812 = 1,236.24. 2023: 0.02 x 63,000 = 1,260.
        series.Years[0].Bau.Should().Be(1_200m);
        series.Years[1].Bau.Should().Be(1_224m);
        series.Years[2].Bau.Should().Be(1_236.24m);
        series.Years[3].Bau.Should().Be(1_260m);
        // T = 1,200 x 0.9 = 1,080; 2023 gap = 1,260 - 1,080 = 180.
        series.Last.Gap.Should().Be(180m);
    }

    [Fact]
    public void Calculate_PopulationDrivenWithoutBasePopulation_BauIsNull()
    {
        var target = NewTarget(2020, 2022, ReductionKind.Percent, 10m, BauMethod.PopulationDriven, 1m);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 1_200m }, new Dictionary<int, decimal> { [2021] = 100m });

        series.Years.Should().OnlyContain(y => y.Bau == null && y.Plan == null && y.Gap == null);
        series.Last.TargetPath.Should().Be(1_080m);
    }

    [Fact]
    public void Calculate_NoBaseYearActual_PathsAreNullButActualsShow()
    {
        var target = NewTarget(2019, 2030, ReductionKind.Percent, 21m, BauMethod.GrowthRate, 3m);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 900m }, NoPopulation);

        series.BaseYearTonnes.Should().BeNull();
        series.TargetTonnes.Should().BeNull();
        series.Years[1].Actual.Should().Be(900m);
        series.Years.Should().OnlyContain(y => y.TargetPath == null && y.Bau == null && y.Plan == null && y.Gap == null);
    }

    [Fact]
    public void Calculate_CarbonNeutralByTargetYear_TargetIsZero()
    {
        // Thailand's carbon neutrality in 2050: -100 % from 2019 -> T = 0; path 2050 = 0.
        var target = NewTarget(2019, 2050, ReductionKind.Percent, 100m, BauMethod.GrowthRate, 0m);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2019] = 3_100m }, NoPopulation);

        series.TargetTonnes.Should().Be(0m);
        series.Last.TargetPath.Should().Be(0m);
        series.Last.Gap.Should().Be(3_100m);
    }

    [Fact]
    public void Calculate_ReductionInTonnesAboveTheBase_TargetHeldAtZeroAndFlagged()
    {
        // The case: 100,000 t off a base of 70,826 t would be a target of -29,174 t.
        var target = NewTarget(2024, 2030, ReductionKind.Tonnes, 100_000m, BauMethod.GrowthRate, 0m);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2024] = 70_826m }, NoPopulation);

        series.TargetTonnes.Should().Be(0m);
        series.TargetBelowZero.Should().BeTrue();
        series.Last.TargetPath.Should().Be(0m);
        series.Years[3].TargetPath.Should().Be(35_413m, "70,826 - 70,826 x 3/6 = 35,413: the path runs to zero, not below");
    }

    [Fact]
    public void Calculate_MeasuresLargerThanBau_PlanHeldAtZeroInThoseYearsAndFlagged()
    {
        // Base 68,297 t, BAU flat, one measure of 1,000,000 t/yr from 2026: 68,297 - 1,000,000 = -931,703 unbounded.
        var target = NewTarget(2024, 2030, ReductionKind.Percent, 20m, BauMethod.GrowthRate, 0m);
        target.AddMeasure(Measure(1_000_000m, 2026, MeasureStatus.Planned, 0m), Now);

        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2024] = 68_297m }, NoPopulation);

        series.Years.Single(y => y.Year == 2025).Plan.Should().Be(68_297m);
        series.Years.Where(y => y.Year >= 2026).Should().OnlyContain(y => y.Plan == 0m);
        series.PlanBelowZeroYears.Should().Equal(2026, 2027, 2028, 2029, 2030);
        series.TargetBelowZero.Should().BeFalse();
        // Gap 2030 = plan 0 - target 68,297 x 0.8 = -54,637.6 (the plan overshoots the target).
        series.Last.Gap.Should().Be(-54_637.6m);
    }

    [Theory]
    [InlineData(1, 4, TargetStanding.Withheld)] // the province: 1 of 4 reported, "on track" would mislead
    [InlineData(3, 4, TargetStanding.OnTrack)] // 75 %, the documented minimum
    [InlineData(2, 3, TargetStanding.Withheld)] // 66.7 %
    public void Verdict_BelowTheMinimumReportingShare_Withheld(int reportingLatest, int organisations, TargetStanding expected)
    {
        // Base 2020 = 1,000 t, -10 % by 2030: path 2022 = 1,000 - 100 x 2/10 = 980; actual 2022 = 960 (20 t below).
        var target = NewTarget(2020, 2030, ReductionKind.Percent, 10m, BauMethod.GrowthRate, 0m);
        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 1_000m, [2022] = 960m }, NoPopulation);

        var verdict = TargetVerdict.Of(series, year => year == 2022 ? new TargetCoverage(reportingLatest, organisations) : new TargetCoverage(organisations, organisations));

        verdict.Standing.Should().Be(expected);
        (verdict.Year, verdict.AbovePath).Should().Be((2022, -20m));
        verdict.Latest.Should().Be(new TargetCoverage(reportingLatest, organisations));
    }

    [Fact]
    public void Verdict_BaseYearReportedByTooFew_WithheldEvenWhenTheLatestYearIsComplete()
    {
        var target = NewTarget(2020, 2030, ReductionKind.Percent, 10m, BauMethod.GrowthRate, 0m);
        var series = GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 1_000m, [2022] = 1_100m }, NoPopulation);

        var verdict = TargetVerdict.Of(series, year => year == 2020 ? new TargetCoverage(1, 4) : new TargetCoverage(4, 4));

        verdict.Standing.Should().Be(TargetStanding.Withheld);
        verdict.AbovePath.Should().Be(120m, "1,100 - 980");
    }

    [Fact]
    public void Verdict_OrganisationAbovePath_OffTrack_AndNoDataOrNoBaseSaySo()
    {
        var target = NewTarget(2020, 2030, ReductionKind.Percent, 10m, BauMethod.GrowthRate, 0m);
        var one = new TargetCoverage(1, 1);

        TargetVerdict.Of(GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2020] = 1_000m, [2021] = 995m }, NoPopulation), _ => one)
            .Should().Match<TargetVerdict>(v => v.Standing == TargetStanding.OffTrack && v.AbovePath == 5m); // path 2021 = 990
        TargetVerdict.Of(GapCalculator.Calculate(target, new Dictionary<int, decimal>(), NoPopulation), _ => one).Standing.Should().Be(TargetStanding.NoData);
        TargetVerdict.Of(GapCalculator.Calculate(target, new Dictionary<int, decimal> { [2021] = 995m }, NoPopulation), _ => one).Standing.Should().Be(TargetStanding.NoBase);
    }
}
