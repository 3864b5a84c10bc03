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

    /// <summary>Tonnes of CO2e as the pages show them: three decimals.</summary>
    public static string Tonnes(decimal value) => Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("#,##0.000", CultureInfo.CurrentCulture);

    public static string Tonnes(decimal? value) => value is { } v ? Tonnes(v) : "–";

    /// <summary>A value for a number input: invariant, no grouping, so the browser and the binder agree.</summary>
    public static string InputNumber(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date and time in Bangkok time, with the Buddhist Era year in Thai.</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, Bangkok);
        return IsThai
            ? local.ToString("d MMM ", CultureInfo.CurrentCulture) + (local.Year + BuddhistEraOffset).ToString(CultureInfo.InvariantCulture) + local.ToString(" HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
    }

    /// <summary>The Thai or English one of a pair of names.</summary>
    public static string Pick(string th, string en) => IsThai ? th : en;

    /// <summary>Bangkok has no daylight saving: UTC+7 all year.</summary>
    private static TimeZoneInfo Bangkok { get; } = TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Bangkok", "Bangkok");
}
