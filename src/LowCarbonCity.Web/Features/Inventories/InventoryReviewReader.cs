using System.Security.Claims;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// What the reviewer sees of an inventory: every line beside the same line last year, its evidence and comments,
/// the lines the filter keeps with how many each filter matches, and what the approve/verify confirmation shows
/// (totals by scope, the largest changes against last year, the open comment threads).
/// </summary>
public sealed record ReviewContext(
    InventoryDetail Detail, int? LastYearYear, IReadOnlyList<ReviewLine> Lines, ReviewFilter Filter, IReadOnlyList<ScopeTotal> ByScope, decimal TotalKg)
{
    /// <summary>Evidence attached to the inventory as a whole, not to one line.</summary>
    public IReadOnlyList<EvidenceSummary> InventoryEvidence { get; init; } = [];

    /// <summary>How many lines the confirmation lists as the largest changes.</summary>
    public const int LargestChangeCount = 5;

    public IReadOnlyList<ReviewLine> Shown { get; } = Lines.Where(Filter.Matches).ToList();

    public ReviewFilterCounts Counts { get; } = ReviewFilterCounts.Of(Lines);

    /// <summary>The lines whose emissions moved most against the same line last year, by the size of the move in t CO2e.</summary>
    public IReadOnlyList<ReviewLine> LargestChanges { get; } = Lines
        .Where(l => l.TonnesChange is { } c && c != 0m)
        .OrderByDescending(l => Math.Abs(l.TonnesChange!.Value)).ThenBy(l => l.Line.Category).ThenBy(l => l.Line.Id)
        .Take(LargestChangeCount).ToList();

    /// <summary>The threads nobody has answered yet (<see cref="Inventories.OpenComments"/>), oldest first.</summary>
    public IReadOnlyList<CommentSummary> OpenComments { get; } = OpenThreads(Detail);

    private static List<CommentSummary> OpenThreads(InventoryDetail detail)
    {
        var open = Inventories.OpenComments.Of(detail.Comments.Select(c => (c.Id, c.ParentId)));
        return detail.Comments.Where(c => open.Contains(c.Id)).OrderBy(c => c.At).ToList();
    }
}

/// <summary>Reads a <see cref="ReviewContext"/> for whoever may view the inventory (each service it calls checks View).</summary>
public sealed class InventoryReviewReader(
    AppDbContext db, InventoryService inventories, StoredResultsService results, EvidenceService evidence, LastYearLineReader lastYearLines)
{
    public async Task<Result<ReviewContext>> ReadAsync(ClaimsPrincipal user, Guid inventoryId, ReviewFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var detail = await inventories.GetAsync(user, inventoryId, ct);
        if (!detail.IsOk)
        {
            return Refused(detail.Status);
        }

        var stored = await results.GetAsync(user, inventoryId, ct);
        var files = await evidence.ListAsync(user, inventoryId, ct);
        if (!stored.IsOk || !files.IsOk)
        {
            return Refused(stored.IsOk ? files.Status : stored.Status);
        }

        var d = detail.Value!;
        var s = d.Summary;
        // The same line last year is the editor's own match (LastYearComparison), read the same way.
        var lastYear = await lastYearLines.ForAsync(s.OrganisationId, s.Kind, s.Year,
            d.Lines.Select(l => new LineKey(l.Id, l.PreviousLineId, l.Category, l.Description, l.SolidWasteSiteId)).ToList(), ct);
        var lastYearTonnes = await TonnesOfAsync(lastYear.ByLine.Values.Select(p => p.Id).ToList(), ct);
        var tonnes = stored.Value!.Lines.Where(r => r.Co2e is not null).GroupBy(r => r.LineId).ToDictionary(g => g.Key, g => g.Sum(r => r.Co2e!.Value) / 1000m);
        var evidenceOf = files.Value!.ToLookup(f => f.LineId);
        var commentsOf = d.Comments.Where(c => c.LineId is not null).ToLookup(c => c.LineId);
        var open = OpenComments.Of(d.Comments.Select(c => (c.Id, c.ParentId)));
        var lines = d.Lines
            .OrderBy(l => l.Category).ThenBy(l => l.Description, StringComparer.CurrentCulture).ThenBy(l => l.Id)
            .Select(l =>
            {
                var previous = lastYear.Of(l.Id);
                return new ReviewLine(
                    l, previous, tonnes.TryGetValue(l.Id, out var t) ? t : null,
                    previous is not null && lastYearTonnes.TryGetValue(previous.Id, out var lt) ? lt : null,
                    evidenceOf[l.Id].ToList(), commentsOf[l.Id].Count(), commentsOf[l.Id].Count(c => open.Contains(c.Id)));
            }).ToList();
        return Result<ReviewContext>.Ok(new ReviewContext(d, lastYear.Year, lines, filter, stored.Value.ByScope, stored.Value.Total.Value)
        {
            InventoryEvidence = evidenceOf[null].ToList(),
        });
    }

    /// <summary>The reads only refuse (not found, or not the user's to view): passed on as they are.</summary>
    private static Result<ReviewContext> Refused(ResultStatus status) =>
        status == ResultStatus.NotFound ? Result<ReviewContext>.NotFound() : Result<ReviewContext>.Forbidden();

    /// <summary>The stored t CO2e of each of last year's lines (summed over its parts); the user may view this year's inventory of the same organisation.</summary>
    private async Task<Dictionary<Guid, decimal>> TonnesOfAsync(List<Guid> lineIds, CancellationToken ct)
    {
        if (lineIds.Count == 0)
        {
            return [];
        }

        // Summed here, not in SQL: SQLite cannot sum decimals.
        var rows = await db.ActivityLineResults.AsNoTracking().Where(r => lineIds.Contains(r.LineId) && r.Co2eKg != null)
            .Select(r => new { r.LineId, r.Co2eKg }).ToListAsync(ct);
        return rows.GroupBy(r => r.LineId).ToDictionary(g => g.Key, g => g.Sum(r => r.Co2eKg!.Value) / 1000m);
    }
}
