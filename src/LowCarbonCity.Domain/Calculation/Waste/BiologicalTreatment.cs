using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using static LowCarbonCity.Domain.Calculation.Waste.WasteFormat;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>Whether a mass of waste is weighed wet (as received) or dry.</summary>
public enum MassBasis
{
    Wet,
    Dry,
}

/// <summary>Parameters of a <see cref="CalculationMethod.BiologicalTreatment"/> line (composting, anaerobic digestion).</summary>
/// <param name="Basis">Whether the line's tonnes are wet (default; IPCC assumes 60 % moisture) or dry.</param>
/// <param name="RecoveredCh4Tonnes">R: methane recovered and flared or used, tonnes CH4 (its combustion is energy/biogenic).</param>
/// <param name="Ch4FactorGPerKg">CH4 emission factor override, g CH4 per kg treated on <paramref name="Basis"/>.</param>
/// <param name="N2oFactorGPerKg">N2O emission factor override, g N2O per kg treated on <paramref name="Basis"/>.</param>
public sealed record BiologicalTreatmentParameters(
    MassBasis Basis = MassBasis.Wet,
    [MethodParameter(Unit = "t CH4", Minimum = 0, Description = "R: methane recovered")] decimal RecoveredCh4Tonnes = 0m,
    [MethodParameter(Unit = "g CH4/kg", Minimum = 0, DefaultNote = "IPCC 2006 Table 4.1: composting 4 (wet) or 10 (dry), anaerobic digestion 0.8 (wet) or 2 (dry)", Description = "CH4 emission factor per kg treated on the basis")] decimal? Ch4FactorGPerKg = null,
    [MethodParameter(Unit = "g N2O/kg", Minimum = 0, DefaultNote = "IPCC 2006 Table 4.1: composting 0.24 (wet) or 0.6 (dry), anaerobic digestion 0", Description = "N2O emission factor per kg treated on the basis")] decimal? N2oFactorGPerKg = null) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        MethodParameterRules.Check(this);
        Guard.Defined(Basis, "basis");
    }
}

/// <summary>
/// Biological treatment of solid waste (GPC III.2; IPCC 2006 Vol.5 Ch.4 Eq 4.1/4.2, Table 4.1; docs/domain/methodology.md 3.7):
/// CH4 = M × EF × 10⁻³ − R; N2O = M × EF × 10⁻³ (M in t, EF in g/kg, result in t).
/// </summary>
public static class BiologicalTreatment
{
    /// <summary>Default CH4 factor, g/kg (IPCC 2006 Table 4.1).</summary>
    public static decimal DefaultCh4GPerKg(ActivityCategory category, MassBasis basis) => (Treatment(category), basis) switch
    {
        (ActivityCategory.Composting, MassBasis.Wet) => 4m,
        (ActivityCategory.Composting, MassBasis.Dry) => 10m,
        (_, MassBasis.Wet) => 0.8m,
        (_, MassBasis.Dry) => 2m,
    };

    /// <summary>Default N2O factor, g/kg (IPCC 2006 Table 4.1); anaerobic digestion: negligible (0).</summary>
    public static decimal DefaultN2oGPerKg(ActivityCategory category, MassBasis basis) => (Treatment(category), basis) switch
    {
        (ActivityCategory.Composting, MassBasis.Wet) => 0.24m,
        (ActivityCategory.Composting, MassBasis.Dry) => 0.6m,
        (_, MassBasis.Wet or MassBasis.Dry) => 0m,
    };

    /// <summary>
    /// Emissions of one line. Rule for recovery: R is subtracted from the unrounded CH4; if R exceeds it the CH4 is 0,
    /// never negative (a result below zero would mean the factor or R is wrong; the formula says so).
    /// </summary>
    public static MethodOutput Calculate(ActivityCategory category, decimal tonnes, BiologicalTreatmentParameters? parameters)
    {
        var p = parameters ?? new BiologicalTreatmentParameters();
        p.Validate();
        Guard.NonNegative(tonnes, "quantity");
        var name = DerivationBuilder.PhraseToken(Treatment(category) == ActivityCategory.Composting ? DerivationPhrases.BiologicalComposting : DerivationPhrases.BiologicalDigestion);
        var basis = p.Basis == MassBasis.Wet ? "wet" : "dry";
        var efCh4 = p.Ch4FactorGPerKg ?? DefaultCh4GPerKg(category, p.Basis);
        var efN2o = p.N2oFactorGPerKg ?? DefaultN2oGPerKg(category, p.Basis);
        var ch4Gross = tonnes * efCh4 / 1000m;
        var ch4Net = ch4Gross - p.RecoveredCh4Tonnes;
        var floored = ch4Net < 0m;
        var ch4 = floored ? 0m : ch4Net;
        var n2o = tonnes * efN2o / 1000m;
        var formula = new DerivationBuilder(N)
            .Phrase(DerivationPhrases.BiologicalHeader, name, DerivationBuilder.PhraseToken(p.Basis == MassBasis.Wet ? DerivationPhrases.BasisWet : DerivationPhrases.BasisDry))
            .Add($"CH4 = M × EF × 10⁻³ − R = {tonnes} t × {efCh4} g/kg × 10⁻³ − {p.RecoveredCh4Tonnes} t = {ch4} t = {ch4 * 1000m} kg");
        if (floored)
        {
            formula.Phrase(DerivationPhrases.BiologicalFloored);
        }

        formula.Add($"; N2O = M × EF × 10⁻³ = {tonnes} t × {efN2o} g/kg × 10⁻³ = {n2o} t = {n2o * 1000m} kg");
        return new MethodOutput(
            [new GasMass(Gas.CH4NonFossil, ch4 * 1000m), new GasMass(Gas.N2O, n2o * 1000m)],
            formula.Build(),
            Inv($"IPCC 2006 Vol.5 Ch.4 Table 4.1, {basis} basis; recovered CH4 subtracted, floored at 0"));
    }

    private static ActivityCategory Treatment(ActivityCategory category) => category switch
    {
        ActivityCategory.Composting or ActivityCategory.AnaerobicDigestion => category,
        _ => throw new ArgumentException($"{category} is not a biological treatment.", nameof(category)),
    };
}
