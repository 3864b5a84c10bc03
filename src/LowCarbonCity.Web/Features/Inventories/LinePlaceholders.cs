using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// A line copied from an earlier year's inventory before this year's value is known
/// (<see cref="ActivityLine.AwaitsValue"/>: no quantity and no notation key). It keeps the structure (category, unit,
/// method parameters, site, description, data source) but counts as missing: it is not calculated, covers no
/// required item and blocks submission until the officer enters a quantity or a notation key of their own.
/// </summary>
public static class LinePlaceholders
{
    public static bool Is(ActivityLine line) => line is not null && line.AwaitsValue;
}
