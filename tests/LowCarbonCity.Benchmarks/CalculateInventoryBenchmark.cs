using BenchmarkDotNet.Attributes;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// docs/design.md section 4: "Calculate one inventory (60 lines, landfill with 30 years of deposits): under 1 ms".
/// The records, the real seeded edition (TGO-CFO-2022-04) and GWP set (AR5) are built once; each operation is one
/// <see cref="EmissionCalculator.Calculate(IReadOnlyList{ActivityRecord}, CalculationBasis)"/> call, totals included.
/// </summary>
[MemoryDiagnoser]
public class CalculateInventoryBenchmark
{
    private IReadOnlyList<ActivityRecord> _organisation = [];
    private IReadOnlyList<ActivityRecord> _city = [];
    private CalculationBasis? _organisationBasis;
    private CalculationBasis? _cityBasis;

    [GlobalSetup]
    public void Setup()
    {
        var edition = FactorEditionSelector.ForYear(Seed.LoadEditions(), Inventories.Year);
        var ar5 = Seed.LoadGwpSets().Single(s => s.Code == "AR5");
        _organisation = Inventories.Organisation();
        _city = Inventories.City();
        _organisationBasis = new CalculationBasis(edition, ar5, InventoryKind.Organisation, Inventories.Year);
        _cityBasis = new CalculationBasis(edition, ar5, InventoryKind.City, Inventories.Year);
        Check(_organisation, EmissionCalculator.Calculate(_organisation, _organisationBasis));
        Check(_city, EmissionCalculator.Calculate(_city, _cityBasis));
    }

    /// <summary>TGO CFO inventory: 60 lines, one a landfill with 30 years x 7 waste types of deposits.</summary>
    [Benchmark(Baseline = true)]
    public InventoryResult CalculateOrganisationInventory() => EmissionCalculator.Calculate(_organisation, _organisationBasis!);

    /// <summary>GPC city inventory: 60 lines, the same landfill, GPC cells and BASIC/BASIC+/territorial totals.</summary>
    [Benchmark]
    public InventoryResult CalculateCityInventory() => EmissionCalculator.Calculate(_city, _cityBasis!);

    /// <summary>Refuses to measure a data set that is not what the target describes.</summary>
    private static void Check(IReadOnlyList<ActivityRecord> records, InventoryResult result)
    {
        if (records.Count != 60)
        {
            throw new InvalidOperationException($"The benchmark inventory must have 60 lines, not {records.Count}.");
        }

        var landfill = records.Single(r => r.Category == ActivityCategory.SolidWasteDisposal);
        var deposits = ((LowCarbonCity.Domain.Calculation.Waste.SolidWasteDisposalParameters)landfill.Parameters!).Deposits;
        if (deposits.Select(d => d.Year).Distinct().Count() != 30)
        {
            throw new InvalidOperationException("The landfill must have 30 years of deposits.");
        }

        if (result.Lines.Single(l => l.LineId == landfill.LineId).Co2eKg is not > 0m)
        {
            throw new InvalidOperationException("The landfill line must emit.");
        }
    }
}
