namespace LowCarbonCity.Domain.Calculation.Refrigerants;

/// <summary>
/// IPCC screening method for refrigerants (2006 Guidelines Vol.3 Ch.7), used when the mass refilled in the year is
/// unknown: emitted mass = installed charge × annual leak rate. The line then has no quantity; the engine derives
/// the emitted mass and multiplies it by the refrigerant's component mass fractions.
/// </summary>
/// <param name="ChargeKg">Installed refrigerant charge of the equipment, kg.</param>
/// <param name="AnnualLeakRate">Share of the charge lost per year, 0 to 1 (e.g. 0.05 for 5 %/yr).</param>
/// <param name="EquipmentClass">The IPCC equipment class the rate was chosen for (documentation only).</param>
public sealed record RefrigerantScreeningParameters(
    [MethodParameter(Unit = "kg", Minimum = 0, Description = "Installed refrigerant charge")] decimal ChargeKg,
    [MethodParameter(Unit = "fraction/yr", Minimum = 0, Maximum = 1, Description = "Share of the charge lost per year")] decimal AnnualLeakRate,
    RefrigerationEquipmentClass? EquipmentClass = null)
    : MethodParameters
{
    /// <summary>Throws <see cref="MethodParameterRangeException"/> naming the JSON property at fault.</summary>
    public void Validate() => MethodParameterRules.Check(this);
}

/// <summary>IPCC 2006 Vol.3 Ch.7 equipment classes for the refrigerant screening method (docs/domain/methodology.md 3.10).</summary>
public enum RefrigerationEquipmentClass
{
    /// <summary>Domestic refrigeration: 0.1-0.5 %/yr.</summary>
    DomesticRefrigeration,

    /// <summary>Stand-alone commercial applications: 1-15 %/yr.</summary>
    StandAloneCommercial,

    /// <summary>Medium and large commercial refrigeration: 10-35 %/yr.</summary>
    MediumLargeCommercialRefrigeration,

    /// <summary>Residential and commercial air conditioning, including heat pumps (split units): 1-10 %/yr.</summary>
    ResidentialCommercialAirConditioning,

    /// <summary>Chillers: 2-15 %/yr.</summary>
    Chillers,

    /// <summary>Mobile air conditioning: 10-20 %/yr.</summary>
    MobileAirConditioning,
}

/// <summary>Default annual leak-rate ranges by equipment class (IPCC 2006 Vol.3 Table 7.9, as in docs/domain/methodology.md 3.10 [R]).</summary>
public static class RefrigerantLeakRates
{
    /// <summary>The IPCC default range (low, high) of the annual leak rate, as a share of the charge.</summary>
    public static (decimal Low, decimal High) DefaultRange(RefrigerationEquipmentClass equipmentClass) => equipmentClass switch
    {
        RefrigerationEquipmentClass.DomesticRefrigeration => (0.001m, 0.005m),
        RefrigerationEquipmentClass.StandAloneCommercial => (0.01m, 0.15m),
        RefrigerationEquipmentClass.MediumLargeCommercialRefrigeration => (0.10m, 0.35m),
        RefrigerationEquipmentClass.ResidentialCommercialAirConditioning => (0.01m, 0.10m),
        RefrigerationEquipmentClass.Chillers => (0.02m, 0.15m),
        RefrigerationEquipmentClass.MobileAirConditioning => (0.10m, 0.20m),
    };
}
