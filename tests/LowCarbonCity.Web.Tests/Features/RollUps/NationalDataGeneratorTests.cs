using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.RollUps;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Features.RollUps;

/// <summary>The national generator, small: 30 organisations × 2 years × 12 lines (PostgreSQL only: it writes with COPY).</summary>
public sealed class NationalDataGeneratorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Generate_SmallNation_WritesCalculatedLinesAndASummaryEqualToThem()
    {
        var options = new NationalOptions(Organisations: 30, Years: 2, LinesPerInventory: 12);
        if (TestDatabase.RunProvider == DatabaseProvider.Sqlite)
        {
            var refused = () => app.WithServiceAsync<NationalDataGenerator, NationalSummary>(g => g.GenerateAsync(options, CancellationToken.None));
            await refused.Should().ThrowAsync<InvalidOperationException>().WithMessage("*PostgreSQL*");
            return;
        }

        var summary = await app.WithServiceAsync<NationalDataGenerator, NationalSummary>(g => g.GenerateAsync(options, CancellationToken.None));
        summary.Organisations.Should().Be(30);
        summary.Inventories.Should().BeInRange(100, 120, "30 organisations × 2 years × 2 kinds, about 5 % never reported");
        summary.Lines.Should().Be(summary.Inventories * 12L);

        var (organisations, lines, resultSum, totalSum, withoutSummary, positive) = await app.WithDbAsync(async db => (
            await db.Organisations.CountAsync(o => o.Code.StartsWith(NationalDataGenerator.CodePrefix)),
            await db.ActivityLines.CountAsync(),
            await db.ActivityLineResults.SumAsync(r => r.Co2eKg ?? 0m),
            await db.InventoryTotals.SumAsync(t => t.Co2eKg),
            await db.Inventories.CountAsync(i => db.ActivityLineResults.Any(r => r.InventoryId == i.Id) && !db.InventoryTotals.Any(t => t.InventoryId == i.Id)),
            await db.ActivityLineResults.CountAsync(r => r.Co2eKg > 0)));
        organisations.Should().Be(30);
        lines.Should().Be((int)summary.Lines);
        positive.Should().BeGreaterThan(lines / 2, "results come from the engine, not zeros");
        totalSum.Should().Be(resultSum);
        withoutSummary.Should().Be(0);

        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var report = await app.AsUserAsync<RollupService, LowCarbonCity.Web.Features.Shared.Result<RollupReport>>(user, (s, principal) =>
            s.RollUpAsync(principal, new RollupQuery { Year = 2025, GroupBy = [RollupDimension.Province, RollupDimension.Sector, RollupDimension.Scope] }, CancellationToken.None));
        var expected = await app.WithDbAsync(db => db.ActivityLineResults
            .Where(r => db.Inventories.Any(i => i.Id == r.InventoryId && i.Year == 2025 && i.Kind == InventoryKind.Organisation
                && (i.Status == InventoryStatus.Submitted || i.Status == InventoryStatus.Approved || i.Status == InventoryStatus.Verified)))
            .SumAsync(r => r.Co2eKg ?? 0m));
        report.Value!.Total.Value.Should().Be(expected).And.BeGreaterThan(0);
        var again = () => app.WithServiceAsync<NationalDataGenerator, NationalSummary>(g => g.GenerateAsync(options, CancellationToken.None));
        await again.Should().ThrowAsync<InvalidOperationException>("a database is generated once");
    }
}
