using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// One activity line as the engine sees it (docs/conventions.md C1): either a <see cref="Quantity"/> or a
/// <see cref="NotationKey"/> (never both). Refrigerant lines calculated with the screening method carry
/// <see cref="Refrigerants.RefrigerantScreeningParameters"/> instead of a quantity.
/// </summary>
/// <param name="LineId">The activity line's id; every result and error names it.</param>
/// <param name="Category">What the line measures.</param>
/// <param name="Quantity">The annual activity, in any unit the category accepts.</param>
/// <param name="NotationKey">GPC notation key when there is no number (reported as the key, never zero).</param>
/// <param name="GpcSubsector">City inventories: the GPC sub-sector; null means the category's default.</param>
/// <param name="CustomFactor">A user factor that replaces the edition's factors for this line (flagged).</param>
/// <param name="Parameters">Method parameters (waste, wastewater, refrigerant screening).</param>
/// <param name="DataQuality">GPC data-quality rating of the activity data.</param>
public sealed record ActivityRecord(
    Guid LineId,
    ActivityCategory Category,
    Quantity? Quantity,
    NotationKey? NotationKey = null,
    GpcSubsector? GpcSubsector = null,
    CustomFactor? CustomFactor = null,
    MethodParameters? Parameters = null,
    DataQuality DataQuality = DataQuality.Medium)
{
    /// <summary>
    /// City inventories, waste sub-sectors (GPC III): where the waste was generated and treated. Null means the
    /// default: <see cref="WasteTreatmentBoundary.GeneratedInCityTreatedOutside"/> for
    /// <see cref="ActivityCategory.WasteToThirdPartyLandfill"/>, otherwise
    /// <see cref="WasteTreatmentBoundary.GeneratedAndTreatedInCity"/>.
    /// </summary>
    public WasteTreatmentBoundary? WasteBoundary { get; init; }

    /// <summary>The explanation that goes with a notation key (NE: why; IE: where).</summary>
    public string? NotationExplanation { get; init; }
}

/// <summary>
/// GPC v1.1 waste boundary (docs/domain/methodology.md 3.3): decides the scope digit of a sector III line.
/// </summary>
public enum WasteTreatmentBoundary
{
    /// <summary>III.x.1: generated and treated in the city. Scope 1, BASIC.</summary>
    GeneratedAndTreatedInCity,

    /// <summary>III.x.2: generated in the city, treated outside. Scope 3, but included in BASIC.</summary>
    GeneratedInCityTreatedOutside,

    /// <summary>III.x.3: generated outside, treated in the city. Scope 1, territorial total only.</summary>
    GeneratedOutsideTreatedInCity,
}
