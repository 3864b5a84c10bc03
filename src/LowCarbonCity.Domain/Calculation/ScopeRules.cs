using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>Where a line counts in a GPC city inventory (docs/domain/methodology.md 3.3).</summary>
/// <param name="Subsector">The GPC sub-sector.</param>
/// <param name="ScopeDigit">1, 2 or 3 for sectors I-III (x.1, x.2, x.3); null for I.4.4, IV, V and VI.</param>
/// <param name="Reference">The GPC reference, e.g. <c>II.1.1</c>.</param>
/// <param name="Scope">The GHG Protocol scope.</param>
/// <param name="InBasic">Counts in BASIC.</param>
/// <param name="InBasicPlus">Counts in BASIC+.</param>
/// <param name="InTerritorial">Counts in the territorial (scope 1) total.</param>
public sealed record GpcPlacement(
    GpcSubsector Subsector,
    int? ScopeDigit,
    string Reference,
    EmissionScope Scope,
    bool InBasic,
    bool InBasicPlus,
    bool InTerritorial);

/// <summary>
/// How a category becomes a scope (docs/conventions.md D5: derived, never typed in). Switch expressions without a <c>_</c>
/// arm: a new category, group, part or sub-sector breaks the build until it is placed here.
/// </summary>
public static class ScopeRules
{
    /// <summary>What a category is, as far as the GPC boundary rules are concerned.</summary>
    public enum CityNature
    {
        /// <summary>Fuel combustion, fugitive and product-use emissions inside the boundary: x.1 / IV / V.</summary>
        InBoundary,

        /// <summary>Grid-supplied energy: x.2 (and x.3 for its T&amp;D losses).</summary>
        GridEnergy,

        /// <summary>Purchased goods, upstream of fuels and energy, contracted freight: VI.1 (other scope 3).</summary>
        OtherScope3,

        /// <summary>Waste and wastewater (sector III): x.1 / x.2 / x.3 by where it is generated and treated.</summary>
        Waste,
    }

    /// <summary>TGO CFO scope of one part of a line: the category catalogue decides the activity's scope.</summary>
    public static EmissionScope CfoScope(ActivityCategory category, LinePart part) => part switch
    {
        LinePart.Activity => ActivityCategories.Get(category).CfoScope,
        LinePart.ElectricityUpstream => EmissionScope.Scope3,
        // The TGO CFO grid factor already contains T&D losses (docs/domain/methodology.md 2.1): a CFO never has this part.
        LinePart.TransmissionAndDistributionLosses => throw new InvalidOperationException(
            "A CFO inventory has no T&D-loss part: the TGO scope-2 factor already contains T&D losses."),
    };

    /// <summary>The GPC nature of a category, by its catalogue group.</summary>
    public static CityNature NatureOf(ActivityCategory category) => ActivityCategories.Get(category).Group switch
    {
        CategoryGroup.StationaryCombustion or CategoryGroup.MobileCombustion or CategoryGroup.Fugitive => CityNature.InBoundary,
        CategoryGroup.Electricity => CityNature.GridEnergy,
        CategoryGroup.PurchasedGoodsAndServices or CategoryGroup.FuelAndEnergyUpstream or CategoryGroup.Transport => CityNature.OtherScope3,
        CategoryGroup.Waste or CategoryGroup.Wastewater => CityNature.Waste,
    };

    /// <summary>The default waste boundary of a category: waste sent to a third party's landfill is treated outside.</summary>
    public static WasteTreatmentBoundary DefaultWasteBoundary(ActivityCategory category) =>
        category == ActivityCategory.WasteToThirdPartyLandfill
            ? WasteTreatmentBoundary.GeneratedInCityTreatedOutside
            : WasteTreatmentBoundary.GeneratedAndTreatedInCity;

    /// <summary>
    /// Places one part of a line in the GPC table. Throws <see cref="ArgumentException"/> when the sub-sector
    /// cannot hold the category (e.g. grid electricity in waste, a fuel in VI.1); the engine reports it with the line.
    /// </summary>
    public static GpcPlacement CityPlacement(ActivityCategory category, GpcSubsector subsector, WasteTreatmentBoundary wasteBoundary, LinePart part)
    {
        var sector = GpcSubsectors.SectorOf(subsector);
        var nature = part switch
        {
            LinePart.Activity => NatureOf(category),
            LinePart.TransmissionAndDistributionLosses => CityNature.GridEnergy,
            LinePart.ElectricityUpstream => CityNature.OtherScope3,
        };

        return nature switch
        {
            CityNature.GridEnergy => GridEnergy(subsector, sector, part),
            CityNature.OtherScope3 => part == LinePart.ElectricityUpstream || subsector == GpcSubsector.OtherScope3
                ? Place(GpcSubsector.OtherScope3, null, EmissionScope.Scope3)
                : throw new ArgumentException($"{category} is an other-scope-3 item: its GPC sub-sector is VI.1, not {GpcSubsectors.Reference(subsector)}."),
            CityNature.Waste => sector == GpcSector.Waste
                ? Waste(subsector, wasteBoundary)
                : throw new ArgumentException($"{category} is waste or wastewater: its GPC sub-sector must be in sector III, not {GpcSubsectors.Reference(subsector)}."),
            CityNature.InBoundary => InBoundary(category, subsector, sector),
        };
    }

    private static GpcPlacement GridEnergy(GpcSubsector subsector, GpcSector sector, LinePart part)
    {
        if (sector is not (GpcSector.StationaryEnergy or GpcSector.Transportation) || subsector == GpcSubsector.EnergyGenerationSuppliedToGrid)
        {
            throw new ArgumentException($"Grid energy belongs in a sector I or II sub-sector (x.2), not {GpcSubsectors.Reference(subsector)}.");
        }

        return part == LinePart.TransmissionAndDistributionLosses
            ? Place(subsector, 3, EmissionScope.Scope3)
            : Place(subsector, 2, EmissionScope.Scope2);
    }

    private static GpcPlacement Waste(GpcSubsector subsector, WasteTreatmentBoundary boundary) => boundary switch
    {
        WasteTreatmentBoundary.GeneratedAndTreatedInCity => Place(subsector, 1, EmissionScope.Scope1),
        WasteTreatmentBoundary.GeneratedInCityTreatedOutside => Place(subsector, 2, EmissionScope.Scope3),
        WasteTreatmentBoundary.GeneratedOutsideTreatedInCity => Place(subsector, 3, EmissionScope.Scope1),
    };

    private static GpcPlacement InBoundary(ActivityCategory category, GpcSubsector subsector, GpcSector sector) => sector switch
    {
        GpcSector.StationaryEnergy or GpcSector.Transportation => subsector == GpcSubsector.EnergyGenerationSuppliedToGrid
            ? Place(subsector, null, EmissionScope.Scope1)
            : Place(subsector, 1, EmissionScope.Scope1),
        GpcSector.Ippu or GpcSector.Afolu => Place(subsector, null, EmissionScope.Scope1),
        GpcSector.Waste or GpcSector.OtherScope3 => throw new ArgumentException(
            $"{category} is an in-boundary emission: put it in sector I, II, IV or V, not {GpcSubsectors.Reference(subsector)}."),
    };

    /// <summary>
    /// Where the T&amp;D losses of a grid-energy cell (x.2 of sector I or II) are reported when no loss share separates
    /// them: the sub-sector's x.3 cell, as IE, since the TGO grid factor contains them. Null for any other cell and for
    /// off-road transport, which has no x.3.
    /// </summary>
    public static GpcPlacement? LossesIncludedCell(GpcPlacement gridCell)
    {
        ArgumentNullException.ThrowIfNull(gridCell);
        return gridCell.ScopeDigit == 2 && GpcSubsectors.SectorOf(gridCell.Subsector) is GpcSector.StationaryEnergy or GpcSector.Transportation
            && gridCell.Subsector != GpcSubsector.OffRoad
            ? CityPlacement(ActivityCategory.GridElectricity, gridCell.Subsector, WasteTreatmentBoundary.GeneratedAndTreatedInCity, LinePart.TransmissionAndDistributionLosses)
            : null;
    }

    /// <summary>The reporting levels of a cell (docs/domain/methodology.md 3.3).</summary>
    private static GpcPlacement Place(GpcSubsector subsector, int? digit, EmissionScope scope)
    {
        var sector = GpcSubsectors.SectorOf(subsector);
        var reference = digit is { } d
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{GpcSubsectors.Reference(subsector)}.{d}")
            : GpcSubsectors.Reference(subsector);
        var (basic, basicPlusOnly) = sector switch
        {
            // I and II: x.1 and x.2 are BASIC (I.4.4 excluded); x.3 is BASIC+.
            GpcSector.StationaryEnergy or GpcSector.Transportation => subsector == GpcSubsector.EnergyGenerationSuppliedToGrid
                ? (false, false)
                : (digit is 1 or 2, digit is 3),
            // III: x.1 and x.2 (scope 3, treated outside) are BASIC; x.3 is territorial only.
            GpcSector.Waste => (digit is 1 or 2, false),
            GpcSector.Ippu or GpcSector.Afolu => (false, true),
            GpcSector.OtherScope3 => (false, false),
        };
        return new GpcPlacement(subsector, digit, reference, scope, basic, basic || basicPlusOnly, scope == EmissionScope.Scope1);
    }
}
