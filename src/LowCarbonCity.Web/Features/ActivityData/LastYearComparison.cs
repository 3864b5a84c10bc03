using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// The editor's year-on-year check: a line whose quantity differs from the same category's total in the previous
/// year's inventory by more than <see cref="Threshold"/> (30 %) needs a written explanation. Quantities in
/// different dimensions (litres against MJ) are not compared; a change from zero to anything is more than 30 %.
/// </summary>
public static class LastYearComparison
{
    /// <summary>The relative change above which an explanation is required: 0.30.</summary>
    public const decimal Threshold = 0.30m;

    /// <summary>The relative change from <paramref name="lastYear"/> to <paramref name="thisYear"/> (0.5 = +50 %), or null when they cannot be compared.</summary>
    public static decimal? Change(Quantity? lastYear, Quantity? thisYear)
    {
        if (lastYear is not { } last || thisYear is not { } current || !current.IsConvertibleTo(last.Unit))
        {
            return null;
        }

        var now = current.ConvertTo(last.Unit).Value;
        if (last.Value == 0m)
        {
            return now == 0m ? 0m : null;
        }

        return (now - last.Value) / last.Value;
    }

    /// <summary>Whether the change needs an explanation: more than 30 % either way, or from zero to a positive quantity.</summary>
    public static bool NeedsExplanation(Quantity? lastYear, Quantity? thisYear)
    {
        if (lastYear is not { } last || thisYear is not { } current || !current.IsConvertibleTo(last.Unit))
        {
            return false;
        }

        return last.Value == 0m ? current.Value != 0m : Math.Abs(Change(last, current)!.Value) > Threshold;
    }
}
