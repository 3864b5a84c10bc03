using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Features;

public sealed class RecalculationTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task RecalculateAll_ResultsDeleted_RestoresTheSameResultsAndSkipsLockedInventories()
    {
        var before = await SnapshotAsync();
        await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.InventoryId != DemoIds.Cfo2024).ExecuteDeleteAsync());
        var reports = new List<(int Done, int Total)>();

        var summary = await app.WithServiceAsync<RecalculationService, RecalculationSummary>(s =>
            s.RecalculateAllAsync(null, includeLocked: false, new SynchronousProgress(reports), CancellationToken.None));

        summary.Recalculated.Should().Be(2);
        summary.Skipped.Should().Be(1, "the approved 2024 inventory is locked");
        summary.Failed.Should().Be(0);
        reports.Should().NotBeEmpty().And.EndWith((2, 2));
        (await SnapshotAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task RecalculateAll_TamperedResultExtraGasAndStalePart_RestoresExactlyTheEngineResults()
    {
        var before = await SnapshotAsync();
        var gasesBefore = await GasSnapshotAsync();
        await app.WithDbAsync(async db =>
        {
            // A line of an editable inventory with one stored part: its result is falsified, given a gas it does not
            // have, and a second part (the upstream of electricity) that the engine does not produce for it.
            var lineId = await db.ActivityLineResults.Where(r => r.InventoryId != DemoIds.Cfo2024)
                .GroupBy(r => r.LineId).Where(g => g.Count() == 1).Select(g => g.Key).OrderBy(id => id).FirstAsync();
            var id = await db.ActivityLineResults.Where(r => r.LineId == lineId).Select(r => r.Id).SingleAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE activity_line_results SET co2e_kg = 0, formula = 'stale' WHERE id = {id}");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO activity_line_gas_results (result_id, gas, mass_kg, gwp, co2e_kg, is_memo) VALUES ({id}, 'CH4Fossil', 1, 1, 1, {false})");
            return await db.Database.ExecuteSqlAsync($"""
                INSERT INTO activity_line_results (line_id, part, inventory_id, category, scope, memo_co2e_kg, formula, factor_edition_code,
                    gwp_set_code, uses_custom_factor, calculated_at, in_basic, in_basic_plus, in_territorial)
                SELECT line_id, 'ElectricityUpstream', inventory_id, category, scope, 0, 'stale', factor_edition_code,
                    gwp_set_code, uses_custom_factor, calculated_at, in_basic, in_basic_plus, in_territorial
                FROM activity_line_results WHERE id = {id}
                """);
        });
        (await SnapshotAsync()).Should().NotBeEquivalentTo(before);

        var summary = await app.WithServiceAsync<RecalculationService, RecalculationSummary>(s =>
            s.RecalculateAllAsync(null, includeLocked: false, null, CancellationToken.None));

        summary.Failed.Should().Be(0);
        (await SnapshotAsync()).Should().BeEquivalentTo(before);
        (await GasSnapshotAsync()).Should().BeEquivalentTo(gasesBefore);
    }

    [Fact]
    public async Task RecalculateAll_UnknownEdition_Throws()
    {
        var act = () => app.WithServiceAsync<RecalculationService, RecalculationSummary>(s =>
            s.RecalculateAllAsync("TGO-1999", includeLocked: true, null, CancellationToken.None));

        await act.Should().ThrowAsync<ArgumentException>();
    }

    private Task<List<string>> SnapshotAsync() => app.WithDbAsync(db => db.ActivityLineResults.AsNoTracking()
        .OrderBy(r => r.LineId).ThenBy(r => r.Part)
        .Select(r => $"{r.LineId}|{r.Part}|{r.Scope}|{r.Co2eKg}|{r.MemoCo2eKg}|{r.Formula}|{r.FactorEditionCode}|{r.GwpSetCode}")
        .ToListAsync());

    private Task<List<string>> GasSnapshotAsync() => app.WithDbAsync(db => db.ActivityLineGasResults.AsNoTracking()
        .Join(db.ActivityLineResults, g => g.ResultId, r => r.Id, (g, r) => new { r.LineId, r.Part, g.Gas, g.MassKg, g.Co2eKg, g.IsMemo })
        .OrderBy(x => x.LineId).ThenBy(x => x.Part).ThenBy(x => x.Gas)
        .Select(x => $"{x.LineId}|{x.Part}|{x.Gas}|{x.MassKg}|{x.Co2eKg}|{x.IsMemo}")
        .ToListAsync());

    private sealed class SynchronousProgress(List<(int, int)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
