using LowCarbonCity.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>
/// The real app, with its real pipeline, on a fresh database of the run's provider (docs/conventions.md T2, T3). One per test
/// class (<c>IClassFixture&lt;AppFactory&gt;</c>). Offers intent methods instead of DI internals.
/// </summary>
public partial class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised.");

    /// <summary>Whether the demo data is seeded; off unless a test class asks for it.</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>Serve on a real loopback socket (Kestrel) instead of the in-memory test server, for curl and browsers.</summary>
    protected virtual bool UseRealSocket => false;

    /// <summary>The address of the real socket (<see cref="UseRealSocket"/>), e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri RootUri => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        if (UseRealSocket)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server; // start the host: migrations and seeding run now, once per class
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await OnDisposedAsync();
    }

    /// <summary>Stops what a derived factory started besides the app (after the app has stopped).</summary>
    protected virtual Task OnDisposedAsync() => Task.CompletedTask;

    /// <summary>Runs <paramref name="action"/> with a fresh DI scope's DbContext.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Runs <paramref name="action"/> with a service from a fresh DI scope.</summary>
    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads the provider while registering services,
        // before the factory's configuration callbacks would run.
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in often from one address; the sign-in limit's own tests set it low.
        builder.UseSetting("SignIn:PermitLimit", "1000000");
        // Tests set up results off their basis on purpose; the recovery at start is tested on its own (ResultsRecoveryTests).
        builder.UseSetting(LowCarbonCity.Web.Features.Calculation.ResultsRecovery.ResumeAtStartSetting, "false");
    }

    /// <summary>
    /// Test clients speak English unless a test asks for Thai (<see cref="InThai"/>): the app's own default is
    /// Thai, so a test that means English says so rather than relying on the default.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
    }

    /// <summary>Makes the client's later requests ask for Thai, as a Thai browser does.</summary>
    public static HttpClient InThai(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("th-TH");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("th;q=0.9");
        return client;
    }
}

/// <summary>An app whose database also holds the demo data.</summary>
public class DemoAppFactory : AppFactory
{
    protected override bool SeedDemoData => true;
}

/// <summary>The demo app on a real loopback socket, for curl and browser tests.</summary>
public sealed class SocketDemoAppFactory : DemoAppFactory
{
    protected override bool UseRealSocket => true;
}
