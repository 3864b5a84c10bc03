using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>
/// The database becomes unreachable and comes back, for real: on PostgreSQL the app talks to the server through a TCP
/// proxy the test closes (connections reset, port refused) and opens again; on SQLite the folder holding the file
/// disappears (moved away, the connection pool emptied) and comes back. Pages and API answer 503 with Retry-After
/// meanwhile, the log holds one warning and no stack trace, and the app recovers without a restart.
/// </summary>
public sealed class DatabaseOutageTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<LogEvent> _log = new();
    private readonly DatabaseLink _link = new();
    private OutageAppFactory? _app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await ((IAsyncLifetime)_app).DisposeAsync();
        }
    }

    public void Dispose() => _link.Dispose();

    [Fact]
    public async Task Start_DatabaseUnreachable_Answers503UntilReachableThenMigratesAndServes()
    {
        _app = new OutageAppFactory(_link, reachableAtStart: false, _log);
        await _app.InitializeAsync(); // does not throw: the app starts without its database

        using var english = _app.AnonymousClient();
        using var thai = AppFactory.InThai(_app.AnonymousClient());
        using var api = _app.BearerClient(null);
        (await english.GetAsync(U("/health"))).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        await ShouldBeUnavailablePageAsync(await english.GetAsync(U("/Account/SignIn")), "The service is briefly unavailable");
        await ShouldBeUnavailablePageAsync(await thai.GetAsync(U("/")), "ระบบไม่พร้อมให้บริการชั่วคราว");
        await ShouldBeUnavailableProblemAsync(await api.GetAsync(U("/api/v1/provinces")));

        _link.Restore();
        (await WaitForAsync(english, "/health", HttpStatusCode.OK, TimeSpan.FromSeconds(30))).Should().BeTrue("the app retries every 2 s");

        var reader = await _app.ApiClientAsync(Roles.TgoAnalyst);
        var provinces = await AppFactory.JsonAsync(await reader.GetAsync(U("/api/v1/provinces")));
        provinces.GetArrayLength().Should().Be(77, "migrations and seeding ran once the database answered");
        (await english.GetAsync(U("/Account/SignIn"))).StatusCode.Should().Be(HttpStatusCode.OK);

        ShouldHaveLoggedOneWarningAndNoStackTrace();
    }

    [Fact]
    public async Task Outage_WhileWriting_Answers503ThenRecoversWithoutRestartAndKeepsEveryAcknowledgedWrite()
    {
        _app = new OutageAppFactory(_link, reachableAtStart: true, _log);
        await _app.InitializeAsync();
        var inventoryId = await _app.CreateInventoryAsync("CMI-CM", 2018, complete: false);
        var officer = await _app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var writer = _app.BearerClient(await _app.CreateTokenAsync(officer));
        using var pages = await _app.ClientForAsync(officer);
        var acknowledged = new List<string>();
        var statuses = new List<HttpStatusCode>();

        async Task<HttpResponseMessage> WriteAsync(int n)
        {
            var source = $"meter {n}";
            var response = await writer.PostAsJsonAsync($"/api/v1/inventories/{inventoryId}/lines", new
            {
                category = "GridElectricity", amount = 1000m + n, unitCode = "kWh", dataSource = source, dataQuality = "High",
            }, AppFactory.Json);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add(source);
            }

            return response;
        }

        var n = 0;
        for (; n < 5; n++)
        {
            (await WriteAsync(n)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        _link.Cut();
        for (var i = 0; i < 8; i++, n++)
        {
            await ShouldBeUnavailableProblemAsync(await WriteAsync(n));
            await ShouldBeUnavailablePageAsync(await pages.GetAsync(U($"/Inventories/Detail/{inventoryId}")), "The service is briefly unavailable");
            await Task.Delay(100);
        }

        _link.Restore();
        var restored = System.Diagnostics.Stopwatch.StartNew();
        var recovered = DateTime.UtcNow.AddSeconds(20);
        while ((await WriteAsync(n++)).StatusCode != HttpStatusCode.Created && DateTime.UtcNow < recovered)
        {
            await Task.Delay(100);
        }

        output.WriteLine(FormattableString.Invariant($"{TestDatabase.RunProvider}: first acknowledged write {restored.ElapsedMilliseconds} ms after the database came back; {statuses.Count(s => s == HttpStatusCode.ServiceUnavailable)} writes answered 503"));

        for (var i = 0; i < 5; i++, n++)
        {
            (await WriteAsync(n)).StatusCode.Should().Be(HttpStatusCode.Created, "the app recovered without a restart");
        }

        statuses.Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable, "never a 500");
        var stored = await _app.WithDbAsync(db => db.ActivityLines.Where(l => l.InventoryId == inventoryId).Select(l => l.DataSource!).ToListAsync());
        stored.Should().BeEquivalentTo(acknowledged, "every acknowledged write is kept and no refused one was applied");
        acknowledged.Should().HaveCount(statuses.Count(s => s == HttpStatusCode.Created)).And.HaveCountGreaterThanOrEqualTo(11);

        ShouldHaveLoggedOneWarningAndNoStackTrace();
    }

    private static Uri U(string path) => new(path, UriKind.Relative);

    private static async Task ShouldBeUnavailablePageAsync(HttpResponseMessage response, string title)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain(title).And.Contain("id=\"database-unavailable\"");
    }

    private static async Task ShouldBeUnavailableProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await AppFactory.JsonAsync(response)).GetProperty("status").GetInt32().Should().Be(503);
    }

    private static async Task<bool> WaitForAsync(HttpClient client, string path, HttpStatusCode status, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if ((await client.GetAsync(U(path))).StatusCode == status)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    /// <summary>Warning and above, as the tests log: the outage once, no error per request, no exception.</summary>
    private void ShouldHaveLoggedOneWarningAndNoStackTrace()
    {
        var log = _log.Select(e => $"{e.Level} {e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception?.GetType().Name}").ToList();
        log.Should().ContainSingle(l => l.Contains("cannot be reached", StringComparison.Ordinal), string.Join('\n', log));
        _log.Should().NotContain(e => e.Exception != null, string.Join('\n', log));
        _log.Should().NotContain(e => e.Level >= LogEventLevel.Error, "an outage is not an error per request: " + string.Join('\n', log));
    }

    /// <summary>The app's road to its database, which the test can cut and restore.</summary>
    private sealed class DatabaseLink : IDisposable
    {
        private TcpProxy? _proxy;
        private string? _folder;

        public string ConnectionStringFor(TestDatabase database)
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
                _proxy = new TcpProxy(builder.Host!, builder.Port);
                builder.Host = "127.0.0.1";
                builder.Port = _proxy.Port;
                return builder.ConnectionString;
            }

            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            _folder = Path.Combine(Path.GetDirectoryName(file)!, "link");
            return $"Data Source={Path.Combine(_folder, SqliteConnectionStrings.FileName)};Foreign Keys=True";
        }

        public void Restore()
        {
            _proxy?.Open();
            if (_folder is not null)
            {
                if (Directory.Exists(_folder + "-away"))
                {
                    Directory.Move(_folder + "-away", _folder);
                }
                else
                {
                    Directory.CreateDirectory(_folder);
                }
            }
        }

        public void Cut()
        {
            _proxy?.Close();
            if (_folder is not null)
            {
                Directory.Move(_folder, _folder + "-away");
                SqliteConnection.ClearAllPools();
            }
        }

        public void Dispose() => _proxy?.Dispose();
    }

    private sealed class OutageAppFactory(DatabaseLink link, bool reachableAtStart, ConcurrentQueue<LogEvent> log) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var connectionString = link.ConnectionStringFor(Database);
            if (reachableAtStart)
            {
                link.Restore();
            }

            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(new Sink(log)));
        }

        private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
        {
            public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
        }
    }
}
