using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Calculation;

/// <summary>Short ways to state activity records and bases in tests (docs/conventions.md T5).</summary>
internal static class Build
{
    public static ActivityRecord Record(ActivityCategory category, decimal value, Unit unit, GpcSubsector? subsector = null) =>
        new(Guid.NewGuid(), category, new Quantity(value, unit), GpcSubsector: subsector);

    public static ActivityRecord Key(ActivityCategory category, NotationKey key, string explanation, GpcSubsector? subsector = null) =>
        new(Guid.NewGuid(), category, null, key, subsector) { NotationExplanation = explanation };

    public static CalculationBasis Cfo(int year = 2025, GwpSet? gwp = null) =>
        new(FactorEditionSelector.ForYear(SeedData.Editions, year), gwp ?? SeedData.Ar5, InventoryKind.Organisation, year);

    public static CalculationBasis City(int year = 2025, GwpSet? gwp = null) =>
        new(FactorEditionSelector.ForYear(SeedData.Editions, year), gwp ?? SeedData.Ar5, InventoryKind.City, year);

    public static InventoryResult Run(CalculationBasis basis, params ActivityRecord[] records) => EmissionCalculator.Calculate(records, basis);

    public static LineResult One(CalculationBasis basis, ActivityRecord record) => Run(basis, record).Lines.Single();
}
