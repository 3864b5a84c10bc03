using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;

namespace LowCarbonCity.Domain.Tests.Targets;

public sealed class TargetTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static TargetValues Values(int baseYear = 2019, int targetYear = 2030, ReductionKind kind = ReductionKind.Percent, decimal value = 21m, decimal rate = 3m) =>
        new(baseYear, targetYear, kind, value, [EmissionScope.Scope2, EmissionScope.Scope1, EmissionScope.Scope1], [CategoryGroup.Waste], BauMethod.GrowthRate, rate);

    private static MeasureValues Measure(MeasureStatus status, decimal progress) =>
        new(CategoryGroup.Waste, "คัดแยกขยะ", "Waste sorting", 10m, 2024, status, "Municipality", progress);

    [Fact]
    public void Constructor_ScopesGivenTwiceAndUnordered_StoresEachOnceInOrder()
    {
        var target = new Target(TargetScopeKind.Organisation, 7, 1, InventoryKind.Organisation, Values(), Now);

        target.Scopes.Should().Equal(EmissionScope.Scope1, EmissionScope.Scope2);
        target.Version.Should().Be(1);
    }

    [Theory]
    [InlineData(2030, 2030, ReductionKind.Percent, 21, 3, "TargetYear")]
    [InlineData(2019, 2030, ReductionKind.Percent, 0, 3, "ReductionValue")]
    [InlineData(2019, 2030, ReductionKind.Percent, 100.5, 3, "ReductionValue")]
    [InlineData(2019, 2030, ReductionKind.Tonnes, -5, 3, "ReductionValue")]
    [InlineData(2019, 2030, ReductionKind.Percent, 21, 25, "BauRatePercent")]
    [InlineData(1900, 2030, ReductionKind.Percent, 21, 3, "BaseYear")]
    public void Constructor_BadValues_ThrowsNamingTheField(int baseYear, int targetYear, ReductionKind kind, double value, double rate, string field)
    {
        var act = () => new Target(TargetScopeKind.Organisation, 7, 1, InventoryKind.Organisation, Values(baseYear, targetYear, kind, (decimal)value, (decimal)rate), Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be(field);
    }

    [Fact]
    public void Constructor_ProvinceTargetWithOrganisation_Throws()
    {
        var act = () => new Target(TargetScopeKind.Province, 7, 1, InventoryKind.City, Values(), Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("OrganisationId");
    }

    [Theory]
    [InlineData(MeasureStatus.Planned, 10)]
    [InlineData(MeasureStatus.Done, 90)]
    [InlineData(MeasureStatus.InProgress, 101)]
    public void AddMeasure_ProgressNotFittingStatus_ThrowsOnProgress(MeasureStatus status, double progress)
    {
        var target = new Target(TargetScopeKind.Organisation, 7, 1, InventoryKind.Organisation, Values(), Now);

        var act = () => target.AddMeasure(Measure(status, (decimal)progress), Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("ProgressPercent");
        target.Measures.Should().BeEmpty();
    }

    [Fact]
    public void AddMeasure_Valid_BumpsVersionAndComputesAchieved()
    {
        var target = new Target(TargetScopeKind.Organisation, 7, 1, InventoryKind.Organisation, Values(), Now);

        var measure = target.AddMeasure(Measure(MeasureStatus.InProgress, 25m), Now);

        // 10 t a year x 25 % = 2.5 t a year achieved.
        measure.AchievedTonnesPerYear.Should().Be(2.5m);
        target.Version.Should().Be(2);
    }
}
