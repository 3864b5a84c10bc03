using System.Net;
using System.Text;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.EmissionFactors;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// Two app nodes on one database, as behind a load balancer without sticky sessions: one browser (one cookie jar)
/// signs in on the first node, previews a factor edition there and confirms it on the second; one API user edits the
/// same line through both nodes, and the version rule holds across them.
/// </summary>
public sealed class TwoNodeTests(AppFactory first) : IClassFixture<AppFactory>, IAsyncLifetime, IDisposable
{
    private SecondNode? _second;

    public async Task InitializeAsync()
    {
        _second = new SecondNode(first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await ((IAsyncLifetime)_second).DisposeAsync();
        }
    }

    public void Dispose() => _second?.Dispose();

    [Fact]
    public async Task PreviewOnOneNode_ConfirmedOnTheOther_PublishesTheEdition()
    {
        var tgo = await first.CreateUserAsync(Roles.TgoAnalyst);
        var cookies = new System.Net.CookieContainer();
        using var nodeA = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var nodeB = _second!.CreateDefaultClient(new CookieContainerHandler(cookies));

        (await AppFactory.SignInAsync(nodeA, tgo.Email, tgo.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var signedInOnB = await nodeB.GetAsync(new Uri("/Factors/Publish", UriKind.Relative));
        signedInOnB.StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in cookie made on one node is read on the other (shared keys)");

        using var preview = await FactorPublishPreviewTests.UploadAsync(
            nodeA, FactorPublishPreviewTests.Edition("TWO-NODES-1", 2093), "factors.csv", "text/csv", Encoding.UTF8.GetBytes(FactorPublishPreviewTests.NewFactors));
        preview.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = System.Text.RegularExpressions.Regex.Match(await preview.Content.ReadAsStringAsync(), "name=\"token\" value=\"([0-9A-F]+)\"").Groups[1].Value;
        token.Should().HaveLength(32);

        var pageOnB = await nodeB.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative));
        using var confirmed = await FactorPublishPreviewTests.ConfirmAsync(nodeB, pageOnB, token);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync());
        confirmed.Headers.Location!.ToString().Should().Contain("TWO-NODES-1");
        (await first.WithDbAsync(db => db.EmissionFactorEditions.CountAsync(e => e.Code == "TWO-NODES-1"))).Should().Be(1);
        (await first.WithDbAsync(db => db.PendingEditions.CountAsync(p => p.Token == token))).Should().Be(0, "a confirmed upload is gone");

        using var again = await FactorPublishPreviewTests.ConfirmAsync(nodeA, await nodeA.GetStringAsync(new Uri("/Factors/Publish", UriKind.Relative)), token);
        again.StatusCode.Should().Be(HttpStatusCode.OK, "the token cannot be used a second time, on either node");
        (await first.WithDbAsync(db => db.EmissionFactorEditions.CountAsync(e => e.Code == "TWO-NODES-1"))).Should().Be(1);
    }

    [Fact]
    public async Task EditsOnBothNodes_OneVersionRule_StaleWriteRefusedOnTheOtherNode()
    {
        var inventoryId = await first.CreateInventoryAsync("CMI-CM", 2024);
        var lineId = (await first.InventoryAsync(inventoryId)).Lines.Single(l => l.Category == Domain.Inventory.ActivityCategory.GridElectricity).Id;
        var token = await first.CreateTokenAsync(await first.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        using var nodeA = first.BearerClient(token);
        using var nodeB = _second!.BearerClient(token);
        var line = new Uri($"/api/v1/lines/{lineId}", UriKind.Relative);

        var etagReadOnA = (await nodeA.GetAsync(line)).Headers.ETag!.Tag;
        using var onB = await nodeB.SendAsync(Replace(line, etagReadOnA, 8_000m));
        onB.StatusCode.Should().Be(HttpStatusCode.OK, "node B accepts the version node A handed out");
        using var staleOnA = await nodeA.SendAsync(Replace(line, etagReadOnA, 7_000m));
        staleOnA.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "node A sees the version node B wrote: nothing is overwritten unseen");

        using var onA = await nodeA.SendAsync(Replace(line, onB.Headers.ETag!.Tag, 9_000m));
        onA.StatusCode.Should().Be(HttpStatusCode.OK);
        using var results = await nodeB.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/results", UriKind.Relative));
        var grid = (await AppFactory.JsonAsync(results)).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("lineId").GetGuid() == lineId);
        grid.GetProperty("co2e").GetProperty("value").GetDecimal().Should().Be(4_499.1m, "node B reads node A's 9,000 kWh x 0.4999 kg/kWh (the 2024 edition)");
    }

    private static HttpRequestMessage Replace(Uri line, string etag, decimal kWh)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, line)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { category = "GridElectricity", amount = kWh, unitCode = "kWh" }, options: AppFactory.Json),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>A second app on the first one's database (its own empty test database is never used).</summary>
    private sealed class SecondNode(AppFactory first) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", first.Database.ConnectionString);
        }
    }
}
