using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using static LowCarbonCity.Domain.Calculation.Waste.WasteFormat;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>Incinerator technology (IPCC 2006 Vol.5 Table 5.3 for CH4, Table 5.6 for N2O).</summary>
public enum IncineratorTechnology
{
    ContinuousStoker,
    ContinuousFluidisedBed,
    SemiContinuousStoker,
    SemiContinuousFluidisedBed,
    BatchStoker,
    BatchFluidisedBed,
}

/// <summary>What is burned: it decides the N2O factor (IPCC 2006 Table 5.6).</summary>
public enum WasteStream
{
    Msw,
    IndustrialHazardousClinical,
    SewageSludge,
}

/// <summary>A waste component with IPCC 2006 Table 2.4 defaults (dry matter, carbon, fossil carbon).</summary>
public enum WasteComponent
{
    Paper,
    Textiles,
    Food,
    Wood,
    Garden,
    Nappies,
    RubberLeather,
    Plastics,
    MetalGlass,
    OtherInert,
    /// <summary>Any other material: dry matter, carbon fraction and fossil-carbon fraction must be given.</summary>
    Other,
}

/// <summary>
/// One component of the burned waste: its wet-mass fraction WF and optional overrides of the Table 2.4 defaults
/// (all fractions: dm of wet mass, CF of dry mass, FCF of total carbon).
/// </summary>
public sealed record CompositionShare(
    WasteComponent Component,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "WF: share of the wet mass (all shares sum to 1)")] decimal Fraction,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "IPCC 2006 Table 2.4 by component; required for Other", Description = "dm: dry matter of wet mass")] decimal? DryMatter = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "IPCC 2006 Table 2.4 by component; required for Other", Description = "CF: carbon of dry mass")] decimal? CarbonFraction = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "IPCC 2006 Table 2.4 by component; required for Other", Description = "FCF: fossil share of carbon")] decimal? FossilCarbonFraction = null);

/// <summary>Inputs of IPCC 2006 Eq 5.7 for the amount of MSW burned openly.</summary>
/// <param name="Population">P: population.</param>
/// <param name="FractionBurning">P_frac: fraction of the population burning waste.</param>
/// <param name="MswKgPerCapitaDay">MSW_P: waste generated per capita, kg/person/day.</param>
/// <param name="BurnedFraction">B_frac: fraction of the waste burned (default 0.6).</param>
public sealed record OpenBurningEstimate(
    [MethodParameter(Unit = "people", Minimum = 0, Description = "P: population")] decimal Population,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "P_frac: share of the population burning waste")] decimal FractionBurning,
    [MethodParameter(Unit = "kg/person/day", Minimum = 0, Description = "MSW_P: waste generated per person")] decimal MswKgPerCapitaDay,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "B_frac: share of the waste burned")] decimal BurnedFraction = 0.6m);

/// <summary>Parameters of an <see cref="CalculationMethod.IncinerationOrOpenBurning"/> line. The line's quantity is wet tonnes.</summary>
/// <param name="Composition">Wet-mass fractions of the components burned (sum 1). Required: no default composition is assumed.</param>
/// <param name="Technology">Incinerator technology (ignored for open burning).</param>
/// <param name="Stream">What is burned (MSW, industrial/hazardous/clinical, sewage sludge).</param>
/// <param name="SludgeN2oBasis">Sewage sludge only: 900 g N2O/t wet (default) or 990 g N2O/t dry.</param>
/// <param name="OxidationFactor">OF override; default 1.0 incineration, 0.58 open burning.</param>
/// <param name="Ch4FactorGPerTonne">CH4 factor override, g CH4 per wet tonne.</param>
/// <param name="N2oFactorGPerTonne">N2O factor override, g N2O per tonne on the default's basis.</param>
/// <param name="OpenBurningEstimate">Eq 5.7 inputs, used only when the line has no quantity.</param>
public sealed record IncinerationParameters(
    IReadOnlyList<CompositionShare> Composition,
    IncineratorTechnology Technology = IncineratorTechnology.ContinuousStoker,
    WasteStream Stream = WasteStream.Msw,
    MassBasis SludgeN2oBasis = MassBasis.Wet,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "1.0 for incineration, 0.58 for open burning", Description = "OF: oxidation factor")] decimal? OxidationFactor = null,
    [MethodParameter(Unit = "g CH4/t wet", Minimum = 0, DefaultNote = "by technology (IPCC 2006 Table 5.3); 6500 for open burning", Description = "CH4 emission factor")] decimal? Ch4FactorGPerTonne = null,
    [MethodParameter(Unit = "g N2O/t", Minimum = 0, DefaultNote = "by stream and technology (IPCC 2006 Table 5.6); 150 per dry tonne for open burning", Description = "N2O emission factor, on the default's basis")] decimal? N2oFactorGPerTonne = null,
    OpenBurningEstimate? OpenBurningEstimate = null) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        Guard.NotNull(Composition, "composition");
        MethodParameterRules.Check(this);
        Guard.Defined(Technology, "technology");
        Guard.Defined(Stream, "stream");
        Guard.Defined(SludgeN2oBasis, "sludgeN2oBasis");
        if (Composition.Count == 0)
        {
            throw new ArgumentException("'composition' needs at least one component.", "composition");
        }

        for (var i = 0; i < Composition.Count; i++)
        {
            var c = Composition[i];
            Guard.NotNull(c, Inv($"composition[{i}]"));
            Guard.Defined(c.Component, Inv($"composition[{i}].component"));
            if (c.Component == WasteComponent.Other && (c.DryMatter is null || c.CarbonFraction is null || c.FossilCarbonFraction is null))
            {
                throw new ArgumentException(Inv($"'composition[{i}]' is 'Other': dryMatter, carbonFraction and fossilCarbonFraction are required."), Inv($"composition[{i}]"));
            }
        }

        if (Composition.Sum(c => c.Fraction) != 1m)
        {
            throw new ArgumentException(Inv($"'composition' fractions must sum to 1 (got {N(Composition.Sum(c => c.Fraction))})."), "composition");
        }

    }
}

/// <summary>
/// Incineration and open burning (GPC III.3; IPCC 2006 Vol.5 Ch.5; docs/domain/methodology.md 3.8). Fossil CO2 enters totals,
/// biogenic CO2 is a memo.
/// </summary>
public static class Incineration
{
    /// <summary>Default OF for incineration.</summary>
    public const decimal OxidationIncineration = 1.0m;

    /// <summary>Default OF for open burning.</summary>
    public const decimal OxidationOpenBurning = 0.58m;

    /// <summary>Open burning CH4, g per wet tonne (IPCC 2006 §5.4.2).</summary>
    public const decimal OpenBurningCh4GPerTonneWet = 6500m;

    /// <summary>Open burning N2O, g per DRY tonne (IPCC 2006 Table 5.6).</summary>
    public const decimal OpenBurningN2oGPerTonneDry = 150m;

    /// <summary>Table 2.4 defaults: dm (fraction of wet mass), CF (fraction of dry mass), FCF (fraction of carbon).</summary>
    public static (decimal DryMatter, decimal Carbon, decimal FossilCarbon) Defaults(WasteComponent component) => component switch
    {
        WasteComponent.Paper => (0.90m, 0.46m, 0.01m),
        WasteComponent.Textiles => (0.80m, 0.50m, 0.20m),
        WasteComponent.Food => (0.40m, 0.38m, 0m),
        WasteComponent.Wood => (0.85m, 0.50m, 0m),
        WasteComponent.Garden => (0.40m, 0.49m, 0m),
        WasteComponent.Nappies => (0.40m, 0.70m, 0.10m),
        WasteComponent.RubberLeather => (0.84m, 0.67m, 0.20m),
        WasteComponent.Plastics => (1.00m, 0.75m, 1.00m),
        WasteComponent.MetalGlass => (1.00m, 0m, 0m),
        WasteComponent.OtherInert => (0.90m, 0.03m, 1.00m),
        WasteComponent.Other => (0m, 0m, 0m),
    };

    /// <summary>Incinerator CH4, g per wet tonne (= kg per Gg; IPCC 2006 Table 5.3).</summary>
    public static decimal Ch4GPerTonne(IncineratorTechnology technology) => technology switch
    {
        IncineratorTechnology.ContinuousStoker => 0.2m,
        IncineratorTechnology.ContinuousFluidisedBed => 0m,
        IncineratorTechnology.SemiContinuousStoker => 6m,
        IncineratorTechnology.SemiContinuousFluidisedBed => 188m,
        IncineratorTechnology.BatchStoker => 60m,
        IncineratorTechnology.BatchFluidisedBed => 237m,
    };

    /// <summary>Incinerator N2O factor, g per tonne, and whether it applies to dry mass (IPCC 2006 Table 5.6).</summary>
    public static (decimal GPerTonne, bool Dry) N2oFactor(WasteStream stream, IncineratorTechnology technology, MassBasis sludgeBasis) => stream switch
    {
        WasteStream.Msw => technology switch
        {
            IncineratorTechnology.ContinuousStoker or IncineratorTechnology.ContinuousFluidisedBed
                or IncineratorTechnology.SemiContinuousStoker or IncineratorTechnology.SemiContinuousFluidisedBed => (50m, false),
            IncineratorTechnology.BatchStoker or IncineratorTechnology.BatchFluidisedBed => (60m, false),
        },
        WasteStream.IndustrialHazardousClinical => (100m, false),
        WasteStream.SewageSludge => sludgeBasis == MassBasis.Dry ? (990m, true) : (900m, false),
    };

    /// <summary>IPCC 2006 Eq 5.7: MSW_B (t) = P × P_frac × MSW_P × B_frac × 365 × 10⁻⁶ Gg × 1000 t/Gg.</summary>
    public static decimal OpenBurningTonnes(OpenBurningEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.Population * estimate.FractionBurning * estimate.MswKgPerCapitaDay * estimate.BurnedFraction * 365m / 1000m;
    }

    /// <summary>Emissions of an incineration or open-burning line; <paramref name="wetTonnes"/> null uses Eq 5.7.</summary>
    public static MethodOutput Calculate(ActivityCategory category, decimal? wetTonnes, IncinerationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        var open = category switch
        {
            ActivityCategory.OpenBurning => true,
            ActivityCategory.Incineration => false,
            _ => throw new ArgumentException($"{category} is neither incineration nor open burning.", nameof(category)),
        };
        var text = new DerivationBuilder(N);
        decimal m;
        if (wetTonnes is { } q)
        {
            Guard.NonNegative(q, "quantity");
            m = q;
        }
        else if (parameters.OpenBurningEstimate is { } e && open)
        {
            m = OpenBurningTonnes(e);
            text.Add($"MSW_B {DerivationBuilder.PhraseToken(DerivationPhrases.IpccEquation, new DerivationToken(DerivationKind.Symbol, "5.7"))} = P {e.Population} × P_frac {e.FractionBurning} × MSW_P {e.MswKgPerCapitaDay} kg/d × B_frac {e.BurnedFraction} × 365 × 10⁻⁶ = {m / 1000m} Gg = {m} t\n");
        }
        else
        {
            throw new ArgumentException("The line needs a quantity (wet tonnes)" + (open ? " or an 'openBurningEstimate'." : "."), nameof(wetTonnes));
        }

        var of = parameters.OxidationFactor ?? (open ? OxidationOpenBurning : OxidationIncineration);
        var fossilSum = 0m;
        var biogenicSum = 0m;
        var dryFraction = 0m;
        var terms = new DerivationBuilder(N);
        foreach (var c in parameters.Composition)
        {
            var d = Defaults(c.Component);
            var dm = c.DryMatter ?? d.DryMatter;
            var cf = c.CarbonFraction ?? d.Carbon;
            var fcf = c.FossilCarbonFraction ?? d.FossilCarbon;
            fossilSum += c.Fraction * dm * cf * fcf * of;
            biogenicSum += c.Fraction * dm * cf * (1m - fcf) * of;
            dryFraction += c.Fraction * dm;
            terms.Add($"{(terms.IsEmpty ? string.Empty : " + ")}{c.Component} {c.Fraction}×{dm}×{cf}×{fcf}");
        }

        var co2Fossil = m * fossilSum * 44m / 12m;
        var co2Bio = m * biogenicSum * 44m / 12m;
        text.Add($"{DerivationBuilder.PhraseToken(DerivationPhrases.IncinerationCo2Fossil)} = MSW × Σ(WF × dm × CF × FCF × OF) × 44/12 = {m} t × ({terms.AsGroup()}) × OF {of} × 44/12 = {m} × {fossilSum} × 44/12 = {co2Fossil} t = {co2Fossil * 1000m} kg\n");
        text.Add($"{DerivationBuilder.PhraseToken(DerivationPhrases.IncinerationCo2Biogenic)} = MSW × Σ(WF × dm × CF × (1 − FCF) × OF) × 44/12 = {m} × {biogenicSum} × 44/12 = {co2Bio} t = {co2Bio * 1000m} kg\n");

        var ch4Factor = parameters.Ch4FactorGPerTonne ?? (open ? OpenBurningCh4GPerTonneWet : Ch4GPerTonne(parameters.Technology));
        var ch4 = m * ch4Factor / 1_000_000m;
        var wet = DerivationBuilder.PhraseToken(DerivationPhrases.TonnesWet);
        var technology = open ? DerivationBuilder.PhraseToken(DerivationPhrases.IncinerationOpenBurning) : DerivationBuilder.Term(parameters.Technology);
        text.Add($"CH4 = {m} {wet} × {ch4Factor} g/t ({technology}) × 10⁻⁶ = {ch4} t = {ch4 * 1000m} kg\n");

        var (n2oDefault, dry) = open ? (OpenBurningN2oGPerTonneDry, true) : N2oFactor(parameters.Stream, parameters.Technology, parameters.SludgeN2oBasis);
        var n2oFactor = parameters.N2oFactorGPerTonne ?? n2oDefault;
        var n2oMass = dry ? m * dryFraction : m;
        var n2o = n2oMass * n2oFactor / 1_000_000m;
        if (dry)
        {
            text.Add($"N2O = {DerivationBuilder.PhraseToken(DerivationPhrases.IncinerationDryMass)} ({m} {wet} × Σ(WF × dm) {dryFraction} = {n2oMass} {DerivationBuilder.PhraseToken(DerivationPhrases.TonnesDry)}) × {n2oFactor} {DerivationBuilder.PhraseToken(DerivationPhrases.GramsPerTonneDry)} × 10⁻⁶ = {n2o} t = {n2o * 1000m} kg");
        }
        else
        {
            text.Add($"N2O = {m} {wet} × {n2oFactor} {DerivationBuilder.PhraseToken(DerivationPhrases.GramsPerTonneWet)} × 10⁻⁶ = {n2o} t = {n2o * 1000m} kg");
        }


        var convention = open
            ? "IPCC 2006 Vol.5 Ch.5, open burning: OF 0.58, CH4 6500 g/t wet, N2O 150 g/t dry"
            : Inv($"IPCC 2006 Vol.5 Ch.5, incineration ({parameters.Technology}, {parameters.Stream}): OF {N(of)}, Table 5.3 CH4, Table 5.6 N2O");
        return new MethodOutput(
            [
                new GasMass(Gas.CO2Fossil, co2Fossil * 1000m),
                new GasMass(Gas.CO2Biogenic, co2Bio * 1000m),
                new GasMass(Gas.CH4NonFossil, ch4 * 1000m),
                new GasMass(Gas.N2O, n2o * 1000m),
            ],
            text.Build(),
            convention);
    }
}
