using System.Globalization;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>The two report languages, chosen from a culture (Thai for any <c>th</c> culture, English otherwise).</summary>
public enum ReportLanguage
{
    English,
    Thai,
}

/// <summary>Picks report text and rounds numbers at the edge (docs/conventions.md D2) for the writers.</summary>
public static class ReportEdge
{
    /// <summary>Decimals kept in files: tonnes to the gram, kg to the gram, quantities and factors as stored.</summary>
    public const int TonneDecimals = 6;
    public const int KgDecimals = 3;
    public const int QuantityDecimals = 6;
    public const int FactorDecimals = 12;

    public static ReportLanguage LanguageOf(CultureInfo? culture) =>
        culture is not null && string.Equals(culture.TwoLetterISOLanguageName, "th", StringComparison.Ordinal) ? ReportLanguage.Thai : ReportLanguage.English;

    public static string Pick(this ReportLanguage language, string th, string en) => language == ReportLanguage.Thai ? th : en;

    /// <summary>The language code used in file names.</summary>
    public static string Code(this ReportLanguage language) => language == ReportLanguage.Thai ? "th" : "en";

    /// <summary>Rounds half away from zero, as Thai and international reporting expect.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static decimal? Round(decimal? value, int decimals) => value is { } v ? Round(v, decimals) : null;
}
