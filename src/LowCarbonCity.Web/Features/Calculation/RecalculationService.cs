using System.Collections.Concurrent;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>What a recalculation run did.</summary>
public sealed record RecalculationSummary(int Recalculated, int Skipped, int Failed, TimeSpan Elapsed);

/// <summary>
/// Recalculates stored inventories, e.g. after a factor edition is published, in batches with a fresh change
/// tracker, reporting progress. Locked (approved, verified) inventories keep their results unless asked.
/// On PostgreSQL it works in bulk (<see cref="BulkBatchSize"/> inventories at a time): one read of the inventories
/// and their lines, the engine in parallel in memory, then in one transaction per batch the results replaced through
/// binary COPY, result rows updated in place (<see cref="ResultsCopyWriter.ReplaceAsync"/>); batches are
/// read and calculated on one connection while <see cref="BulkWriters"/> others write finished ones. SQLite (the
/// small embedded default) keeps the one-inventory-at-a-time path through <see cref="InventoryCalculationService"/>.
/// </summary>
public sealed class RecalculationService(IServiceScopeFactory scopes, TimeProvider clock, Boards.BoardCache boards, ILogger<RecalculationService> logger)
{
    public const int BatchSize = 50;

    public const int BulkBatchSize = 1_000;

    /// <summary>Connections writing results at the same time on PostgreSQL (docs/performance.md, recalculation).</summary>
    public const int BulkWriters = 2;

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

        return await RecalculateInventoriesAsync(ids, skipped, started, progress, ct);
    }

    /// <summary>
    /// Recalculates exactly <paramref name="inventoryIds"/> (whatever their status), e.g. the editable inventories just
    /// moved to a newly published edition (<see cref="LowCarbonCity.Web.Features.EmissionFactors.EditionAdoptionService"/>).
    /// </summary>
    public Task<RecalculationSummary> RecalculateAsync(IReadOnlyCollection<Guid> inventoryIds, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventoryIds);
        return RecalculateInventoriesAsync(inventoryIds.Order().ToList(), 0, clock.GetTimestamp(), progress, ct);
    }

    private async Task<RecalculationSummary> RecalculateInventoriesAsync(List<Guid> ids, int skipped, long started, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        using var activity = Hosting.AppTelemetry.Source.StartActivity("recalculation");
        activity?.SetTag("lcc.recalculation.inventories", ids.Count);
        var done = 0;
        var failed = 0;
        bool bulk;
        await using (var scope = scopes.CreateAsyncScope())
        {
            bulk = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.IsNpgsql();
        }

        if (bulk)
        {
            failed = await RecalculateInBulkAsync(ids, progress, ct);
        }

        foreach (var batch in bulk ? [] : ids.Chunk(BatchSize))
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

        boards.Invalidate(); // the bulk path writes by COPY, past the save interceptor
        var summary = new RecalculationSummary(ids.Count - failed, skipped, failed, clock.GetElapsedTime(started));
        Hosting.AppTelemetry.RecalculationDuration.Record(summary.Elapsed.TotalSeconds);
        Hosting.AppTelemetry.RecalculatedInventories.Add(summary.Recalculated, new KeyValuePair<string, object?>("outcome", "recalculated"));
        Hosting.AppTelemetry.RecalculatedInventories.Add(summary.Failed, new KeyValuePair<string, object?>("outcome", "failed"));
        logger.LogInformation(
            "Recalculation finished: {Recalculated} recalculated, {Skipped} locked skipped, {Failed} failed, in {Elapsed}",
            summary.Recalculated, summary.Skipped, summary.Failed, summary.Elapsed);
        return summary;
    }

    private async Task<int> RecalculateInBulkAsync(List<Guid> ids, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        // One connection reads and calculates the batches (the engine runs in parallel in this process) while
        // <see cref="BulkWriters"/> connections write finished batches, each in its own transaction: PostgreSQL's
        // delete, COPY, index and foreign-key work is most of the time, and one connection is one server process.
        await using var readScope = scopes.CreateAsyncScope();
        var reader = readScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var editions = await reader.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).ToDictionaryAsync(e => e.Id, ct);
        var gwpSets = await reader.GwpSets.AsNoTracking().ToDictionaryAsync(g => g.Code, ct);
        var batches = System.Threading.Channels.Channel.CreateBounded<(List<ResultsCopyWriter.Calculated> Ordered, TimeSpan Calculated)>(BulkWriters);
        var done = 0;
        var failed = 0;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);

        async Task ProduceAsync()
        {
            try
            {
                foreach (var batch in ids.Chunk(BulkBatchSize))
                {
                    var started = clock.GetTimestamp();
                    var (ordered, failures) = await CalculateBatchAsync(reader, batch, editions, gwpSets, cancel.Token);
                    foreach (var (id, reason) in failures)
                    {
                        logger.LogWarning("Inventory {InventoryId} could not be recalculated: {Reason}", id, reason);
                    }

                    Interlocked.Add(ref failed, failures.Count);
                    Interlocked.Add(ref done, failures.Count);
                    await batches.Writer.WriteAsync((ordered, clock.GetElapsedTime(started)), cancel.Token);
                }

                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
                throw;
            }
        }

        async Task ConsumeAsync()
        {
            try
            {
                await WriteBatchesAsync();
            }
            catch
            {
                await cancel.CancelAsync(); // the reader and the other writer stop too
                throw;
            }
        }

        async Task WriteBatchesAsync()
        {
            await using var writeScope = scopes.CreateAsyncScope();
            var writer = writeScope.ServiceProvider.GetRequiredService<AppDbContext>();
            await writer.Database.OpenConnectionAsync(cancel.Token);
            var connection = (NpgsqlConnection)writer.Database.GetDbConnection();
            await foreach (var (ordered, calculated) in batches.Reader.ReadAllAsync(cancel.Token))
            {
                var started = clock.GetTimestamp();
                await using (var transaction = await connection.BeginTransactionAsync(cancel.Token))
                {
                    await ResultsCopyWriter.ReplaceAsync(connection, ordered, clock.GetUtcNow(), cancel.Token);
                    await transaction.CommitAsync(cancel.Token);
                }

                var now = Interlocked.Add(ref done, ordered.Count);
                progress?.Report((now, ids.Count));
                logger.LogInformation(
                    "Recalculated {Done} of {Total} inventories (batch read and calculated in {CalculateMs:F0} ms, written in {WriteMs:F0} ms)",
                    now, ids.Count, calculated.TotalMilliseconds, clock.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var tasks = new List<Task> { ProduceAsync() };
        tasks.AddRange(Enumerable.Range(0, BulkWriters).Select(_ => ConsumeAsync()));
        try
        {
            await Task.WhenAll(tasks);
        }
        catch
        {
            await cancel.CancelAsync();
            throw;
        }

        return failed;
    }

    /// <summary>Reads one batch of inventories with their lines and runs the engine on them in parallel, in memory.</summary>
    private static Task<(List<ResultsCopyWriter.Calculated> Ordered, List<(Guid Id, string Reason)> Failures)> CalculateBatchAsync(
        AppDbContext db, Guid[] batch, Dictionary<int, Domain.Factors.EmissionFactorEdition> editions, Dictionary<string, Domain.Factors.GwpSet> gwpSets, CancellationToken ct) =>
        Task.Run(async () =>
        {
            var inventories = await db.Inventories.AsNoTracking().Include(i => i.Lines).AsSplitQuery().Where(i => batch.Contains(i.Id)).ToListAsync(ct);
            var siteIds = inventories.SelectMany(i => i.Lines).Where(l => l.SolidWasteSiteId is not null).Select(l => l.SolidWasteSiteId!.Value).Distinct().ToList();
            var sites = siteIds.Count == 0
                ? new Dictionary<Guid, SolidWasteSite>()
                : await db.SolidWasteSites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            var calculated = new ConcurrentBag<ResultsCopyWriter.Calculated>();
            var failures = new ConcurrentBag<(Guid Id, string Reason)>();
            Parallel.ForEach(inventories, new ParallelOptions { CancellationToken = ct }, inventory =>
            {
                try
                {
                    var records = inventory.Lines.Where(l => !l.AwaitsValue).Select(l => InventoryCalculationService.ToRecord(l, sites)).ToList();
                    var result = EmissionCalculator.Calculate(records, new CalculationBasis(editions[inventory.FactorEditionId], gwpSets[inventory.GwpSetCode], inventory.Kind, inventory.Year));
                    calculated.Add(new(inventory.Id, inventory.OrganisationId, inventory.Year, inventory.Kind, inventory.Status, result));
                }
                catch (CalculationException e)
                {
                    failures.Add((inventory.Id, e.Message));
                }
            });
            return (calculated.OrderBy(c => c.InventoryId).ToList(), failures.ToList());
        }, ct);
}
