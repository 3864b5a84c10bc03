using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Accounts;

/// <summary>
/// Every endpoint the running app maps (read from its <see cref="EndpointDataSource"/>, so a new page or endpoint
/// cannot be forgotten) x every role x own / other organisation: allowed (200), forbidden (to the access-denied page)
/// or sent to sign in (anonymous).
/// </summary>
public sealed class AuthorizationMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private enum Expect
    {
        Ok,
        Forbidden,
        SignIn,
    }

    private enum Actor
    {
        Anonymous,
        MunicipalOwn,
        MunicipalOther,
        ProvincialOwn,
        ProvincialOther,
        Tgo,
        Admin,
    }

    [Fact]
    public async Task Get_EveryEndpointEveryRoleOwnAndOtherOrganisation_AllowedOrForbiddenAsTheMatrixSays()
    {
        var inventoryId = await app.CreateInventoryAsync("CMI-CM");
        var lineId = (await app.InventoryAsync(inventoryId)).Lines[0].Id;
        var users = new Dictionary<Actor, TestUser>
        {
            [Actor.MunicipalOwn] = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"),
            [Actor.MunicipalOther] = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            [Actor.ProvincialOwn] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"),
            [Actor.ProvincialOther] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"),
            [Actor.Tgo] = await app.CreateUserAsync(Roles.TgoAnalyst),
            [Actor.Admin] = await app.CreateUserAsync(Roles.Administrator),
        };
        var clients = new Dictionary<Actor, HttpClient> { [Actor.Anonymous] = app.AnonymousClient() };
        foreach (var (actor, user) in users)
        {
            clients[actor] = await app.ClientForAsync(user);
        }

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var patterns = endpoints.Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')).Distinct().ToList();
        // API endpoints that answer POST only are called with POST (an empty JSON object).
        var postOnly = endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is { } m && !m.HttpMethods.Contains("GET"))
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        patterns.Should().Contain(["Inventories/Detail/{id:guid}", "Admin/Users", "Account/SignIn", "health"]);

        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var pattern in patterns)
        {
            var rule = RuleFor(pattern);
            if (rule is null)
            {
                failures.Add($"{pattern}: not in the authorization matrix; add its rule to this test.");
                continue;
            }

            var url = "/" + pattern
                .Replace("{id:guid}", (pattern.Contains("Line", StringComparison.Ordinal) ? lineId : inventoryId).ToString(), StringComparison.Ordinal)
                .Replace("{id}", users[Actor.MunicipalOwn].Id, StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            var isPostOnly = postOnly.Contains(pattern);
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var expected = rule(actor);
                using var response = isPostOnly
                    ? await clients[actor].PostAsync(new Uri(url, UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))
                    : await clients[actor].GetAsync(new Uri(url, UriKind.Relative));
                var actual = Classify(response);
                checkedCount++;
                if (actual != expected)
                {
                    failures.Add($"GET {url} as {actor}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        failures.Should().BeEmpty();
        checkedCount.Should().BeGreaterThanOrEqualTo(patterns.Count * 7);
    }

    private static Func<Actor, Expect>? RuleFor(string pattern)
    {
        var normalised = pattern.EndsWith("Index", StringComparison.Ordinal) ? pattern[..^"Index".Length].TrimEnd('/') : pattern;
        return normalised switch
        {
            "" or "Error" or "health" or "Account/SignIn" or "openapi/{documentName}.json" => _ => Expect.Ok,
            // A calculation anyone can check: reaching the handler (a 400 for the empty request) is "allowed".
            "api/v1/calculations/" => _ => Expect.Ok,
            // The access-denied page answers 403 to everyone, by design.
            "Account/AccessDenied" => _ => Expect.Forbidden,
            // Reports: the page and its downloads check View in the service; the roll-up is filtered to the user's rights.
            "Account/SignOut" or "Inventories" or "Reports/Rollup" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // The template page shows to viewers; uploading needs EditActivity (service).
            "Inventories/Detail/{id:guid}" or "Inventories/Audit/{id:guid}" or "Reports/Inventory/{id:guid}" or "Reports/Template/{id:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Editing a line's page shows it to whoever may view the inventory; saving needs EditActivity (service).
            "Inventories/Line/{id:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            "Admin/Users" or "Admin/Users/Create" or "Admin/Users/Edit/{id}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            _ => null,
        };
    }

    private static Expect? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Expect.Ok,
            HttpStatusCode.BadRequest when response.Content.Headers.ContentType?.MediaType == "application/problem+json" => Expect.Ok,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => Expect.SignIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Expect.Forbidden,
            _ => null,
        };
    }
}
