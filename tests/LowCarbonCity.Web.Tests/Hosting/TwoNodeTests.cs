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
/// signs in on the first node, previews a factor edition there and confirms it on the second.
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
