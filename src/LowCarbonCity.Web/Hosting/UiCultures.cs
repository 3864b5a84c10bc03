using System.Globalization;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The two cultures the pages speak. Thai keeps the Gregorian calendar inside the culture, so that forms, dates and
/// years bind as the Common Era the database stores; Buddhist Era years are shown explicitly by
/// <see cref="Pages.Display"/> (docs/dependencies.md: "convert BE and CE explicitly"). Numbers use each culture's own
/// separators (both use "." for decimals and "," for thousands).
/// </summary>
public static class UiCultures
{
    public const string ThaiName = "th-TH";
    public const string EnglishName = "en-GB";

    /// <summary>The claim on the user that remembers the chosen language across devices.</summary>
    public const string ClaimType = "lcc:culture";

    /// <summary>The cookie that remembers the language for anonymous visitors and between sign-ins.</summary>
    public const string CookieName = ".lcc.culture";

    public static CultureInfo Thai { get; } = CreateThai();

    public static CultureInfo English { get; } = CultureInfo.ReadOnly(new CultureInfo(EnglishName, useUserOverride: false));

    public static IList<CultureInfo> All { get; } = [Thai, English];

    public static bool IsThai(CultureInfo culture) => string.Equals(culture.TwoLetterISOLanguageName, "th", StringComparison.Ordinal);

    /// <summary>The supported culture for a language tag ("th", "th-TH", "en-US"...), or null for other languages.</summary>
    public static CultureInfo? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var language = tag.Trim().Split('-', '_')[0];
        return language.ToUpperInvariant() switch
        {
            "TH" => Thai,
            "EN" => English,
            _ => null,
        };
    }

    private static CultureInfo CreateThai()
    {
        var thai = new CultureInfo(ThaiName, useUserOverride: false);
        thai.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(thai);
    }
}
