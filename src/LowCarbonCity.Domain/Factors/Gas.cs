namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// A greenhouse gas as the engine keeps it apart (docs/domain/methodology.md 3.1). CH4 from fossil and non-fossil sources
/// are separate gases because AR5/AR6 give them different GWPs. <see cref="CO2e"/> marks a factor published
/// already in CO2-equivalent (e.g. TGO's tap-water factor), which no GWP set changes.
/// </summary>
public enum Gas
{
    CO2Fossil,
    /// <summary>Biogenic CO2: a memo item, never in scope totals.</summary>
    CO2Biogenic,
    CH4Fossil,
    CH4NonFossil,
    N2O,
    HFC23,
    HFC32,
    HFC125,
    HFC134,
    HFC134a,
    HFC143,
    HFC143a,
    HFC152a,
    /// <summary>HCFC-22: a Montreal Protocol gas, reported as a memo item outside the totals.</summary>
    HCFC22,
    SF6,
    NF3,
    /// <summary>An amount already expressed as CO2-equivalent by the factor's publisher.</summary>
    CO2e,
}

/// <summary>Facts about gases that the scope rules need.</summary>
public static class GasRules
{
    /// <summary>
    /// Memo gases are computed and reported but never enter scope totals: biogenic CO2 (GHG Protocol, GPC) and
    /// the Montreal Protocol gases (TGO LAO practice, docs/domain/methodology.md 3.10).
    /// </summary>
    public static bool IsMemo(Gas gas) => gas switch
    {
        Gas.CO2Biogenic or Gas.HCFC22 => true,
        Gas.CO2Fossil or Gas.CH4Fossil or Gas.CH4NonFossil or Gas.N2O or Gas.HFC23 or Gas.HFC32 or Gas.HFC125
            or Gas.HFC134 or Gas.HFC134a or Gas.HFC143 or Gas.HFC143a or Gas.HFC152a or Gas.SF6 or Gas.NF3
            or Gas.CO2e => false,
    };

    /// <summary>A short chemical label for reports and formulas (e.g. "CH4 (fossil)").</summary>
    public static string Label(Gas gas) => gas switch
    {
        Gas.CO2Fossil => "CO2",
        Gas.CO2Biogenic => "CO2 (biogenic)",
        Gas.CH4Fossil => "CH4 (fossil)",
        Gas.CH4NonFossil => "CH4 (non-fossil)",
        Gas.N2O => "N2O",
        Gas.HFC23 => "HFC-23",
        Gas.HFC32 => "HFC-32",
        Gas.HFC125 => "HFC-125",
        Gas.HFC134 => "HFC-134",
        Gas.HFC134a => "HFC-134a",
        Gas.HFC143 => "HFC-143",
        Gas.HFC143a => "HFC-143a",
        Gas.HFC152a => "HFC-152a",
        Gas.HCFC22 => "HCFC-22",
        Gas.SF6 => "SF6",
        Gas.NF3 => "NF3",
        Gas.CO2e => "CO2e",
    };
}
