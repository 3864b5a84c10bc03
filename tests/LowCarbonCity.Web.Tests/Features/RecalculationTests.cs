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

    private sealed class SynchronousProgress(List<(int, int)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
