using System.Globalization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// Thai and English names of what reports show: the groupings they chart by (category groups, GPC sectors), gases,
/// line parts, regions and organisation types. A report never prints an enum's code name (the workbook tests check).
/// </summary>
public static class ReportNames
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A gas as chemists write it, its origin in the report's language: "CH₄ (ฟอสซิล)", "CO₂ (biogenic)", "N₂O".</summary>
    public static string Gas(Gas gas, ReportLanguage l) => gas switch
    {
        Domain.Factors.Gas.CO2Biogenic => l.Pick("CO₂ (ชีวภาพ)", "CO₂ (biogenic)"),
        Domain.Factors.Gas.CH4Fossil => l.Pick("CH₄ (ฟอสซิล)", "CH₄ (fossil)"),
        Domain.Factors.Gas.CH4NonFossil => l.Pick("CH₄ (ไม่ใช่ฟอสซิล)", "CH₄ (non-fossil)"),
        _ => Formula(GasRules.Label(gas)),
    };

    /// <summary>
    /// The digits of a chemical formula as subscripts (CO2 → CO₂, N2O → N₂O, SF6 → SF₆, CO2e → CO₂e); a refrigerant's
    /// number after its hyphen (HFC-134a) stays as it is.
    /// </summary>
    public static string Formula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]) && (char.IsAsciiLetterUpper(chars[i - 1]) || chars[i - 1] is >= '\u2080' and <= '\u2089'))
            {
                chars[i] = (char)('\u2080' + (chars[i] - '0'));
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A unit as a report prints it: its symbol (m³ with its superscript, kWh, L), or its name in the report's
    /// language where the unit is a word (person-year, rai).
    /// </summary>
    public static string Unit(string code, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Domain.Quantities.Unit.TryFromCode(code, out var unit))
        {
            return code;
        }

        return unit == Domain.Quantities.Unit.CubicMetre ? "m³"
            : unit == Domain.Quantities.Unit.PersonYear || unit == Domain.Quantities.Unit.Rai ? l.Pick(unit.NameTh, unit.NameEn)
            : unit.Code;
    }

    /// <summary>A factor's unit, kg of gas per one activity unit: "kg/m³", "kg/kWh".</summary>
    public static string PerUnit(string code, ReportLanguage l) => "kg/" + Unit(code, l);

    /// <summary>Which part of a line a result is: the activity itself, or the T&amp;D losses or upstream of its electricity.</summary>
    public static string Part(LinePart part, ReportLanguage l) => part switch
    {
        LinePart.Activity => l.Pick("กิจกรรม", "Activity"),
        LinePart.TransmissionAndDistributionLosses => l.Pick("ความสูญเสียในระบบสายส่งและจำหน่าย", "T&D losses"),
        LinePart.ElectricityUpstream => l.Pick("ต้นน้ำของไฟฟ้า", "Electricity upstream"),
    };

    public static string Region(Region region, ReportLanguage l) => Text("Region_" + region, l);

    public static string OrganisationType(OrganisationType type, ReportLanguage l) => Text("OrgType_" + type, l);

    /// <summary>A page text in the report's language (reports are written in the language asked for, not the request's).</summary>
    private static string Text(string key, ReportLanguage l) => Resources.Texts.Instance.Get(key, l == ReportLanguage.Thai ? Thai : English);

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
