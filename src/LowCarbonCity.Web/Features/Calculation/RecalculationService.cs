using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>What a recalculation run did.</summary>
public sealed record RecalculationSummary(int Recalculated, int Skipped, int Failed, TimeSpan Elapsed);

/// <summary>
/// Recalculates stored inventories, e.g. after a factor edition is published, in batches with a fresh change
/// tracker, reporting progress. Locked (approved, verified) inventories keep their results unless asked.
/// </summary>
public sealed class RecalculationService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecalculationService> logger)
{
    public const int BatchSize = 50;

    /// <param name="editionCode">Only inventories pinned to this edition; null for all.</param>
    /// <param name="includeLocked">Also recalculate approved and verified inventories.</param>
    /// <param name="progress">Called after each batch with (done, total).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<RecalculationSummary> RecalculateAllAsync(string? editionCode, bool includeLocked, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        List<Guid> ids;
        int skipped;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var query = db.Inventories.AsNoTracking();
            if (editionCode is not null)
            {
                var editionId = await db.EmissionFactorEditions.Where(e => e.Code == editionCode).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct)
                    ?? throw new ArgumentException($"Unknown factor edition '{editionCode}'.", nameof(editionCode));
                query = query.Where(i => i.FactorEditionId == editionId);
            }

            var all = await query.OrderBy(i => i.Id).Select(i => new { i.Id, i.Status }).ToListAsync(ct);
            ids = all.Where(i => includeLocked || i.Status is not (InventoryStatus.Approved or InventoryStatus.Verified)).Select(i => i.Id).ToList();
            skipped = all.Count - ids.Count;
        }

        var done = 0;
        var failed = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var calculator = scope.ServiceProvider.GetRequiredService<InventoryCalculationService>();
            foreach (var id in batch)
            {
                try
                {
                    await calculator.RecalculateAndSaveAsync(id, ct);
                }
                catch (Domain.Calculation.CalculationException e)
                {
                    failed++;
                    logger.LogWarning("Inventory {InventoryId} could not be recalculated: {Reason}", id, e.Message);
                    scope.ServiceProvider.GetRequiredService<AppDbContext>().ChangeTracker.Clear();
                }
            }

            done += batch.Length;
            progress?.Report((done, ids.Count));
            logger.LogInformation("Recalculated {Done} of {Total} inventories", done, ids.Count);
        }

        var summary = new RecalculationSummary(ids.Count - failed, skipped, failed, clock.GetElapsedTime(started));
        logger.LogInformation(
            "Recalculation finished: {Recalculated} recalculated, {Skipped} locked skipped, {Failed} failed, in {Elapsed}",
            summary.Recalculated, summary.Skipped, summary.Failed, summary.Elapsed);
        return summary;
    }
}
