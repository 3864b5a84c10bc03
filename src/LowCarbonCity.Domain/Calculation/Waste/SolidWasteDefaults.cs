using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>
/// IPCC 2006 Vol.5 defaults for solid-waste disposal (docs/domain/methodology.md 3.6). Every switch lists every enum value, so a
/// new waste type, site management or climate zone breaks the build until its default is chosen.
/// </summary>
public static class SolidWasteDefaults
{
    /// <summary>Fraction of methane in landfill gas, F (IPCC 2006 Vol.5 Ch.3 §3.2.3).</summary>
    public const decimal MethaneFraction = 0.5m;

    /// <summary>DOCf for the first-order-decay methods (IPCC 2006 default).</summary>
    public const decimal DocfFirstOrderDecay = 0.5m;

    /// <summary>DOCf for the GPC methane-commitment method (GPC Eq 8.4).</summary>
    public const decimal DocfMethaneCommitment = 0.6m;

    /// <summary>OX for managed sites covered with oxidising material (IPCC 2006 Table 3.2); 0 otherwise.</summary>
    public const decimal OxidationCovered = 0.1m;

    /// <summary>Molecular-weight ratio CH4/C.</summary>
    public const decimal Ch4PerC = 16m / 12m;

    /// <summary>
    /// Degradable organic carbon, wet basis (IPCC 2006 Table 2.4; industrial per GPC Eq 8.1). Null for bulk MSW: its DOC
    /// depends on the composition and must be given (<see cref="SolidWasteDisposalParameters.BulkDoc"/>).
    /// </summary>
    public static decimal? Doc(WasteType type) => type switch
    {
        WasteType.BulkMsw => null,
        WasteType.Food => 0.15m,
        WasteType.Garden => 0.20m,
        WasteType.Paper => 0.40m,
        WasteType.Wood => 0.43m,
        WasteType.Textiles => 0.24m,
        WasteType.Nappies => 0.24m,
        WasteType.RubberLeather => 0.39m,
        WasteType.Plastics => 0m,
        WasteType.MetalGlassInert => 0m,
        WasteType.SewageSludge => 0.05m,
        WasteType.Industrial => 0.15m,
    };

    /// <summary>
    /// Default municipal solid waste composition for South-Eastern Asia, % of wet weight (IPCC 2006 Vol.5 Table 2.3):
    /// food 43.5, paper 12.9, wood 9.9, textiles 2.7, rubber and leather 0.9, plastics 7.2, and metal 3.3 + glass 4.0
    /// + other 16.3 as inert (DOC 0). The published row sums to 100.7 %; shares are read relative to their total.
    /// </summary>
    public static IReadOnlyList<WasteShare> SouthEastAsiaMswComposition { get; } =
    [
        new(WasteType.Food, 43.5m),
        new(WasteType.Garden, 0m),
        new(WasteType.Paper, 12.9m),
        new(WasteType.Wood, 9.9m),
        new(WasteType.Textiles, 2.7m),
        new(WasteType.Nappies, 0m),
        new(WasteType.RubberLeather, 0.9m),
        new(WasteType.Plastics, 7.2m),
        new(WasteType.MetalGlassInert, 23.6m),
    ];

    /// <summary>
    /// DOC (wet) of a mixed waste of this composition: Σ share × DOC(type) ÷ Σ share (IPCC 2006 Vol.5 Eq 2.4 with the
    /// shares read relative to their total). Throws <see cref="ArgumentException"/> for bulk MSW in the composition or
    /// shares that sum to 0.
    /// </summary>
    public static decimal BulkDoc(IReadOnlyList<WasteShare> composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var total = composition.Sum(s => s.Fraction);
        if (total <= 0m)
        {
            throw new ArgumentException("The composition needs at least one share above 0.", nameof(composition));
        }

        return composition.Sum(s => s.Fraction * (Doc(s.WasteType)
            ?? throw new ArgumentException("Bulk MSW cannot be part of a composition.", nameof(composition)))) / total;
    }

    /// <summary>Methane correction factor of a site (IPCC 2006 Table 3.1 with the 2019 Refinement split).</summary>
    public static decimal Mcf(SiteManagement management) => management switch
    {
        SiteManagement.ManagedAnaerobic => 1.0m,
        SiteManagement.ManagedSemiAerobicWell => 0.5m,
        SiteManagement.ManagedSemiAerobicPoor => 0.7m,
        SiteManagement.ManagedActiveAerationWell => 0.4m,
        SiteManagement.ManagedActiveAerationPoor => 0.7m,
        SiteManagement.UnmanagedDeep => 0.8m,
        SiteManagement.UnmanagedShallow => 0.4m,
        SiteManagement.Uncategorised => 0.6m,
    };

    /// <summary>The IPCC Table 3.3 decay class a waste type belongs to.</summary>
    public static DecayClass DecayClassOf(WasteType type) => type switch
    {
        WasteType.Paper or WasteType.Textiles => DecayClass.PaperTextiles,
        // Rubber and leather degrade slowly; IPCC gives no own k, we use the slowest class (wood/straw).
        WasteType.Wood or WasteType.RubberLeather => DecayClass.WoodStraw,
        // Nappies: moderately degrading, as in the IPCC 2006 waste model.
        WasteType.Garden or WasteType.Nappies => DecayClass.GardenOtherPutrescible,
        WasteType.Food or WasteType.SewageSludge => DecayClass.FoodSewageSludge,
        // Industrial waste (GPC) and inert fractions (DOC 0, so k does not matter) use the bulk-waste k.
        WasteType.BulkMsw or WasteType.Industrial or WasteType.Plastics or WasteType.MetalGlassInert => DecayClass.BulkWaste,
    };

    /// <summary>Decay rate k in yr⁻¹ (IPCC 2006 Table 3.3, as listed in docs/domain/methodology.md 3.6).</summary>
    public static decimal K(ClimateZone climate, WasteType type) => (climate, DecayClassOf(type)) switch
    {
        (ClimateZone.TropicalMoistWet, DecayClass.PaperTextiles) => 0.07m,
        (ClimateZone.TropicalMoistWet, DecayClass.WoodStraw) => 0.035m,
        (ClimateZone.TropicalMoistWet, DecayClass.GardenOtherPutrescible) => 0.17m,
        (ClimateZone.TropicalMoistWet, DecayClass.FoodSewageSludge) => 0.40m,
        (ClimateZone.TropicalMoistWet, DecayClass.BulkWaste) => 0.17m,
        (ClimateZone.TropicalDry, DecayClass.PaperTextiles) => 0.045m,
        (ClimateZone.TropicalDry, DecayClass.WoodStraw) => 0.025m,
        (ClimateZone.TropicalDry, DecayClass.GardenOtherPutrescible) => 0.065m,
        (ClimateZone.TropicalDry, DecayClass.FoodSewageSludge) => 0.085m,
        (ClimateZone.TropicalDry, DecayClass.BulkWaste) => 0.065m,
        (ClimateZone.TemperateBorealWet, DecayClass.PaperTextiles) => 0.06m,
        (ClimateZone.TemperateBorealWet, DecayClass.WoodStraw) => 0.03m,
        (ClimateZone.TemperateBorealWet, DecayClass.GardenOtherPutrescible) => 0.10m,
        (ClimateZone.TemperateBorealWet, DecayClass.FoodSewageSludge) => 0.185m,
        (ClimateZone.TemperateBorealWet, DecayClass.BulkWaste) => 0.09m,
        (ClimateZone.TemperateBorealDry, DecayClass.PaperTextiles) => 0.04m,
        (ClimateZone.TemperateBorealDry, DecayClass.WoodStraw) => 0.02m,
        (ClimateZone.TemperateBorealDry, DecayClass.GardenOtherPutrescible) => 0.05m,
        (ClimateZone.TemperateBorealDry, DecayClass.FoodSewageSludge) => 0.06m,
        (ClimateZone.TemperateBorealDry, DecayClass.BulkWaste) => 0.05m,
    };
}

/// <summary>IPCC 2006 Table 3.3 decay classes.</summary>
public enum DecayClass
{
    PaperTextiles,
    WoodStraw,
    GardenOtherPutrescible,
    FoodSewageSludge,
    BulkWaste,
}
