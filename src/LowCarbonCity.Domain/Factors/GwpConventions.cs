using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Factors;

/// <summary>
/// Which GWP set an inventory is calculated with unless its owner picks another: the convention of the framework the
/// inventory is reported under. An organisation (CFO) inventory follows its factor edition's publisher (TGO applies
/// AR5 with fossil CH4 30); a city (GPC) inventory follows AR5 as GPC reporting platforms apply it (CH4 28 for all
/// methane), so its figures can be compared with theirs.
/// </summary>
public static class GwpConventions
{
    /// <summary>IPCC AR5 as TGO's CFO list applies it: fossil CH4 30, non-fossil CH4 28, N2O 265.</summary>
    public const string TgoCfoAr5 = "AR5";

    /// <summary>IPCC AR5 as GPC/CDP reporting applies it: CH4 28 whatever its origin, N2O 265.</summary>
    public const string GpcAr5 = "AR5-GPC";

    /// <summary>The default set of a new inventory of <paramref name="kind"/> whose edition names <paramref name="editionDefault"/>.</summary>
    public static string DefaultFor(InventoryKind kind, string editionDefault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editionDefault);
        return kind switch
        {
            InventoryKind.Organisation => editionDefault,
            InventoryKind.City => GpcAr5,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown inventory kind."),
        };
    }
}
