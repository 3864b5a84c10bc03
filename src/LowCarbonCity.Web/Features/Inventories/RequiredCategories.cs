using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>One thing an inventory must cover before it can be submitted, and how to tell that a line covers it.</summary>
public sealed record RequiredItem(string Code, string NameEn, Func<ActivityLine, bool> CoveredBy);

/// <summary>
/// What an inventory must cover, per kind, before submission: each item needs at least one line with a quantity or a
/// notation key (a line always has one of the two). Kept deliberately short:
/// <list type="bullet">
/// <item>Organisation (CFO): grid electricity; at least one fuel line (stationary or mobile combustion); waste.</item>
/// <item>City (GPC BASIC): every BASIC sub-sector of stationary energy (I.1-I.8 less I.4.4), transportation (II.1-II.5)
/// and waste (III.1-III.4), by the line's GPC sub-sector (or its category's default).</item>
/// </list>
/// </summary>
public static class RequiredCategories
{
    private static readonly GpcSubsector[] BasicSubsectors =
    [
        GpcSubsector.Residential, GpcSubsector.CommercialInstitutional, GpcSubsector.ManufacturingConstruction,
        GpcSubsector.EnergyIndustries, GpcSubsector.AgricultureForestryFishing, GpcSubsector.NonSpecified,
        GpcSubsector.FugitiveCoal, GpcSubsector.FugitiveOilGas,
        GpcSubsector.OnRoad, GpcSubsector.Railways, GpcSubsector.Waterborne, GpcSubsector.Aviation, GpcSubsector.OffRoad,
        GpcSubsector.SolidWasteDisposal, GpcSubsector.BiologicalTreatment, GpcSubsector.IncinerationOpenBurning, GpcSubsector.Wastewater,
    ];

    public static IReadOnlyList<RequiredItem> For(InventoryKind kind) => kind switch
    {
        InventoryKind.Organisation =>
        [
            new("cfo.electricity", "Grid electricity", l => l.Category == ActivityCategory.GridElectricity),
            new("cfo.fuel", "At least one fuel line (stationary or mobile combustion)",
                l => l.Definition.Group is CategoryGroup.StationaryCombustion or CategoryGroup.MobileCombustion),
            new("cfo.waste", "Waste", l => l.Definition.Group is CategoryGroup.Waste),
        ],
        InventoryKind.City => BasicSubsectors
            .Select(s => new RequiredItem($"gpc.{GpcSubsectors.Reference(s)}", $"GPC {GpcSubsectors.Reference(s)} {s}",
                l => (l.GpcSubsector ?? l.Definition.DefaultGpcSubsector) == s))
            .ToList(),
    };

    /// <summary>The required items no line covers yet (a <see cref="LinePlaceholders">placeholder</see> covers nothing).</summary>
    public static IReadOnlyList<RequiredItem> Missing(InventoryKind kind, IEnumerable<ActivityLine> lines)
    {
        var list = lines.Where(l => !LinePlaceholders.Is(l)).ToList();
        return For(kind).Where(item => !list.Any(l => (l.Amount is not null || l.NotationKey is not null) && item.CoveredBy(l))).ToList();
    }
}
