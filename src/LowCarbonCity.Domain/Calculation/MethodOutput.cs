using LowCarbonCity.Domain.Factors;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>The mass of one gas a method produced, in kilograms, unrounded.</summary>
public readonly record struct GasMass(Gas Gas, decimal Kg);

/// <summary>
/// What a method family (waste, wastewater...) returns for one line: the mass of each gas, how it was worked out with
/// the numbers filled in (language-free, <see cref="Calculation.Derivation"/>), the convention used (e.g. "IPCC 2006
/// FOD, 6-month delay") and whether the inputs were partly estimated (back-cast history), which lowers the line's data quality.
/// </summary>
public sealed record MethodOutput(IReadOnlyList<GasMass> Gases, Derivation Derivation, string? Convention = null, bool LowQuality = false)
{
    /// <summary>The derivation in English (<see cref="Derivation.English"/>).</summary>
    public string Formula => Derivation.English;
}
