using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Inventories;

/// <summary>Comments on a line live next to the line (the Line page); the inventory page marks lines that have them.</summary>
public sealed class LineCommentsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LinePage_ReviewerCommentsAndOfficerReplies_BothShowOnTheLineAndTheDetailPageMarksTheLine()
    {
        var inventoryId = await app.CreateInventoryAsync("CMI-CM", 2023);
        await app.SetStatusAsync(inventoryId, InventoryStatus.Submitted);
        var lineId = (await app.InventoryAsync(inventoryId)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity).Id;
        var reviewer = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var url = $"/Inventories/Line/{lineId}";

        var comment = await AppFactory.PostFormAsync(reviewer, url, new Dictionary<string, string> { ["Comment.Text"] = "Bills for March are missing" }, url + "?handler=Comment");
        comment.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var parentId = await app.WithDbAsync(db => db.InventoryComments.Where(c => c.LineId == lineId).Select(c => c.Id).SingleAsync());
        var reply = await AppFactory.PostFormAsync(officer, url, new Dictionary<string, string> { ["Comment.Text"] = "Added them", ["Comment.ParentId"] = parentId.ToString() }, url + "?handler=Comment");
        reply.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await reviewer.GetStringAsync(new Uri(url, UriKind.Relative));
        page.Should().Contain("Bills for March are missing").And.Contain("Added them").And.Contain("Reply");
        var stored = await app.WithDbAsync(db => db.InventoryComments.AsNoTracking().Where(c => c.LineId == lineId).ToListAsync());
        stored.Should().HaveCount(2).And.ContainSingle(c => c.ParentId == parentId);
        var detail = await officer.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}", UriKind.Relative));
        detail.Should().Contain("has-comments");
    }

    [Fact]
    public async Task LinePage_OtherProvinceComments_IsForbiddenAndNothingIsStored()
    {
        var inventoryId = await app.CreateInventoryAsync("CMI-CM", 2022);
        var lineId = (await app.InventoryAsync(inventoryId)).Lines[0].Id;
        var insider = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var outsider = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));
        var url = $"/Inventories/Line/{lineId}";

        // The outsider's own page carries a valid token for their session; the post itself must be refused.
        var response = await AppFactory.PostFormAsync(outsider, "/Inventories", new Dictionary<string, string> { ["Comment.Text"] = "sneaky" }, url + "?handler=Comment");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        (await app.WithDbAsync(db => db.InventoryComments.CountAsync(c => c.LineId == lineId))).Should().Be(0);
        _ = insider;
    }
}
