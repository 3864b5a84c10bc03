using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Evidence;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// One line as the reviewer judges it: the line, the same line last year (<see cref="LastYearComparison"/>), the
/// change of its quantity, its emissions this year and last, the evidence attached to it and its comments.
/// </summary>
public sealed record ReviewLine(
    LineSummary Line,
    PreviousLine? LastYear,
    decimal? TonnesCo2e,
    decimal? LastYearTonnesCo2e,
    IReadOnlyList<EvidenceSummary> Evidence,
    int CommentCount,
    int OpenCommentCount)
{
    /// <summary>The relative change of the quantity from the same line last year (0.5 = +50 %), or null.</summary>
    public decimal? Change => LastYearComparison.Change(LastYear?.Quantity, Quantity);

    /// <summary>Changed beyond <see cref="LastYearComparison.Threshold"/>: the same rule that makes the editor ask for an explanation.</summary>
    public bool ChangedBeyondThreshold => LastYearComparison.NeedsExplanation(LastYear?.Quantity, Quantity);

    /// <summary>The change of the line's emissions in t CO2e against the same line last year, when both were calculated.</summary>
    public decimal? TonnesChange => TonnesCo2e is { } now && LastYearTonnesCo2e is { } then ? now - then : null;

    public bool UsesCustomFactor => Line.CustomFactor is not null;

    private Domain.Quantities.Quantity? Quantity =>
        Line.Amount is { } a && Line.UnitCode is { } u && Domain.Quantities.Unit.TryFromCode(u, out var unit) ? new Domain.Quantities.Quantity(a, unit) : null;
}

/// <summary>The review page's line filters (all optional, combined with "and"), bound from the query string.</summary>
public sealed record ReviewFilter
{
    /// <summary>Lines whose quantity changed more than <see cref="LastYearComparison.Threshold"/> from the same line last year.</summary>
    public bool Changed { get; init; }

    /// <summary>Lines calculated with a factor the organisation entered itself.</summary>
    public bool Custom { get; init; }

    /// <summary>Lines with no evidence file attached.</summary>
    public bool NoEvidence { get; init; }

    /// <summary>Lines with at least one comment.</summary>
    public bool Commented { get; init; }

    public bool IsEmpty => !Changed && !Custom && !NoEvidence && !Commented;

    public bool Matches(ReviewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return (!Changed || line.ChangedBeyondThreshold)
            && (!Custom || line.UsesCustomFactor)
            && (!NoEvidence || line.Evidence.Count == 0)
            && (!Commented || line.CommentCount > 0);
    }
}

/// <summary>How many of the inventory's lines each filter alone matches.</summary>
public sealed record ReviewFilterCounts(int Changed, int Custom, int NoEvidence, int Commented)
{
    public static ReviewFilterCounts Of(IReadOnlyCollection<ReviewLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new(
            lines.Count(new ReviewFilter { Changed = true }.Matches),
            lines.Count(new ReviewFilter { Custom = true }.Matches),
            lines.Count(new ReviewFilter { NoEvidence = true }.Matches),
            lines.Count(new ReviewFilter { Commented = true }.Matches));
    }
}
