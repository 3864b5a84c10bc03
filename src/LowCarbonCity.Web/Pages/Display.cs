using System.Globalization;
using LowCarbonCity.Web.Hosting;

namespace LowCarbonCity.Web.Pages;

/// <summary>
/// How pages show years, numbers, dates and bilingual names in the request's culture (docs/ui.md). Thai shows
/// Buddhist Era years (2024 = พ.ศ. 2567) converted explicitly; stored years are always the Common Era.
/// </summary>
public static class Display
{
    /// <summary>The gap between the Buddhist Era and the Common Era.</summary>
    public const int BuddhistEraOffset = 543;

    public static bool IsThai => UiCultures.IsThai(CultureInfo.CurrentUICulture);

    /// <summary>"พ.ศ. 2567" in Thai, "2024" in English.</summary>
    public static string Year(int year) => IsThai
        ? "พ.ศ. " + (year + BuddhistEraOffset).ToString(CultureInfo.InvariantCulture)
        : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Common Era year in the user's calendar, as typed and shown in year inputs: 2567 in Thai, 2024 in English.</summary>
    public static int YearInCalendar(int year) => IsThai ? year + BuddhistEraOffset : year;

    /// <summary>The Common Era year of a year typed in the user's calendar (2567 in Thai is 2024).</summary>
    public static int YearFromCalendar(int typed) => IsThai ? typed - BuddhistEraOffset : typed;

    /// <summary>"พ.ศ. 2567 (2024)" in Thai, "2024" in English: where users may think in either era (year pickers).</summary>
    public static string YearWithCe(int year) => IsThai
        ? Year(year) + " (" + year.ToString(CultureInfo.InvariantCulture) + ")"
        : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with the culture's separators and at most <paramref name="decimals"/> decimals (rounded half away from zero).</summary>
    public static string Number(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('#', decimals), CultureInfo.CurrentCulture);

    public static string Number(decimal? value, int decimals = 2) => value is { } v ? Number(v, decimals) : "–";

    /// <summary>Tonnes of CO2e as every door shows them (<see cref="Features.Shared.DisplayRounding"/>).</summary>
    public static string Tonnes(decimal value) => Features.Shared.DisplayRounding.Tonnes(value, CultureInfo.CurrentCulture);

    public static string Tonnes(decimal? value) => value is { } v ? Tonnes(v) : "–";

    /// <summary>A stored figure in kg CO2e shown in tonnes, as <see cref="Tonnes(decimal)"/>.</summary>
    public static string KgAsTonnes(decimal kg) => Tonnes(kg / 1000m);

    /// <summary>A value for a number input: invariant, no grouping, so the browser and the binder agree.</summary>
    public static string InputNumber(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date and time in Bangkok time, with the Buddhist Era year in Thai.</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, Bangkok);
        return IsThai
            ? local.ToString("d MMM ", CultureInfo.CurrentCulture) + (local.Year + BuddhistEraOffset).ToString(CultureInfo.InvariantCulture) + local.ToString(" HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
    }

    /// <summary>A calendar day, with the Buddhist Era year in Thai: "15 มี.ค. 2569" or "15 Mar 2026".</summary>
    public static string Date(DateOnly day) => IsThai
        ? day.ToString("d MMM ", CultureInfo.CurrentCulture) + (day.Year + BuddhistEraOffset).ToString(CultureInfo.InvariantCulture)
        : day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A gas as people write it, with subscripts: "CH₄ ฟอสซิล" in Thai, "CH₄ (fossil)" in English.</summary>
    public static string Gas(Domain.Factors.Gas gas) => gas switch
    {
        Domain.Factors.Gas.CO2Fossil => "CO₂",
        Domain.Factors.Gas.CO2Biogenic => Pick("CO₂ ชีวภาพ", "CO₂ (biogenic)"),
        Domain.Factors.Gas.CH4Fossil => Pick("CH₄ ฟอสซิล", "CH₄ (fossil)"),
        Domain.Factors.Gas.CH4NonFossil => Pick("CH₄ ไม่ใช่ฟอสซิล", "CH₄ (non-fossil)"),
        Domain.Factors.Gas.N2O => "N₂O",
        Domain.Factors.Gas.HFC23 => "HFC-23",
        Domain.Factors.Gas.HFC32 => "HFC-32",
        Domain.Factors.Gas.HFC125 => "HFC-125",
        Domain.Factors.Gas.HFC134 => "HFC-134",
        Domain.Factors.Gas.HFC134a => "HFC-134a",
        Domain.Factors.Gas.HFC143 => "HFC-143",
        Domain.Factors.Gas.HFC143a => "HFC-143a",
        Domain.Factors.Gas.HFC152a => "HFC-152a",
        Domain.Factors.Gas.HCFC22 => "HCFC-22",
        Domain.Factors.Gas.SF6 => "SF₆",
        Domain.Factors.Gas.NF3 => "NF₃",
        Domain.Factors.Gas.CO2e => Pick("CO₂ เทียบเท่า", "CO₂e"),
    };

    /// <summary>A unit as people write it: Thai abbreviations where Thai forms use them ("ลิตร", "กก.", "ลบ.ม."), symbols otherwise ("kWh", "m³").</summary>
    public static string Unit(Domain.Quantities.Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Code switch
        {
            "L" => Pick("ลิตร", "L"),
            "m3" => Pick("ลบ.ม.", "m³"),
            "scf" => Pick("ลบ.ฟุต", "scf"),
            "g" => Pick("กรัม", "g"),
            "kg" => Pick("กก.", "kg"),
            "t" => Pick("ตัน", "t"),
            "km" => Pick("กม.", "km"),
            "tkm" => Pick("ตัน-กม.", "t·km"),
            "person-year" => Pick("คน-ปี", "person-years"),
            "ha" => Pick("เฮกตาร์", "ha"),
            "rai" => Pick("ไร่", "rai"),
            "MMBTU" => Pick("ล้านบีทียู", "MMBtu"),
            _ => unit.Code,
        };
    }

    /// <summary>The unit of a stored code (<see cref="Unit(Domain.Quantities.Unit)"/>); an unknown code shows as it is.</summary>
    public static string Unit(string? code) =>
        code is null ? string.Empty : Domain.Quantities.Unit.TryFromCode(code, out var unit) ? Unit(unit) : code;

    /// <summary>An amount with its unit: "1,250,000 kWh", "5,000 ลิตร".</summary>
    public static string Amount(decimal value, string? unitCode, int decimals = 3) => Number(value, decimals) + " " + Unit(unitCode);

    /// <summary>An activity category's name in the user's language.</summary>
    public static string Category(Domain.Inventory.ActivityCategory category)
    {
        var definition = Domain.Inventory.ActivityCategories.Get(category);
        return Pick(definition.NameTh, definition.NameEn);
    }

    /// <summary>The Thai or English one of a pair of names.</summary>
    public static string Pick(string th, string en) => IsThai ? th : en;

    /// <summary>Bangkok has no daylight saving: UTC+7 all year.</summary>
    private static TimeZoneInfo Bangkok { get; } = TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Bangkok", "Bangkok");
}
