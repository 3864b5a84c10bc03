using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Reports;

/// <summary>
/// The roll-up page and the national board name the GWP convention of its totals, and says so when they add inventories calculated under
/// different sets (TGO's CFO AR5 with fossil CH4 30 and GPC's AR5 with CH4 28): the same methane weighs differently.
/// </summary>
public sealed class RollupGwpLabelTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task RollupPage_TotalsOfTwoGwpSets_SayWhichAndHowManyInEach_OneSetIsNamed()
    {
        var cfo = await app.CreateInventoryAsync("CMI-CM", year: 2040);
        var gpc = await app.CreateInventoryAsync("KKN-CM", year: 2040);
        await app.CreateInventoryAsync("LCB-CM", year: 2040); // a draft: not in the totals, so its set is not named
        await app.WithDbAsync(async db =>
        {
            foreach (var id in new[] { cfo, gpc })
            {
                var inventory = await db.Inventories.SingleAsync(i => i.Id == id);
                if (id == gpc)
                {
                    inventory.ChangeBasis(inventory.FactorEditionId, GwpConventions.GpcAr5, DateTimeOffset.UtcNow);
                }
            }

            return await db.SaveChangesAsync();
        });
        await app.SetStatusAsync(cfo, InventoryStatus.Approved);
        await app.SetStatusAsync(gpc, InventoryStatus.Submitted);
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));
        var sets = await app.WithDbAsync(db => db.GwpSets.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.NameTh));
        var cfoSet = await app.WithDbAsync(db => db.Inventories.Where(i => i.Id == cfo).Select(i => i.GwpSetCode).SingleAsync());

        var mixed = await client.GetStringAsync(new Uri("/Reports/Rollup?year=2583", UriKind.Relative));

        var board = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Boards/National?year=2040&kind=Organisation", UriKind.Relative)));

        System.Net.WebUtility.HtmlDecode(mixed).Should().Contain("id=\"rollup-mixed-gwp\"")
            .And.Contain($"{sets[cfoSet]}: 1").And.Contain($"{sets[GwpConventions.GpcAr5]}: 1");
        board.Should().Contain("id=\"rollup-mixed-gwp\"", "the national board's totals say it too").And.Contain($"{sets[GwpConventions.GpcAr5]}: 1");
        cfoSet.Should().NotBe(GwpConventions.GpcAr5);

        // Only the CFO inventory counted (the GPC one returned for correction): one set, named, no warning.
        await app.WithDbAsync(async db =>
        {
            (await db.Inventories.SingleAsync(i => i.Id == gpc)).MoveTo(InventoryStatus.Returned, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var one = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Reports/Rollup?year=2583", UriKind.Relative)));
        one.Should().NotContain("id=\"rollup-mixed-gwp\"").And.Contain("id=\"rollup-gwp\"").And.Contain(sets[cfoSet]);
    }
}
