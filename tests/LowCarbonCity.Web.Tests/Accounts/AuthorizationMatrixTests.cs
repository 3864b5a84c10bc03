using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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
        NotFound,
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
        /// <summary>A verifier of the body the inventory is assigned to.</summary>
        VerifierAssigned,
        /// <summary>A verifier of another registered body.</summary>
        VerifierOther,
    }

    [Fact]
    public async Task Get_EveryEndpointEveryRoleOwnAndOtherOrganisation_AllowedOrForbiddenAsTheMatrixSays()
    {
        var inventoryId = await app.CreateInventoryAsync("CMI-CM");
        var lineId = (await app.InventoryAsync(inventoryId)).Lines[0].Id;
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var (targetId, measureId) = await app.CreateTargetAsync("CMI-CM");
        var users = new Dictionary<Actor, TestUser>
        {
            [Actor.MunicipalOwn] = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"),
            [Actor.MunicipalOther] = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            [Actor.ProvincialOwn] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"),
            [Actor.ProvincialOther] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"),
            [Actor.Tgo] = await app.CreateUserAsync(Roles.TgoAnalyst),
            [Actor.Admin] = await app.CreateUserAsync(Roles.Administrator),
        };
        // The inventory is assigned to body A while approved, then reopened (the assignment stays): its verifiers
        // read it, body B's verifiers do not, and the other rows keep an editable inventory to act on.
        var bodyA = await app.CreateVerificationBodyAsync("VB-A");
        await app.CreateVerificationBodyAsync("VB-B");
        users[Actor.VerifierAssigned] = await app.CreateUserAsync(Roles.Verifier, "VB-A");
        users[Actor.VerifierOther] = await app.CreateUserAsync(Roles.Verifier, "VB-B");
        await app.SetStatusAsync(inventoryId, LowCarbonCity.Domain.Inventory.InventoryStatus.Approved);
        await app.AssignForVerificationAsync(inventoryId, bodyA, users[Actor.Tgo].Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Inventories.SingleAsync(i => i.Id == inventoryId)).MoveTo(LowCarbonCity.Domain.Inventory.InventoryStatus.Returned, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
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

        // The REST API (/api/v1, except the anonymous calculation) takes Bearer tokens: every method of every route,
        // as each actor's token (none for Anonymous); writes carry a stale If-Match, so nothing changes.
        var bearer = new Dictionary<Actor, HttpClient> { [Actor.Anonymous] = app.BearerClient(null) };
        foreach (var (actor, user) in users)
        {
            bearer[actor] = app.BearerClient(await app.CreateTokenAsync(user));
        }

        var apiRoutes = endpoints
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
                && !(e.RoutePattern.RawText ?? string.Empty).Contains("calculations", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))))
            .Distinct().ToList();
        apiRoutes.Should().Contain(("GET", "api/v1/inventories/{id:guid}"));
        foreach (var (method, pattern) in apiRoutes)
        {
            var rule = ApiRuleFor(method, pattern);
            if (rule is null)
            {
                failures.Add($"{method} {pattern}: not in the authorization matrix; add its rule to ApiRuleFor.");
                continue;
            }

            var url = "/" + pattern
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{id:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{lineId:guid}", lineId.ToString(), StringComparison.Ordinal)
                .Replace("{code}", "TGO-CFO-2022-04", StringComparison.Ordinal)
                .Replace("{targetId:int}", targetId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{measureId:int}", measureId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            foreach (var actor in Enum.GetValues<Actor>())
            {
                // Each call on an evidence file gets a fresh one (a permitted DELETE removes it).
                var actorUrl = pattern.Contains("{evidenceId:guid}", StringComparison.Ordinal)
                    ? url.Replace("{evidenceId:guid}", (await app.CreateEvidenceAsync(inventoryId, users[Actor.MunicipalOwn].Id)).ToString(), StringComparison.Ordinal)
                    : url;
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(actorUrl, UriKind.Relative));
                if (method != "GET")
                {
                    request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await bearer[actor].SendAsync(request);
                var actual = ClassifyApi(response);
                checkedCount++;
                if (actual != rule(actor))
                {
                    failures.Add($"{method} {actorUrl} as {actor} (Bearer): expected {rule(actor)}, got {actual} ({(int)response.StatusCode})");
                }
            }
        }

        patterns = patterns.Where(p => !apiRoutes.Any(r => r.Pattern == p)).ToList();
        foreach (var pattern in patterns)
        {
            var rule = RuleFor(pattern);
            if (rule is null)
            {
                failures.Add($"{pattern}: not in the authorization matrix; add its rule to this test.");
                continue;
            }

            var url = "/" + pattern
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{id:guid}", (pattern.Contains("Line", StringComparison.Ordinal) ? lineId : inventoryId).ToString(), StringComparison.Ordinal)
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{id}", users[Actor.MunicipalOwn].Id, StringComparison.Ordinal)
                .Replace("{id:int}", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{id:int?}", bodyA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{inventoryId:guid}", inventoryId.ToString(), StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal)
                .Replace("{code}", "TGO-CFO-2022-04", StringComparison.Ordinal)
                .Replace("{targetId:int}", targetId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year:int}", "2024", StringComparison.Ordinal)
                .Replace("{kind}", "Organisation", StringComparison.Ordinal);
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

        // Page GET handlers that serve data are not route patterns of their own: each is listed here with its page's rule.
        var evidenceId = await app.CreateEvidenceAsync(inventoryId, users[Actor.MunicipalOwn].Id);
        var cityId = await app.CalculatedCityInventoryAsync("CMI-CM", 2024, LowCarbonCity.Domain.Inventory.InventoryStatus.Draft);
        (string Url, Func<Actor, Expect> Rule)[] handlers =
        [
            // The GPC report of a City inventory downloads like the inventory report it sits beside (this City inventory
            // of the same LAO is not assigned for verification: no verifier reads it).
            ($"/Reports/Inventory/{cityId}?handler=GpcPdf&lang=th", NotAssigned(RuleFor("Reports/Inventory/{id:guid}")!)),
            ($"/Reports/Inventory/{cityId}?handler=GpcExcel&lang=en", NotAssigned(RuleFor("Reports/Inventory/{id:guid}")!)),
            // The assigned inventory's report downloads for its verifier as for its other readers.
            ($"/Reports/Inventory/{inventoryId}?handler=Pdf&lang=th", RuleFor("Reports/Inventory/{id:guid}")!),
            ($"/Reports/Inventory/{inventoryId}?handler=Excel&lang=th", RuleFor("Reports/Inventory/{id:guid}")!),
            // A line's details (formula, factor, evidence) open beside it in the editor.
            ($"/Inventories/Detail/{inventoryId}?handler=LineDetails&lineId={lineId}", RuleFor("Inventories/Detail/{id:guid}")!),
            // The review opens an evidence file beside its line for whoever may view the inventory.
            ($"/Inventories/Review/{inventoryId}?handler=Evidence&evidenceId={evidenceId}", RuleFor("Inventories/Review/{id:guid}")!),
            // The public copy of the report and the verification statement: for everyone once published and certified; not found here.
            ("/Public/Inventory/CMI-CM/2024/Organisation?handler=Pdf&lang=th", RuleFor("Public/Inventory/{code}/{year:int}/{kind}")!),
            ("/Public/Inventory/CMI-CM/2024/Organisation?handler=Statement&lang=en", RuleFor("Public/Inventory/{code}/{year:int}/{kind}")!),
        ];
        foreach (var (url, rule) in handlers)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                using var response = await clients[actor].GetAsync(new Uri(url, UriKind.Relative));
                if (Classify(response) != rule(actor))
                {
                    failures.Add($"GET {url} as {actor}: expected {rule(actor)}, got {Classify(response)} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        // Downloads are GET page handlers on a page's own route: each must answer as its page does.
        foreach (var (pattern, query) in DownloadHandlers)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                using var response = await clients[actor].GetAsync(new Uri($"/{pattern}?{query}", UriKind.Relative));
                var actual = Classify(response);
                checkedCount++;
                if (actual != RuleFor(pattern)!(actor))
                {
                    failures.Add($"GET /{pattern}?{query} as {actor}: expected {RuleFor(pattern)!(actor)}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        failures.Should().BeEmpty();
        checkedCount.Should().BeGreaterThanOrEqualTo(patterns.Count * 7);
    }

    /// <summary>GET page handlers that stream a file, with the page whose rule they follow.</summary>
    private static readonly (string Pattern, string Query)[] DownloadHandlers =
    [
        ("Boards/National", "handler=Excel&view=Sector&kind=City"),
        ("Boards/National", "handler=Csv&view=Year"),
        ("Reports/Rollup", "handler=Excel"),
        ("Reports/Rollup", "handler=Csv"),
    ];

    /// <summary>The rule of an inventory page, for another inventory than the assigned one: no verifier may read it.</summary>
    private static Func<Actor, Expect> NotAssigned(Func<Actor, Expect> rule) => a => a is Actor.VerifierAssigned ? Expect.Forbidden : rule(a);

    private static Func<Actor, Expect>? RuleFor(string pattern)
    {
        var normalised = pattern.EndsWith("Index", StringComparison.Ordinal) ? pattern[..^"Index".Length].TrimEnd('/') : pattern;
        return normalised switch
        {
            "" or "Error" or "health" or "Account/SignIn" or "openapi/{documentName}.json" => _ => Expect.Ok,
            // Choosing the language is open to everyone, signed in or not.
            "Account/Language" => _ => Expect.Ok,
            // The interactive API reference is public (the document it shows is public too).
            _ when normalised.StartsWith("api/reference/", StringComparison.Ordinal) => _ => Expect.Ok,
            "Account/Tokens" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // The published inventories are for everyone; an inventory that is not published is not found, for everyone alike.
            "Public" => _ => Expect.Ok,
            "Public/Inventory/{code}/{year:int}/{kind}" => _ => Expect.NotFound,
            // The statement PDF: whoever may view the inventory; none is issued for the matrix's draft, so not found for them.
            "Verification/Statement/{inventoryId:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin or Actor.VerifierAssigned => Expect.NotFound,
                _ => Expect.Forbidden,
            },
            // Opening an invitation link is anonymous: the token is the credential (without one the page says so).
            "Account/Invitation" => _ => Expect.Ok,
            "Account/ChangePassword" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // Every signed-in user has their own notifications and e-mail choices (the service filters to the user).
            "Notifications" or "Account/Settings" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // The guided first page: every signed-in user, with the next steps of their own role.
            "Welcome" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // A calculation anyone can check: reaching the handler (a 400 for the empty request) is "allowed".
            "api/v1/calculations/" => _ => Expect.Ok,
            // The access-denied page answers 403 to everyone, by design.
            "Account/AccessDenied" => _ => Expect.Forbidden,
            // Factor editions are public reference data for every signed-in user; only TGO analysts publish.
            "Factors" or "Factors/Detail/{code}" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            "Factors/Publish" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.Tgo => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Reports: the page and its downloads check View in the service; the roll-up is filtered to the user's rights.
            "Account/SignOut" => a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok,
            // Lists, roll-ups and targets are the programme staff's: a verifier reads only the inventory assigned to them.
            "Inventories" or "Reports/Rollup" or "Targets" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.VerifierAssigned or Actor.VerifierOther => Expect.Forbidden,
                _ => Expect.Ok,
            },
            // The template page shows to viewers; uploading needs EditActivity (service).
            // Starting an inventory needs EditActivity on some organisation (municipal officers, own or other LAO).
            "Inventories/Start" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.MunicipalOther => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Submit checklist and publication: staff who may view the inventory.
            "Inventories/Submit/{id:guid}" or "Inventories/Publish/{id:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Review (comments; decision forms only for the province's officer), summary, editor, audit trail, reports
            // and template show to viewers, the assigned body's verifiers included (read-only).
            "Inventories/Review/{id:guid}" or "Inventories/Summary/{id:guid}" or
"Inventories/Detail/{id:guid}" or "Inventories/Audit/{id:guid}" or "Reports/Inventory/{id:guid}" or "Reports/Template/{id:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin or Actor.VerifierAssigned => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Editing a line's page shows it to whoever may view the inventory; saving needs EditActivity (service).
            "Inventories/Line/{id:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin or Actor.VerifierAssigned => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Verification bodies: TGO analysts register and renew them (administrators manage accounts, not bodies).
            "Verification/Bodies" or "Verification/Bodies/Edit/{id:int?}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.Tgo => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // A verifier's work list: each verifier their own body's (the other body's verifier sees an empty list).
            "Verification" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.VerifierAssigned or Actor.VerifierOther => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Sending for verification: the LAO's municipal officers and TGO (the page then says to whom it is sent).
            "Verification/Assign/{inventoryId:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.Tgo => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // An organisation's disposal sites: whoever may view the organisation (its municipal officers and administrators edit them).
            "Organisations/{id:int}/Sites" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // An organisation's report details (preparer, signatories, logo): its municipal officers and administrators.
            "Organisations/{id:int}/ReportProfile" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Boards: a provincial officer sees their own province (the default); TGO analysts and administrators any.
            "Boards/Province" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.ProvincialOwn or Actor.ProvincialOther or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            "Boards/National" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Targets: the list (above) is filtered to what the user may see; a target shows to whoever may view its organisation.
            "Targets/Detail/{targetId:int}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            // Verification (findings): whoever may view the inventory reads its verification (assigned to body A, whose
            // verifiers read it too); everyone else is refused.
            "Verification/Inventory/{inventoryId:guid}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin or Actor.VerifierAssigned => Expect.Ok,
                _ => Expect.Forbidden,
            },
            "Admin/Users" or "Admin/Users/Create" or "Admin/Users/Invite" or "Admin/Users/Edit/{id}" or "Admin/Users/Invitations"
                or "Admin/Organisations" or "Admin/Organisations/Create" or "Admin/Organisations/Edit/{id:int}" => a => a switch
            {
                Actor.Anonymous => Expect.SignIn,
                Actor.Admin => Expect.Ok,
                _ => Expect.Forbidden,
            },
            _ => null,
        };
    }

    /// <summary>
    /// API rules. Reading the directory, factors and roll-ups needs only a token; inventories need View; writes need
    /// the operation on that organisation (the service checks it before the stale If-Match and before the body's
    /// shape, so the empty body gets 403 to a caller without the right and a 400 validation problem ("Ok") to one
    /// with it). Opening an inventory with no organisation in the body needs the right on some organisation.
    /// </summary>
    private static Func<Actor, Expect>? ApiRuleFor(string method, string pattern)
    {
        Func<Actor, Expect> signedIn = a => a == Actor.Anonymous ? Expect.SignIn : Expect.Ok;
        Func<Actor, Expect> Only(params Actor[] allowed) => a => a == Actor.Anonymous ? Expect.SignIn : allowed.Contains(a) ? Expect.Ok : Expect.Forbidden;
        var view = Only(Actor.MunicipalOwn, Actor.ProvincialOwn, Actor.Tgo, Actor.Admin);
        // An inventory, its lines, results, audit trail and evidence: also the verifiers of the body it is assigned to.
        var inventoryView = Only(Actor.MunicipalOwn, Actor.ProvincialOwn, Actor.Tgo, Actor.Admin, Actor.VerifierAssigned);
        // Lists, roll-ups and targets are the programme staff's (a verifier's token reads reference data and the assigned inventory).
        Func<Actor, Expect> staff = a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.VerifierAssigned or Actor.VerifierOther ? Expect.Forbidden : Expect.Ok;
        return (method, pattern) switch
        {
            ("GET", "api/v1/provinces" or "api/v1/organisations" or "api/v1/factor-editions" or "api/v1/factor-editions/{code}"
                or "api/v1/gwp-sets") => signedIn,
            ("GET", "api/v1/rollups/" or "api/v1/inventories/") => staff,
            // The list of categories, units and method parameters is public reference data, like the calculator it documents.
            ("GET", "api/v1/categories") => _ => Expect.Ok,
            ("POST", "api/v1/factor-editions") => Only(Actor.Tgo),
            ("POST", "api/v1/inventories/") => Only(Actor.MunicipalOwn, Actor.MunicipalOther),
            ("GET", "api/v1/inventories/{id:guid}" or "api/v1/inventories/{id:guid}/results" or "api/v1/inventories/{id:guid}/audit" or "api/v1/inventories/{id:guid}/gpc-report"
                or "api/v1/inventories/{inventoryId:guid}/lines/" or "api/v1/lines/{lineId:guid}") => inventoryView,
            ("POST", "api/v1/inventories/{inventoryId:guid}/lines/" or "api/v1/inventories/{inventoryId:guid}/lines/bulk")
                or ("PUT" or "DELETE", "api/v1/lines/{lineId:guid}")
                or ("POST", "api/v1/inventories/{id:guid}/submit") => Only(Actor.MunicipalOwn),
            ("GET", "api/v1/inventories/{inventoryId:guid}/evidence/" or "api/v1/evidence/{evidenceId:guid}") => inventoryView,
            ("POST", "api/v1/inventories/{inventoryId:guid}/evidence/") or ("DELETE", "api/v1/evidence/{evidenceId:guid}") => Only(Actor.MunicipalOwn),
            ("POST", "api/v1/inventories/{id:guid}/return" or "api/v1/inventories/{id:guid}/approve" or "api/v1/inventories/{id:guid}/reopen") => Only(Actor.ProvincialOwn),
            ("POST", "api/v1/inventories/{id:guid}/verify") => Only(Actor.Tgo),
            // Verification (findings): whoever may view the inventory reads its verification (assigned to body A).
            ("GET", "api/v1/inventories/{inventoryId:guid}/verification") => inventoryView,
            // Targets (of CMI-CM): anyone who keeps targets somewhere may try to create one (400 for the empty body); the
            // target itself is seen and changed by its LAO, its province, TGO and administrators (writes: stale If-Match, 412).
            ("GET" or "POST", "api/v1/targets/") => staff,
            ("GET", "api/v1/targets/{targetId:int}" or "api/v1/targets/{targetId:int}/gap") => view,
            ("PUT" or "DELETE", "api/v1/targets/{targetId:int}") or ("POST", "api/v1/targets/{targetId:int}/measures")
                or ("PUT" or "DELETE", "api/v1/targets/{targetId:int}/measures/{measureId:int}") => view,
            _ => null,
        };
    }

    private static Expect? ClassifyApi(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.PreconditionFailed => Expect.Ok,
        HttpStatusCode.BadRequest when response.Content.Headers.ContentType?.MediaType == "application/problem+json" => Expect.Ok,
        HttpStatusCode.Unauthorized => Expect.SignIn,
        HttpStatusCode.Forbidden => Expect.Forbidden,
        HttpStatusCode.NotFound => Expect.NotFound,
        _ => null,
    };

    private static Expect? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Expect.Ok,
            HttpStatusCode.BadRequest when response.Content.Headers.ContentType?.MediaType == "application/problem+json" => Expect.Ok,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.NotFound => Expect.NotFound,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => Expect.SignIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Expect.Forbidden,
            _ => null,
        };
    }
}
