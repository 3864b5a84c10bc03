using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// A line copied from an earlier year's structure before this year's data is known: notation key NE ("not
/// estimated") with an explanation that starts with <see cref="Prefix"/> and names the year and unit it came from.
/// It keeps the structure (category, GPC sub-sector, description, data source) but counts as missing: it covers no
/// required item and blocks submission until the officer enters a quantity or a notation key of their own.
/// </summary>
public static class LinePlaceholders
{
    public const string Prefix = "Placeholder copied from ";

    public static string ExplanationFor(int year, string? unitCode) =>
        $"{Prefix}{year}{(unitCode is null ? string.Empty : $" (unit '{unitCode}')")}: enter this year's quantity.";

    public static bool Is(ActivityLine line) => line is not null && Is(line.NotationKey, line.NotationExplanation);

    public static bool Is(NotationKey? key, string? explanation) =>
        key == NotationKey.NE && explanation is not null && explanation.StartsWith(Prefix, StringComparison.Ordinal);
}
