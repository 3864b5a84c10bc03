using System.Globalization;

namespace LowCarbonCity.Web.Features.Shared;

/// <summary>
/// How a figure of t CO2e is rounded for a person, on every door: pages, the PDF, the workbooks' number format. Three
/// decimals of a tonne is the kilogram, so the same inventory shows the same figure, to the kilogram, wherever it is
/// read. Half away from zero, as Thai and international reporting round. Stored values keep full precision; the CSV,
/// which is for programs, gives six decimals (the gram) and says so in its documentation.
/// </summary>
public static class DisplayRounding
{
    public const int TonneDecimals = 3;

    /// <summary>The number format of a displayed tonne figure: <c>#,##0.000</c>.</summary>
    public const string TonneFormat = "#,##0.000";

    public static decimal Round(decimal tonnes) => Math.Round(tonnes, TonneDecimals, MidpointRounding.AwayFromZero);

    /// <summary>e.g. <c>1,351.730</c> in the given culture.</summary>
    public static string Tonnes(decimal tonnes, CultureInfo culture) => Round(tonnes).ToString(TonneFormat, culture);
}
