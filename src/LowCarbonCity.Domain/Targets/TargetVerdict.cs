namespace LowCarbonCity.Domain.Targets;

/// <summary>Where a target stands.</summary>
public enum TargetStanding
{
    /// <summary>No year from base to target year has reported emissions.</summary>
    NoData,

    /// <summary>There are emissions, but no target path (no base-year emissions).</summary>
    NoBase,

    /// <summary>The latest reported year is at or below the target path.</summary>
    OnTrack,

    /// <summary>The latest reported year is above the target path.</summary>
    OffTrack,

    /// <summary>
    /// Too few of the organisations reported in the latest or the base year for a verdict: a province whose one
    /// reporting organisation grew would otherwise read "on track" against a base all four reported.
    /// </summary>
    Withheld,
}

/// <summary>How many of the organisations a target covers reported a counted inventory in a year.</summary>
public sealed record TargetCoverage(int Reporting, int Organisations)
{
    /// <summary>Reporting / organisations; 1 when the target covers no organisation list (nothing to be short of).</summary>
    public decimal Share => Organisations == 0 ? 1m : (decimal)Reporting / Organisations;
}

/// <summary>
/// The on/off-track verdict of a target and the completeness it rests on: the latest year with reported emissions
/// against the target path, judged only when at least <see cref="MinimumReportingShare"/> of the covered
/// organisations reported in that year and in the base year (an organisation target covers one organisation).
/// </summary>
public sealed record TargetVerdict(TargetStanding Standing, int? Year, decimal? AbovePath, TargetCoverage? Latest, TargetCoverage? Base)
{
    /// <summary>The share of covered organisations that must have reported, in the latest and the base year, for a verdict.</summary>
    public const decimal MinimumReportingShare = 0.75m;

    /// <summary>The target's base year, whose coverage <see cref="Base"/> is.</summary>
    public int BaseYear { get; init; }

    public static TargetVerdict Of(GapSeries series, Func<int, TargetCoverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(coverage);
        var latest = series.Years.LastOrDefault(y => y.Actual is not null);
        if (latest is null)
        {
            return new TargetVerdict(TargetStanding.NoData, null, null, null, null) { BaseYear = series.BaseYear };
        }

        var latestCoverage = coverage(latest.Year);
        var baseCoverage = coverage(series.BaseYear);
        if (latest is not { Actual: { } actual, TargetPath: { } path })
        {
            return new TargetVerdict(TargetStanding.NoBase, latest.Year, null, latestCoverage, baseCoverage) { BaseYear = series.BaseYear };
        }

        var above = actual - path;
        var standing = latestCoverage.Share < MinimumReportingShare || baseCoverage.Share < MinimumReportingShare
            ? TargetStanding.Withheld
            : above <= 0m ? TargetStanding.OnTrack : TargetStanding.OffTrack;
        return new TargetVerdict(standing, latest.Year, above, latestCoverage, baseCoverage) { BaseYear = series.BaseYear };
    }
}
