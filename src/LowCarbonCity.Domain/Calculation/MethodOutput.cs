using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>The mass of one gas a method produced, in kilograms, unrounded.</summary>
public readonly record struct GasMass(Gas Gas, decimal Kg);

/// <summary>
/// What a method family (waste, wastewater...) returns for one line: the mass of each gas, a human-readable formula
/// with the numbers filled in, the convention used (e.g. "IPCC 2006 FOD, 6-month delay") and whether the inputs
/// were partly estimated (back-cast history), which lowers the line's data quality.
/// </summary>
public sealed record MethodOutput(IReadOnlyList<GasMass> Gases, string Formula, string? Convention = null, bool LowQuality = false);
