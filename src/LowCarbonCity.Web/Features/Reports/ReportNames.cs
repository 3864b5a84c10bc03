using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>Thai and English names of the groupings reports chart by (category groups, GPC sectors).</summary>
public static class ReportNames
{
    public static (string Th, string En) Of(CategoryGroup group) => group switch
    {
        CategoryGroup.StationaryCombustion => ("การเผาไหม้เชื้อเพลิงอยู่กับที่", "Stationary combustion"),
        CategoryGroup.MobileCombustion => ("การเผาไหม้เชื้อเพลิงเคลื่อนที่", "Mobile combustion"),
        CategoryGroup.Electricity => ("ไฟฟ้า", "Electricity"),
        CategoryGroup.Fugitive => ("การรั่วไหล", "Fugitive emissions"),
        CategoryGroup.PurchasedGoodsAndServices => ("สินค้าและบริการที่ซื้อ", "Purchased goods and services"),
        CategoryGroup.FuelAndEnergyUpstream => ("กิจกรรมต้นน้ำของเชื้อเพลิงและพลังงาน", "Fuel- and energy-related upstream"),
        CategoryGroup.Transport => ("การขนส่ง", "Transport"),
        CategoryGroup.Waste => ("ของเสีย", "Waste"),
        CategoryGroup.Wastewater => ("น้ำเสีย", "Wastewater"),
    };

    public static (string Th, string En) Of(GpcSector sector) => sector switch
    {
        GpcSector.StationaryEnergy => ("I พลังงานอยู่กับที่", "I Stationary energy"),
        GpcSector.Transportation => ("II การขนส่ง", "II Transportation"),
        GpcSector.Waste => ("III ของเสีย", "III Waste"),
        GpcSector.Ippu => ("IV กระบวนการอุตสาหกรรมและการใช้ผลิตภัณฑ์", "IV IPPU"),
        GpcSector.Afolu => ("V เกษตร ป่าไม้ และการใช้ที่ดิน", "V AFOLU"),
        GpcSector.OtherScope3 => ("VI ขอบเขตที่ 3 อื่น ๆ", "VI Other scope 3"),
    };

    /// <summary>The GPC sector of a reference such as <c>II.1.1</c>, or null when it is not a GPC reference.</summary>
    public static GpcSector? SectorOfReference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? reference : reference[..dot]) switch
        {
            "I" => GpcSector.StationaryEnergy,
            "II" => GpcSector.Transportation,
            "III" => GpcSector.Waste,
            "IV" => GpcSector.Ippu,
            "V" => GpcSector.Afolu,
            "VI" => GpcSector.OtherScope3,
            _ => null,
        };
    }

    /// <summary>The chart key and names a stored result falls under: its GPC sector (City) or category group (Organisation).</summary>
    public static (string Key, string Th, string En) GroupOf(InventoryKind kind, ActivityCategory category, string? gpcReference)
    {
        if (kind == InventoryKind.City && SectorOfReference(gpcReference) is { } sector)
        {
            var (th, en) = Of(sector);
            return (sector.ToString(), th, en);
        }

        var group = ActivityCategories.Get(category).Group;
        var (gth, gen) = Of(group);
        return (group.ToString(), gth, gen);
    }
}
