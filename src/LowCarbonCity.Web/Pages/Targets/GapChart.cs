using System.Text.Json;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Pages.Targets;

/// <summary>
/// The data block of a gap chart (<c>_GapChart.cshtml</c>, drawn by <c>wwwroot/js/target-gap.js</c>): years in the page's
/// era, series names in its language, and actual, target path, BAU and plan in t CO2e to 3 decimals (null: no figure).
/// </summary>
public static class GapChart
{
    /// <summary>The JSON the chart script reads (a data block, never executed; HTML-sensitive characters are escaped).</summary>
    public static string Json(TargetGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return JsonSerializer.Serialize(new
        {
            labels = gap.Years.Select(y => Display.Year(y.Year)),
            names = new
            {
                actual = Texts.Instance["Targets_Actual"].Value,
                path = Texts.Instance["Targets_Path"].Value,
                bau = Texts.Instance["Targets_Bau"].Value,
                plan = Texts.Instance["Targets_Plan"].Value,
            },
            actual = gap.Years.Select(y => Round(y.Actual)),
            path = gap.Years.Select(y => Round(y.TargetPath)),
            bau = gap.Years.Select(y => Round(y.Bau)),
            plan = gap.Years.Select(y => Round(y.Plan)),
        });
    }

    private static decimal? Round(decimal? tonnes) => tonnes is { } t ? Math.Round(t, 3, MidpointRounding.AwayFromZero) : null;
}
