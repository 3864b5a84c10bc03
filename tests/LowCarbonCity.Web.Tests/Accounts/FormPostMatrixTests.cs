using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Accounts;

/// <summary>
/// Every page handler that accepts POST (read from the app's page action descriptors, so a new form cannot be
/// forgotten) x every role x own / other organisation, posted with a valid antiforgery token and a minimal form:
/// allowed (2xx, or a redirect other than to sign-in / access denied; a validation re-render counts), forbidden
/// (403 or access denied), or sent to sign in. A forbidden post changes nothing (row counts, versions, audit trail).
/// </summary>
public sealed partial class FormPostMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    /// <summary>The target (of CMI-CM) and its measure that the target forms post to.</summary>
    private static int _measureId;

    /// <summary>The pending invitation the invitation forms post to.</summary>
    private static Guid _invitationId;

    private enum Expect
    {
        Allowed,
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

    /// <summary>What a post acts on: a fresh inventory of the own LAO (in <c>Status</c>) with a line, and a user to edit.</summary>
    private sealed record Target(Guid InventoryId, int InventoryVersion, Guid LineId, int LineVersion, string UserId, int OrganisationId);

    /// <summary>A handler's row: the inventory status it needs (null: no inventory), its minimal form and who may post it.</summary>
    private sealed record Row(InventoryStatus? Status, Func<Target, Dictionary<string, string>> Form, Func<Actor, Expect> Rule)
    {
        /// <summary>The inventory is assigned to a verification body (the verification page's forms).</summary>
        public bool Verified { get; init; }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static Expect Municipal(Actor a) => a switch
    {
        Actor.Anonymous => Expect.SignIn,
        Actor.MunicipalOwn => Expect.Allowed,
        _ => Expect.Forbidden,
    };

    private static Expect Commenter(Actor a) => a switch
    {
        Actor.Anonymous => Expect.SignIn,
        Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo => Expect.Allowed,
        _ => Expect.Forbidden,
    };

    /// <summary>Who may change a target of CMI-CM: its municipal officers, the province's officers, TGO and administrators.</summary>
    private static Expect TargetEditor(Actor a) => a switch
    {
        Actor.Anonymous => Expect.SignIn,
        Actor.MunicipalOwn or Actor.ProvincialOwn or Actor.Tgo or Actor.Admin => Expect.Allowed,
        _ => Expect.Forbidden,
    };

    private static Expect Only(Actor allowed, Actor a) => a == Actor.Anonymous ? Expect.SignIn : a == allowed ? Expect.Allowed : Expect.Forbidden;

    private static Dictionary<string, string> Transition(Target t, string? reason = null)
    {
        var form = new Dictionary<string, string> { ["Transition.ExpectedVersion"] = t.InventoryVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (reason is not null)
        {
            form["Transition.Reason"] = reason;
        }

        return form;
    }

    /// <summary>The rows, keyed by page and handler ("" for the default OnPost).</summary>
    private static readonly Dictionary<string, Row> Rows = new(StringComparer.Ordinal)
    {
        // The error page re-renders failed posts of other pages; it changes nothing.
        ["/Error#"] = new(null, _ => [], _ => Expect.Allowed),
        ["/Account/SignIn#"] = new(null, _ => new() { ["Input.Email"] = "nobody@test.local", ["Input.Password"] = "Wrong-Password-1" }, _ => Expect.Allowed),
        ["/Account/Invitation#"] = new(null, _ => new() { ["Token"] = "not-a-token", ["Password"] = "Some-Password-2026", ["ConfirmPassword"] = "Some-Password-2026" }, _ => Expect.Allowed),
        ["/Account/ChangePassword#"] = new(null, _ => new() { ["Input.CurrentPassword"] = "x", ["Input.NewPassword"] = "Some-Password-2026", ["Input.ConfirmPassword"] = "Differs-2026xx" },
            a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        ["/Admin/Users/Create#"] = new(null, _ => new() { ["Input.Email"] = string.Empty }, a => Only(Actor.Admin, a)),
        ["/Admin/Users/Invite#"] = new(null, _ => new() { ["Input.Email"] = string.Empty }, a => Only(Actor.Admin, a)),
        ["/Admin/Users/Edit#"] = new(null, _ => new() { ["Role"] = Roles.MunicipalOfficer, ["Organisations"] = "เทศบาลนครเชียงใหม่" }, a => Only(Actor.Admin, a)),
        // A pending invitation: administrators only (the admin, posting last, resends or revokes it; a second go re-renders with its message).
        ["/Admin/Users/Invitations#Resend"] = new(null, _ => new() { ["id"] = _invitationId.ToString() }, a => Only(Actor.Admin, a)),
        ["/Admin/Users/Invitations#Revoke"] = new(null, _ => new() { ["id"] = _invitationId.ToString() }, a => Only(Actor.Admin, a)),
        ["/Admin/Users/Index#Lock"] = new(null, t => new() { ["userId"] = t.UserId }, a => Only(Actor.Admin, a)),
        ["/Admin/Users/Index#Unlock"] = new(null, t => new() { ["userId"] = t.UserId }, a => Only(Actor.Admin, a)),
        // Organisations: administrators only; an empty code re-renders with its error and changes nothing.
        ["/Admin/Organisations/Create#"] = new(null, _ => new() { ["Input.Code"] = string.Empty }, a => Only(Actor.Admin, a)),
        ["/Admin/Organisations/Edit#"] = new(null, _ => new() { ["Input.Code"] = string.Empty }, a => Only(Actor.Admin, a)),
        // Report details of CMI-CM: its municipal officers and administrators; a refused post writes nothing (audited if it did).
        ["/Organisations/ReportProfile#"] = new(null, _ => new() { ["Input.Period"] = "FiscalYear", ["Input.PreparerName"] = "สมศรี ใจดี" },
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Admin ? Expect.Allowed : Expect.Forbidden),
        // Disposal sites of CMI-CM: its municipal officers and administrators (an unnamed site is refused on the form, nothing stored).
        ["/Organisations/Sites#"] = new(null, _ => new() { ["Input.Name"] = string.Empty, ["Input.Management"] = "UnmanagedDeep" },
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Admin ? Expect.Allowed : Expect.Forbidden),
        // Publishing an approved inventory of CMI-CM: its municipal officers and administrators; a refused post changes nothing.
        ["/Inventories/Publish#Publish"] = new(InventoryStatus.Approved, t => new() { ["ExpectedVersion"] = t.InventoryVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Admin ? Expect.Allowed : Expect.Forbidden),
        ["/Inventories/Publish#Withdraw"] = new(InventoryStatus.Approved, t => new() { ["ExpectedVersion"] = t.InventoryVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Admin ? Expect.Allowed : Expect.Forbidden),
        // Deleting a site: the same people; a site that is not there (none named) changes nothing.
        ["/Organisations/Sites#Delete"] = new(null, _ => [],
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Admin ? Expect.Allowed : Expect.Forbidden),
        ["/Factors/Publish#"] = new(null, _ => new() { ["Input.Code"] = string.Empty }, a => Only(Actor.Tgo, a)),
        // Registering a verification body: TGO analysts (names left empty: the form comes back with its errors, nothing stored).
        ["/Verification/Bodies/Edit#"] = new(null, _ => new() { ["Input.Code"] = "VB-X", ["Input.NameTh"] = string.Empty, ["ValidFrom"] = "1/1/2026", ["ValidUntil"] = "31/12/2026" },
            a => Only(Actor.Tgo, a)),
        // Sending an approved inventory of CMI-CM for verification: its municipal officers and TGO (no body chosen: the
        // form comes back with its error, nothing assigned).
        ["/Verification/Assign#"] = new(InventoryStatus.Approved, _ => new() { ["Input.BodyOrganisationId"] = "0" },
            a => a == Actor.Anonymous ? Expect.SignIn : a is Actor.MunicipalOwn or Actor.Tgo ? Expect.Allowed : Expect.Forbidden),
        // Confirming a preview needs the upload kept under the token for this user: an unknown token re-renders with its message.
        ["/Factors/Publish#Confirm"] = new(null, _ => new() { ["token"] = "not-a-token" }, a => Only(Actor.Tgo, a)),
        ["/Inventories/Start#"] = new(null, t => new()
        {
            ["Input.OrganisationId"] = t.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Year"] = (2030 + Interlocked.Increment(ref _nextYear) % 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Kind"] = nameof(InventoryKind.Organisation),
            ["Input.CopyLastYear"] = "true",
        }, Municipal),
        ["/Inventories/Submit#"] = new(InventoryStatus.Draft, t => Transition(t), Municipal),
        ["/Inventories/Review#Comment"] = new(InventoryStatus.Submitted, _ => new() { ["Comment.Text"] = "Please check" }, Commenter),
        ["/Inventories/Review#Return"] = new(InventoryStatus.Submitted, t => Transition(t, "Fix the bills"), a => Only(Actor.ProvincialOwn, a)),
        ["/Inventories/Review#Approve"] = new(InventoryStatus.Submitted, t => Transition(t), a => Only(Actor.ProvincialOwn, a)),
        ["/Inventories/Detail#AddLine"] = new(InventoryStatus.Draft, _ => new() { ["New.Category"] = nameof(ActivityCategory.GridElectricity), ["New.Amount"] = "5", ["New.UnitCode"] = "kWh" }, Municipal),
        // The editor: a line card's save (on the line's version), evidence upload (none chosen: its error for the
        // editor) and evidence delete (an id that is no file of the inventory: not found for everyone).
        ["/Inventories/Detail#Save"] = new(InventoryStatus.Draft, t => new()
        {
            ["LineId"] = t.LineId.ToString(), ["ExpectedVersion"] = t.LineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = "7", ["Line.UnitCode"] = "kWh", ["Line.ChangeExplanation"] = "Test",
        }, Municipal),
        // A row's save in place (the quantity and unit typed in the compact table).
        ["/Inventories/Detail#Quick"] = new(InventoryStatus.Draft, t => new()
        {
            ["LineId"] = t.LineId.ToString(), ["ExpectedVersion"] = t.LineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Amount"] = "7", ["Line.UnitCode"] = "kWh", ["Line.ChangeExplanation"] = "Test",
        }, Municipal),
        ["/Inventories/Detail#Upload"] = new(InventoryStatus.Draft, _ => [], Municipal),
        ["/Inventories/Detail#DeleteEvidence"] = new(InventoryStatus.Draft, _ => new() { ["evidenceId"] = Guid.Empty.ToString() }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden),
        // Switching the GWP set recalculates the inventory: whoever may edit its activity data.
        ["/Inventories/Detail#GwpSet"] = new(InventoryStatus.Draft, t => new()
        {
            ["GwpSetCode"] = "AR6", ["ExpectedVersion"] = t.InventoryVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, Municipal),
        ["/Inventories/Detail#Comment"] = new(InventoryStatus.Submitted, _ => new() { ["Comment.Text"] = "Please check" }, Commenter),
        ["/Inventories/Review#Verify"] = new(InventoryStatus.Approved, t => Transition(t), a => Only(Actor.Tgo, a)),
        ["/Inventories/Review#Reopen"] = new(InventoryStatus.Approved, t => Transition(t, "Late correction"), a => Only(Actor.ProvincialOwn, a)),
        ["/Inventories/Line#"] = new(InventoryStatus.Draft, t => new()
        {
            ["ExpectedVersion"] = t.LineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = "7", ["Line.UnitCode"] = "kWh",
        }, Municipal),
        ["/Inventories/Line#Delete"] = new(InventoryStatus.Draft, t => new() { ["ExpectedVersion"] = t.LineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Municipal),
        ["/Inventories/Line#Comment"] = new(InventoryStatus.Submitted, _ => new() { ["Comment.Text"] = "On this line" }, Commenter),
        // The offline template: previewing and importing need EditActivity on a Draft inventory (an empty upload is
        // refused with its message for the editor, and refused as forbidden for everyone else).
        ["/Reports/Template#Preview"] = new(InventoryStatus.Draft, _ => [], Municipal),
        ["/Reports/Template#Confirm"] = new(InventoryStatus.Draft, _ => new() { ["content"] = string.Empty, ["version"] = "0" }, Municipal),
        // Personal access tokens: any signed-in user manages their own (an empty name re-renders with its error; revoking
        // a token that is not the user's is refused as not found and changes nothing).
        ["/Account/Tokens#"] = new(null, _ => new() { ["Input.Name"] = string.Empty }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        ["/Account/Tokens#Revoke"] = new(null, _ => new() { ["id"] = Guid.Empty.ToString() }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden),
        // Signing out is posted from a fresh session (below), so the other rows keep theirs.
        // Anyone may choose a language; a signed-in user's choice is stored on their own account only.
        // Targets: forms with a stale version (0) or an empty measure, so an allowed post changes nothing either.
        ["/Targets/Index#Create"] = new(null, _ => new() { ["Create.ScopeKind"] = "Organisation" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        ["/Targets/Detail#Update"] = new(null, _ => new() { ["Input.BaseYear"] = "2019", ["Input.TargetYear"] = "2030", ["Input.ReductionValue"] = "21", ["Input.Scopes"] = "Scope1", ["Input.ExpectedVersion"] = "0" }, TargetEditor),
        ["/Targets/Detail#Delete"] = new(null, _ => new() { ["ExpectedVersion"] = "0" }, TargetEditor),
        ["/Targets/Detail#AddMeasure"] = new(null, _ => new() { ["Measure.DescriptionEn"] = string.Empty }, TargetEditor),
        ["/Targets/Detail#UpdateMeasure"] = new(null, _ => new() { ["MeasureId"] = _measureId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Measure.DescriptionEn"] = string.Empty }, TargetEditor),
        ["/Targets/Detail#DeleteMeasure"] = new(null, _ => new() { ["MeasureId"] = _measureId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ExpectedVersion"] = "0" }, TargetEditor),
        // Notifications and e-mail choices: each user's own. Opening one that does not exist (or is someone else's) is refused.
        ["/Notifications/Index#Open"] = new(null, _ => new() { ["id"] = "0" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden),
        ["/Notifications/Index#ReadAll"] = new(null, _ => [], a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        ["/Account/Settings#"] = new(null, _ => new() { ["Send"] = "Comment" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        ["/Account/Language#"] = new(null, _ => new() { ["culture"] = "en-GB", ["returnUrl"] = "/" }, _ => Expect.Allowed),
        ["/Account/SignOut#"] = new(null, _ => [], a => a == Actor.Anonymous ? Expect.SignIn : Expect.Allowed),
        // Verification (findings) of an approved inventory assigned to a body (no verifier among the actors: nobody here
        // acts as its verifier). The officer's forms and TGO's certification are refused on their content (no finding,
        // no correction, no statement) and change nothing.
        ["/Verification/Inventory#Raise"] = new(InventoryStatus.Approved, _ => new() { ["Raise.Kind"] = "Observation", ["Raise.Text"] = "x", ["Raise.DueDate"] = "2026-03-31" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden) { Verified = true },
        ["/Verification/Inventory#Close"] = new(InventoryStatus.Approved, _ => new() { ["Reply.FindingId"] = Guid.Empty.ToString() }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden) { Verified = true },
        ["/Verification/Inventory#Reopen"] = new(InventoryStatus.Approved, _ => new() { ["Reply.FindingId"] = Guid.Empty.ToString(), ["Reply.Text"] = "x" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden) { Verified = true },
        ["/Verification/Inventory#Issue"] = new(InventoryStatus.Approved, _ => new() { ["Statement.Level"] = "Limited" }, a => a == Actor.Anonymous ? Expect.SignIn : Expect.Forbidden) { Verified = true },
        ["/Verification/Inventory#Answer"] = new(InventoryStatus.Approved, _ => new() { ["Reply.FindingId"] = Guid.Empty.ToString(), ["Reply.Text"] = "x" }, Municipal) { Verified = true },
        ["/Verification/Inventory#Correct"] = new(InventoryStatus.Approved, _ => new() { ["FindingId"] = Guid.Empty.ToString() }, Municipal) { Verified = true },
        ["/Verification/Inventory#FinishCorrection"] = new(InventoryStatus.Approved, _ => [], Municipal) { Verified = true },
        ["/Verification/Inventory#Certify"] = new(InventoryStatus.Approved, _ => [], a => Only(Actor.Tgo, a)) { Verified = true },
    };

    [Fact]
    public async Task Post_EveryPageHandlerEveryRoleOwnAndOtherOrganisation_AllowedOrForbiddenAndForbiddenChangesNothing()
    {
        var users = new Dictionary<Actor, TestUser>
        {
            [Actor.MunicipalOwn] = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"),
            [Actor.MunicipalOther] = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            [Actor.ProvincialOwn] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"),
            [Actor.ProvincialOther] = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"),
            [Actor.Tgo] = await app.CreateUserAsync(Roles.TgoAnalyst),
            [Actor.Admin] = await app.CreateUserAsync(Roles.Administrator),
        };
        var editedUser = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var (targetId, measureId) = await app.CreateTargetAsync("CMI-CM");
        _measureId = measureId;
        var invited = await app.AsUserAsync<LowCarbonCity.Web.Features.Users.InvitationService, LowCarbonCity.Web.Features.Shared.Result<LowCarbonCity.Web.Features.Users.InvitationCreated>>(users[Actor.Admin], (s, p) =>
            s.InviteAsync(p, new() { Email = $"matrix-{Guid.NewGuid():N}@test.local", DisplayName = "ผู้ได้รับเชิญ", Role = Roles.TgoAnalyst }, CancellationToken.None));
        _invitationId = invited.Value!.Id;
        var sessions = new Dictionary<Actor, (HttpClient Client, string Token)> { [Actor.Anonymous] = await SessionAsync(app.AnonymousClient()) };
        foreach (var (actor, user) in users)
        {
            sessions[actor] = await SessionAsync(await app.ClientForAsync(user));
        }

        var handlers = await PostHandlersAsync();
        handlers.Keys.Should().Contain(["/Inventories/Submit#", "/Account/SignIn#", "/Factors/Publish#"]);
        var failures = new List<string>();
        var assigned = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (var (key, pattern) in handlers)
        {
            if (!Rows.TryGetValue(key, out var row))
            {
                failures.Add($"POST {key} ({pattern}): not in the form-post matrix; add its row to this test.");
                continue;
            }

            foreach (var actor in Enum.GetValues<Actor>())
            {
                // A verification row's posts change nothing, so its actors share one assigned inventory (years are few).
                if (!row.Verified || !assigned.TryGetValue(key, out var target))
                {
                    target = await TargetAsync(row.Status, editedUser.Id, organisationId);
                    if (row.Verified)
                    {
                        await app.AssignVerificationAsync(target.InventoryId, await app.RegisterVerificationBodyAsync());
                        assigned[key] = target;
                    }
                }

                var handler = key[(key.IndexOf('#', StringComparison.Ordinal) + 1)..];
                var url = "/" + pattern
                    .Replace("{inventoryId:guid}", target.InventoryId.ToString(), StringComparison.Ordinal)
                    .Replace("{id:guid}", (key.StartsWith("/Inventories/Line", StringComparison.Ordinal) ? target.LineId : target.InventoryId).ToString(), StringComparison.Ordinal)
                    .Replace("{id}", target.UserId, StringComparison.Ordinal)
                    .Replace("{id:int}", target.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("/{id:int?}", string.Empty, StringComparison.Ordinal)
                    .Replace("{inventoryId:guid}", target.InventoryId.ToString(), StringComparison.Ordinal)
                    .Replace("{targetId:int}", targetId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    + (handler.Length == 0 ? string.Empty : $"?handler={handler}");
                var (client, token) = key == "/Account/SignOut#" && actor != Actor.Anonymous
                    ? await SessionAsync(await app.ClientForAsync(users[actor]))
                    : sessions[actor];
                var before = await FingerprintAsync();
                var form = new Dictionary<string, string>(row.Form(target)) { ["__RequestVerificationToken"] = token };
                using var content = new FormUrlEncodedContent(form);
                using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
                var actual = Classify(response);
                var expected = row.Rule(actor);
                if (actual != expected)
                {
                    failures.Add($"POST {url} as {actor}: expected {expected}, got {actual?.ToString() ?? "?"} ({(int)response.StatusCode} {response.Headers.Location})");
                }

                if (expected != Expect.Allowed && await FingerprintAsync() is var after && after != before)
                {
                    failures.Add($"POST {url} as {actor} was refused but changed data: {before} -> {after}");
                }
            }
        }

        failures.Should().BeEmpty(string.Join(Environment.NewLine, failures));
    }

    /// <summary>Page + handler name of every handler method for POST, with the page's route pattern.</summary>
    private async Task<Dictionary<string, string>> PostHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var method in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                // Index pages have two routes ("Inventories" and "Inventories/Index"): keep the longer one.
                var key = $"{compiled.ViewEnginePath}#{method.Name}";
                var pattern = (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
                if (!result.TryGetValue(key, out var existing) || pattern.Length > existing.Length)
                {
                    result[key] = pattern;
                }
            }
        }

        return result;
    }

    private static async Task<(HttpClient Client, string Token)> SessionAsync(HttpClient client)
    {
        // The sign-in page has a form for everyone; its token is bound to the session's user.
        var html = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var match = TokenPattern().Match(html);
        match.Success.Should().BeTrue("a page should carry an antiforgery token for the session");
        return (client, WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    private async Task<Target> TargetAsync(InventoryStatus? status, string userId, int organisationId)
    {
        if (status is null)
        {
            return new Target(Guid.Empty, 0, Guid.Empty, 0, userId, organisationId);
        }

        var (year, kind) = await FreeSlotAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", year, kind: kind);
        await app.SetStatusAsync(id, status.Value);
        var inventory = await app.InventoryAsync(id);
        var line = inventory.Lines.First(l => l.Category == ActivityCategory.GridElectricity);
        return new Target(id, inventory.Version, line.Id, line.Version, userId, organisationId);
    }

    /// <summary>
    /// The next year and kind the own LAO has no inventory for (an LAO has one per year and kind), leaving the
    /// organisation-kind years 2030-2089 to the Start row: the rows times the actors outnumber a simple count's years.
    /// </summary>
    private async Task<(int Year, InventoryKind Kind)> FreeSlotAsync()
    {
        var used = await app.WithDbAsync(db => db.Inventories.Where(i => i.Organisation!.Code == "CMI-CM").Select(i => new { i.Year, i.Kind }).ToListAsync());
        for (var year = LowCarbonCity.Domain.Organisations.InventoryYears.Min; year <= LowCarbonCity.Domain.Organisations.InventoryYears.Max; year++)
        {
            foreach (var kind in new[] { InventoryKind.City, InventoryKind.Organisation })
            {
                var reserved = kind == InventoryKind.Organisation && year is >= 2030 and < 2090;
                if (!reserved && !used.Any(u => u.Year == year && u.Kind == kind))
                {
                    return (year, kind);
                }
            }
        }

        throw new InvalidOperationException("No free inventory year left for the own LAO.");
    }

    private Task<string> FingerprintAsync() => app.WithDbAsync(async db => string.Join('/',
        await db.AuditEntries.CountAsync(), await db.Inventories.CountAsync(), await db.ActivityLines.CountAsync(),
        await db.InventoryComments.CountAsync(), await db.InventoryStatusChanges.CountAsync(), await db.EmissionFactorEditions.CountAsync(),
        await db.Users.CountAsync(), await db.Invitations.CountAsync(), await db.OrganisationMemberships.CountAsync(),
        await db.Inventories.SumAsync(i => i.Version), await db.ActivityLines.SumAsync(l => l.Version),
        await db.Notifications.CountAsync(n => n.ReadAt != null), await db.Verifications.CountAsync(), await db.VerificationBodies.CountAsync()));

    private static Expect? Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => Expect.Forbidden,
            // A resource that is not the user's (e.g. someone else's token) is "not found": refused, like a 403.
            HttpStatusCode.NotFound => Expect.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Expect.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => Expect.SignIn,
            var code when (int)code is >= 200 and < 400 => Expect.Allowed,
            _ => null,
        };
    }
}
