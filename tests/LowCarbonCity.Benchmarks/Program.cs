using BenchmarkDotNet.Running;

// DESIGN.md section 4 quality targets, measured with BenchmarkDotNet (never with timed tests). How to run and the
// recorded figures: docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(LowCarbonCity.Benchmarks.CalculateInventoryBenchmark).Assembly).Run(args);
