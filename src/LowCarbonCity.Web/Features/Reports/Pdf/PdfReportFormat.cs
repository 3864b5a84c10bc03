using System.Globalization;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>
/// How the PDF report prints numbers and dates: always with the report's culture (CA1305), rounding only here, at the
/// edge, half away from zero (docs/conventions.md R1). Tonnes of CO2e get 3 decimals, as on every door; quantities and factors are printed as stored
/// (up to <see cref="ReportEdge.QuantityDecimals"/> and <see cref="ReportEdge.FactorDecimals"/> decimals, no trailing zeros).
/// </summary>
public sealed class PdfReportFormat(CultureInfo culture)
{
    /// <summary>Decimals of intensities (kg CO2e per person, t CO2e per km²) in the PDF report.</summary>
    public const int IntensityDecimals = 2;

    /// <summary>What an empty number cell shows.</summary>
    public const string Dash = "–";

    /// <summary>Thailand's offset (ICT, no daylight saving): the generated-on time is printed in it.</summary>
    public static readonly TimeSpan ThailandOffset = TimeSpan.FromHours(7);

    public CultureInfo Culture { get; } = culture ?? throw new ArgumentNullException(nameof(culture));

    /// <summary>e.g. <c>1,351.730</c>: the one display rule of every door (<see cref="Shared.DisplayRounding"/>).</summary>
    public string Tonnes(decimal tonnes) => Shared.DisplayRounding.Tonnes(tonnes, Culture);

    /// <summary>An intensity (kg CO2e per person, t CO2e per km²) with 2 decimals, half away from zero: <c>19.92</c>.</summary>
    public string Intensity(decimal value) => ReportEdge.Round(value, IntensityDecimals).ToString("N2", Culture);

    public string Tonnes(decimal? tonnes) => tonnes is { } t ? Tonnes(t) : Dash;

    /// <summary>e.g. <c>2,704,000</c> or <c>0.5</c>.</summary>
    public string Quantity(decimal value) => ReportEdge.Round(value, ReportEdge.QuantityDecimals).ToString("#,0.######", Culture);

    /// <summary>e.g. <c>0.4999</c> or <c>2.74059</c>.</summary>
    public string Factor(decimal value) => ReportEdge.Round(value, ReportEdge.FactorDecimals).ToString("#,0.############", Culture);

    public string Count(int value) => value.ToString("N0", Culture);

    /// <summary>A year as printed (no group separator): <c>2567</c>.</summary>
    public string Year(int year) => year.ToString("D", Culture);

    /// <summary>The Buddhist Era year of a Gregorian year, as <see cref="ReportCover.YearBe"/> (a calendar, not a figure).</summary>
    public static int BuddhistEraYear(int year) => year + 543;

    /// <summary>Date and time in Thailand, in the culture's calendar (Buddhist Era for th-TH): <c>23 พฤศจิกายน 2569 16:30</c>.</summary>
    public string DateTime(DateTimeOffset at) => at.ToOffset(ThailandOffset).ToString("d MMMM yyyy HH:mm", Culture);

    /// <summary>A calendar day in the culture's calendar: <c>1 ตุลาคม 2567</c>.</summary>
    public string Date(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    /// <summary>A date in the culture's calendar: <c>23 พฤศจิกายน 2569</c>.</summary>
    public string Date(DateTimeOffset at) => at.ToOffset(ThailandOffset).ToString("d MMMM yyyy", Culture);
}
