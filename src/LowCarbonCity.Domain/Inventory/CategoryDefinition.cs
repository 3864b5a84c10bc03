using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// Everything fixed about an activity category: its group, method, the dimensions a quantity may have, the unit the
/// editor offers first, the CFO scope (docs/conventions.md D5: scope is derived, never typed in) and the default GPC sub-sector.
/// </summary>
public sealed record CategoryDefinition(
    ActivityCategory Category,
    CategoryGroup Group,
    CalculationMethod Method,
    IReadOnlyList<Dimension> Dimensions,
    Unit DefaultUnit,
    EmissionScope CfoScope,
    GpcSubsector DefaultGpcSubsector,
    string NameEn,
    string NameTh)
{
    /// <summary>Whether a quantity in <paramref name="unit"/> is acceptable for this category.</summary>
    public bool Accepts(Unit unit) => unit is not null && Dimensions.Contains(unit.Dimension);

    /// <summary>Every unit a quantity of this category may be entered in.</summary>
    public IEnumerable<Unit> Units => Unit.All.Where(Accepts);
}
