namespace LowCarbonCity.Domain.Inventory;

/// <summary>GPC v1.1 sub-sectors (docs/domain/methodology.md 3.3). The scope digit (x.1, x.2, x.3) is derived, not chosen.</summary>
public enum GpcSubsector
{
    Residential,
    CommercialInstitutional,
    ManufacturingConstruction,
    EnergyIndustries,
    /// <summary>I.4.4: energy generation supplied to the grid (territorial only).</summary>
    EnergyGenerationSuppliedToGrid,
    AgricultureForestryFishing,
    NonSpecified,
    FugitiveCoal,
    FugitiveOilGas,
    OnRoad,
    Railways,
    Waterborne,
    Aviation,
    OffRoad,
    SolidWasteDisposal,
    BiologicalTreatment,
    IncinerationOpenBurning,
    Wastewater,
    IndustrialProcesses,
    ProductUse,
    Livestock,
    Land,
    AggregateSourcesOnLand,
    OtherScope3,
}

/// <summary>GPC sectors I-VI.</summary>
public enum GpcSector
{
    StationaryEnergy,
    Transportation,
    Waste,
    Ippu,
    Afolu,
    OtherScope3,
}

/// <summary>Facts about GPC sub-sectors.</summary>
public static class GpcSubsectors
{
    /// <summary>The GPC reference prefix, e.g. <c>I.1</c> or <c>I.4.4</c>.</summary>
    public static string Reference(GpcSubsector subsector) => subsector switch
    {
        GpcSubsector.Residential => "I.1",
        GpcSubsector.CommercialInstitutional => "I.2",
        GpcSubsector.ManufacturingConstruction => "I.3",
        GpcSubsector.EnergyIndustries => "I.4",
        GpcSubsector.EnergyGenerationSuppliedToGrid => "I.4.4",
        GpcSubsector.AgricultureForestryFishing => "I.5",
        GpcSubsector.NonSpecified => "I.6",
        GpcSubsector.FugitiveCoal => "I.7",
        GpcSubsector.FugitiveOilGas => "I.8",
        GpcSubsector.OnRoad => "II.1",
        GpcSubsector.Railways => "II.2",
        GpcSubsector.Waterborne => "II.3",
        GpcSubsector.Aviation => "II.4",
        GpcSubsector.OffRoad => "II.5",
        GpcSubsector.SolidWasteDisposal => "III.1",
        GpcSubsector.BiologicalTreatment => "III.2",
        GpcSubsector.IncinerationOpenBurning => "III.3",
        GpcSubsector.Wastewater => "III.4",
        GpcSubsector.IndustrialProcesses => "IV.1",
        GpcSubsector.ProductUse => "IV.2",
        GpcSubsector.Livestock => "V.1",
        GpcSubsector.Land => "V.2",
        GpcSubsector.AggregateSourcesOnLand => "V.3",
        GpcSubsector.OtherScope3 => "VI.1",
    };

    public static GpcSector SectorOf(GpcSubsector subsector) => subsector switch
    {
        GpcSubsector.Residential or GpcSubsector.CommercialInstitutional or GpcSubsector.ManufacturingConstruction
            or GpcSubsector.EnergyIndustries or GpcSubsector.EnergyGenerationSuppliedToGrid
            or GpcSubsector.AgricultureForestryFishing or GpcSubsector.NonSpecified or GpcSubsector.FugitiveCoal
            or GpcSubsector.FugitiveOilGas => GpcSector.StationaryEnergy,
        GpcSubsector.OnRoad or GpcSubsector.Railways or GpcSubsector.Waterborne or GpcSubsector.Aviation
            or GpcSubsector.OffRoad => GpcSector.Transportation,
        GpcSubsector.SolidWasteDisposal or GpcSubsector.BiologicalTreatment or GpcSubsector.IncinerationOpenBurning
            or GpcSubsector.Wastewater => GpcSector.Waste,
        GpcSubsector.IndustrialProcesses or GpcSubsector.ProductUse => GpcSector.Ippu,
        GpcSubsector.Livestock or GpcSubsector.Land or GpcSubsector.AggregateSourcesOnLand => GpcSector.Afolu,
        GpcSubsector.OtherScope3 => GpcSector.OtherScope3,
    };
}
