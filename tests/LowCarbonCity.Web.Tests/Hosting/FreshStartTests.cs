using System.Net;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// The app started as a new user starts it: no connection string, no provider, only a data folder. It creates its
/// SQLite file, migrates, seeds, and answers.
/// </summary>
public sealed class FreshStartTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lcc-fresh", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _app;

    public Task InitializeAsync()
    {
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:DataDirectory", _dataDirectory);
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Start_NoConfiguration_CreatesSqliteFileAndHealthAnswers200()
    {
        using var client = _app!.CreateClient();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var homeInThai = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        File.Exists(Path.Combine(_dataDirectory, SqliteConnectionStrings.FileName)).Should().BeTrue();
        home.Should().Contain("Chiang Mai City Municipality").And.Contain("77 provinces");
        homeInThai.Should().Contain("เทศบาลนครเชียงใหม่", "a client that names no language gets Thai").And.Contain("77 จังหวัด");
    }
}
