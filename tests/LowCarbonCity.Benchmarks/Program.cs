using BenchmarkDotNet.Running;

// docs/design.md section 4 quality targets, measured with BenchmarkDotNet (never with timed tests). How to run and the
// recorded figures: docs/performance.md.
if (args is ["rollup-peak"])
{
    // One-off peak working set of the national roll-up workbook (not a BenchmarkDotNet run).
    LowCarbonCity.Benchmarks.RollupWorkbookBenchmark.PrintPeakWorkingSet();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LowCarbonCity.Benchmarks.CalculateInventoryBenchmark).Assembly).Run(args);
