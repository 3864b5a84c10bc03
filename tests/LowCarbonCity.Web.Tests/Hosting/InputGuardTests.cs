using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LowCarbonCity.Web.Tests.Hosting;

/// <summary>An app whose log events (warning and above, as the tests configure) are kept for the test to read.</summary>
public sealed class LogCapturingAppFactory : AppFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// Control characters and unpaired surrogates in any request input are refused with 400 naming the field, before
/// anything is saved, through the real pipeline on the run's database (a NUL was a 500 on PostgreSQL).
/// </summary>
public sealed class InputGuardTests(LogCapturingAppFactory app) : IClassFixture<LogCapturingAppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Theory]
    [InlineData("plain text", false)]
    [InlineData("tab\there, lines\r\nand\nmore", false)]
    [InlineData("ไทย and an emoji \U0001F600", false)]
    [InlineData("DEL \u007F is not C0", false)]
    [InlineData("nul \0", true)]
    [InlineData("\u0001", true)]
    [InlineData("escape \u001B[31m", true)]
    [InlineData("unit separator \u001F", true)]
    [InlineData(@"lone high \uD83D", true)] // escaped here: an attribute cannot hold an unpaired surrogate
    [InlineData(@"\uDE00 lone low", true)]
    [InlineData(@"reversed pair \uDE00\uD83D", true)]
    [InlineData(@"a pair \uD83D\uDE00", false)]
    public void IsRefused_Table(string text, bool refused) =>
        InputGuard.IsRefused(System.Text.RegularExpressions.Regex.Unescape(text)).Should().Be(refused);

    [Fact]
    public async Task PagePost_NulInTokenName_Returns400NamingTheFieldInThaiAndCreatesNothing()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var browser = AppFactory.InThai(await app.ClientForAsync(user));

        using var response = await AppFactory.PostFormAsync(browser, "/Account/Tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "script\0", ["Input.ExpiresInDays"] = "7", ["Input.Write"] = "false",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"th\">").And.Contain("data-field=\"Input.Name\"").And.Contain("ช่อง “ชื่อ” มีอักขระที่บันทึกไม่ได้")
            .And.NotContain("control character");
        (await app.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id))).Should().Be(0);
    }

    [Fact]
    public async Task PagePost_EscapeCharacterInTokenName_Returns400NamingTheFieldInEnglish()
    {
        var user = await app.CreateUserAsync(Roles.TgoAnalyst);
        var browser = await app.ClientForAsync(user);

        using var response = await AppFactory.PostFormAsync(browser, "/Account/Tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "red \u001B[31m", ["Input.ExpiresInDays"] = "7",
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The field “Name” contains a character that cannot be saved");
        (await app.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id))).Should().Be(0);
    }

    [Fact]
    public async Task ApiJson_NulInLineDescription_Returns400KeyedByFieldAndAddsNoLine()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2031);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");

        using var response = await client.PostAsJsonAsync($"/api/v1/inventories/{id}/lines",
            new { category = "GridElectricity", amount = 5000m, unitCode = "kWh", description = "Town hall\0" }, AppFactory.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = (await AppFactory.JsonAsync(response)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Equal("description");
        errors.GetProperty("description")[0].GetString().Should().Be(InputGuard.ApiMessage);
        (await app.InventoryAsync(id)).Lines.Should().HaveCount(3, "the inventory was created with three lines and nothing was added");
    }

    [Fact]
    public async Task ApiJson_LoneSurrogateDeepInBulkBody_Returns400KeyedByItsPathAndLogsOneWarning()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2032);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        const string body = """
            {"lines": [
              {"line": {"category": "OnRoadDiesel", "amount": 10, "unitCode": "L", "description": "fine"}},
              {"line": {"category": "GridElectricity", "amount": 5, "unitCode": "kWh", "description": "half an emoji \ud83d"}}
            ]}
            """;
        var before = app.Events.Count;

        using var response = await client.PostAsync(U($"/api/v1/inventories/{id}/lines/bulk"), new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("lines[1].line.description");
        (await app.InventoryAsync(id)).Lines.Should().HaveCount(3);
        var logged = app.Events.Skip(before).ToList();
        logged.Should().ContainSingle().Which.Should().Match<LogEvent>(e => e.Level == LogEventLevel.Warning && e.Exception == null);
        logged[0].RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("lines[1].line.description");
    }

    [Fact]
    public async Task ApiMultipart_ControlCharacterInFileName_Returns400KeyedByTheFileFieldAndStoresNothing()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2030);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "bill\u0007.pdf");

        using var response = await client.PostAsync(U($"/api/v1/inventories/{id}/evidence"), form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(response)).GetProperty("errors").GetProperty("file")[0].GetString().Should().Be(InputGuard.ApiMessage);
        (await app.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.InventoryId == id))).Should().Be(0);
    }

    [Fact]
    public async Task ApiQuery_NulInProvince_Returns400KeyedByTheParameter()
    {
        var client = await app.ApiClientAsync(Roles.TgoAnalyst);

        using var response = await client.GetAsync(U("/api/v1/organisations?province=50%00"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await AppFactory.JsonAsync(response)).GetProperty("errors").GetProperty("province")[0].GetString().Should().Be(InputGuard.ApiMessage);
        using var plain = await client.GetAsync(U("/api/v1/organisations?province=50"));
        plain.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PageQuery_NulInParameter_Returns400PageWithoutNamingCode()
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(U("/Account/SignIn?returnUrl=%2F%00"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-field=\"returnUrl\"").And.Contain("One of the fields contains a character that cannot be saved");
    }

    [Fact]
    public async Task ApiJson_TabsNewlinesAndEmoji_AreStoredAsSent()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2033, complete: false);
        var client = await app.ApiClientAsync(Roles.MunicipalOfficer, "CMI-CM");
        const string description = "Town hall\tmeter 1\r\nStreet lights \U0001F4A1";

        using var response = await client.PostAsJsonAsync($"/api/v1/inventories/{id}/lines",
            new { category = "GridElectricity", amount = 5000m, unitCode = "kWh", description }, AppFactory.Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await app.InventoryAsync(id)).Lines.Should().ContainSingle().Which.Description.Should().Be(description);
    }
}
