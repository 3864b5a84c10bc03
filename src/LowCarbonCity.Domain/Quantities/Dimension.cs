namespace LowCarbonCity.Domain.Quantities;

/// <summary>What a unit measures. Quantities of different dimensions never add or convert.</summary>
public enum Dimension
{
    /// <summary>Energy; base unit MJ.</summary>
    Energy,
    /// <summary>Volume; base unit litre.</summary>
    Volume,
    /// <summary>Mass; base unit kg.</summary>
    Mass,
    /// <summary>Distance; base unit km.</summary>
    Distance,
    /// <summary>Freight transport work; base unit tonne-kilometre.</summary>
    FreightDistance,
    /// <summary>A count of people served for a year (wastewater, septic tanks); base unit person-year.</summary>
    PersonYear,
    /// <summary>Area; base unit hectare.</summary>
    Area,
}
