using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Features.RollUps;

/// <summary>The InventoryTotals summary always equals the sum of the stored line results.</summary>
public sealed class InventoryTotalsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Summary_AfterAddUpdateDeleteAndRecalculate_EqualsSumOfLineResults()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2012);
        await app.CalculateAsync(id);
        await AssertSummaryMatchesAsync(id);
        // Hand-worked: 120,000 kWh x 0.4999 = 59,988 (scope 2); 5,000 L diesel x (2.6987 + 0.000142 x 30 + 0.000142 x 265) = 13,702.95 (scope 1).
        (await SummaryAsync(id)).Should().BeEquivalentTo(new[]
        {
            (CategoryGroup.MobileCombustion, EmissionScope.Scope1, 13_702.95m),
            (CategoryGroup.Electricity, EmissionScope.Scope2, 59_988m),
        });

        await ChangeAsync(id, (db, inventory) =>
        {
            var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(1_000m, Unit.KWh));
            inventory.AddLine(line, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(line);
        });
        (await SummaryAsync(id)).Should().Contain((CategoryGroup.Electricity, EmissionScope.Scope2, 60_487.9m), "one more line of 1,000 kWh x 0.4999");
        await AssertSummaryMatchesAsync(id);

        await ChangeAsync(id, (_, inventory) =>
            inventory.Lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel).SetAnnualQuantity(new Quantity(1_000m, Unit.Litre)));
        (await SummaryAsync(id)).Should().Contain((CategoryGroup.MobileCombustion, EmissionScope.Scope1, 2_740.59m));
        await AssertSummaryMatchesAsync(id);

        await ChangeAsync(id, (_, inventory) => inventory.RemoveLine(inventory.Lines.Single(l => l.Category == ActivityCategory.OnRoadDiesel), DateTimeOffset.UtcNow));
        (await SummaryAsync(id)).Should().NotContain(t => t.Item1 == CategoryGroup.MobileCombustion);
        await AssertSummaryMatchesAsync(id);

        await app.CalculateAsync(id);
        await AssertSummaryMatchesAsync(id);

        await app.WithDbAsync(async db =>
        {
            db.Inventories.Remove(await db.Inventories.SingleAsync(i => i.Id == id));
            return await db.SaveChangesAsync();
        });
        (await app.WithDbAsync(db => db.InventoryTotals.CountAsync(t => t.InventoryId == id))).Should().Be(0);
    }

    [Fact]
    public async Task Status_FollowsEveryWorkflowMoveAndRecalculation()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "NMA-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-30");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var id = await app.CalculatedInventoryAsync("NMA-CM", 2013, InventoryStatus.Draft);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Draft);

        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Submitted);
        (await app.MoveAsync(provincial, id, s => s.ReturnAsync, "Fuel receipts missing")).Status.Should().Be(ResultStatus.Ok);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Returned);
        await app.CalculateAsync(id);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Returned);
        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Ok);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Approved);
        (await app.MoveAsync(provincial, id, s => s.ReopenAsync, "Grid factor corrected")).Status.Should().Be(ResultStatus.Ok);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Returned);
        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Ok);
        await app.IssueStatementAsync(id); // TGO verifies by certifying a verifier's statement
        (await app.MoveAsync(tgo, id, s => s.VerifyAsync)).Status.Should().Be(ResultStatus.Ok);
        (await SummaryStatusesAsync(id)).Should().Equal(InventoryStatus.Verified);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Verified);
    }

    [Fact]
    public async Task Backfill_InventoryWithResultsButNoSummary_FillsItOnce()
    {
        var id = await app.CreateInventoryAsync("LCB-CM", 2012);
        await app.CalculateAsync(id);
        await app.WithDbAsync(db => db.InventoryTotals.Where(t => t.InventoryId == id).ExecuteDeleteAsync());
        (await app.WithDbAsync(db => InventoryTotals.BackfillAsync(db, CancellationToken.None))).Should().BeGreaterThanOrEqualTo(1);
        await AssertSummaryMatchesAsync(id);
        (await app.WithDbAsync(db => InventoryTotals.BackfillAsync(db, CancellationToken.None))).Should().Be(0);
    }

    private Task<int> ChangeAsync(Guid id, Action<AppDbContext, Inventory> change) =>
        app.WithServiceAsync<IServiceProvider, int>(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
            change(db, inventory);
            await services.GetRequiredService<InventoryCalculationService>().StageResultsAsync(inventory, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

    private Task<List<(CategoryGroup, EmissionScope, decimal)>> SummaryAsync(Guid id) =>
        app.WithDbAsync(async db => (await db.InventoryTotals.Where(t => t.InventoryId == id).ToListAsync())
            .Select(t => (t.Sector, t.Scope, t.Co2eKg)).ToList());

    /// <summary>The distinct statuses on the inventory's summary rows (it has two: mobile combustion and electricity).</summary>
    private Task<List<InventoryStatus>> SummaryStatusesAsync(Guid id) =>
        app.WithDbAsync(async db => (await db.InventoryTotals.Where(t => t.InventoryId == id).Select(t => t.Status).ToListAsync()).Distinct().ToList());

    private async Task AssertSummaryMatchesAsync(Guid id)
    {
        var (lines, totals) = await app.WithDbAsync(async db => (
            await db.ActivityLineResults.Where(r => r.InventoryId == id && r.Co2eKg != null).Select(r => new { r.Scope, r.Co2eKg }).ToListAsync(),
            await db.InventoryTotals.Where(t => t.InventoryId == id).ToListAsync()));
        totals.Sum(t => t.Co2eKg).Should().Be(lines.Sum(l => l.Co2eKg!.Value));
        totals.Sum(t => t.Lines).Should().Be(lines.Count);
        foreach (var scope in lines.Select(l => l.Scope).Distinct())
        {
            totals.Where(t => t.Scope == scope).Sum(t => t.Co2eKg).Should().Be(lines.Where(l => l.Scope == scope).Sum(l => l.Co2eKg!.Value));
        }
    }
}
