using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The officer's workflow pages through the app's pipeline: home (by year, status, totals, what awaits me), start
/// (with and without copying last year's structure), submit checklist, review (comments, return, approve) and summary.
/// Each test uses its own years of CMI-CM (Chiang Mai city municipality, province 50) so they do not meet.
/// </summary>
public sealed class WorkflowPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Version(int version, string? reason = null)
    {
        var form = new Dictionary<string, string> { ["Transition.ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (reason is not null)
        {
            form["Transition.Reason"] = reason;
        }

        return form;
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));

    /// <summary>An inventory of CMI-CM with one grid-electricity line of <paramref name="kwh"/> kWh, its results stored.</summary>
    private async Task<Guid> ElectricityInventoryAsync(int year, decimal kwh, string organisation = "CMI-CM")
    {
        var id = await app.CreateInventoryAsync(organisation, year, complete: false);
        await app.WithDbAsync(async db =>
        {
            var inventory = await db.Inventories.Include(i => i.Lines).SingleAsync(i => i.Id == id);
            var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), id, ActivityCategory.GridElectricity, new Quantity(kwh, Unit.KWh));
            inventory.AddLine(line, DateTimeOffset.UtcNow);
            db.ActivityLines.Add(line);
            return await db.SaveChangesAsync();
        });
        await app.CalculateAsync(id);
        return id;
    }

    private async Task<int> VersionOfAsync(Guid id) => (await app.InventoryAsync(id)).Version;

    [Fact]
    public async Task Home_MunicipalOfficer_ListsInventoriesByYearStatusAndTotalAndAwaitsDrafts()
    {
        // 10 000 kWh x 0.4999 kgCO2e/kWh (TGO CFO April 2022, docs/domain/methodology.md 2.1) = 4 999 kg = 4.999 t.
        var id = await ElectricityInventoryAsync(2001, 10_000m);
        using var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        var html = await client.GetStringAsync(new Uri("/Inventories", UriKind.Relative));

        var row = Row(html, "inventories", id);
        row.Should().Contain("2001").And.Contain("data-status=\"Draft\"").And.Contain("4.999");
        html.Should().Contain("id=\"awaiting\"").And.Contain($"/Inventories/Submit/{id}").And.Contain("id=\"start-link\"");

        using var thai = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        Row(await thai.GetStringAsync(new Uri("/Inventories", UriKind.Relative)), "inventories", id).Should().Contain("พ.ศ. 2544");
    }

    [Fact]
    public async Task Home_ProvincialOfficer_AwaitsSubmittedInventoriesOfTheProvinceOnly()
    {
        var submitted = await app.CreateInventoryAsync("CMI-CM", 2002);
        await app.SetStatusAsync(submitted, InventoryStatus.Submitted);
        var draft = await app.CreateInventoryAsync("CMI-CM", 2003);
        using var own = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));
        using var other = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));

        var html = await own.GetStringAsync(new Uri("/Inventories", UriKind.Relative));

        Section(html, "awaiting-panel").Should().Contain($"/Inventories/Review/{submitted}").And.NotContain(draft.ToString());
        html.Should().NotContain("id=\"start-link\"");
        (await other.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().NotContain(submitted.ToString());

        // The municipality's draft is listed, but the reviewer cannot submit it: no "submit" link, and the title says
        // these are the inventories in their care, not theirs.
        Row(html, "inventories", draft).Should().Contain($"/Inventories/Review/{draft}").And.NotContain("/Inventories/Submit/");
        html.Should().Contain("<h1 class=\"mb-0\">Inventories in my care</h1>");
        using var thai = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50")));
        System.Net.WebUtility.HtmlDecode(await thai.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().Contain("บัญชีก๊าซเรือนกระจกในความดูแล");
    }

    [Fact]
    public async Task Start_WithoutCopy_OpensAnEmptyInventoryAndRedirectsToTheEditor()
    {
        using var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var organisationId = await app.OrganisationIdAsync("CMI-CM");

        using var response = await AppFactory.PostFormAsync(client, "/Inventories/Start", StartForm(organisationId, 2004, copy: false));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var created = await app.WithDbAsync(db => db.Inventories.Include(i => i.Lines).SingleAsync(i => i.OrganisationId == organisationId && i.Year == 2004 && i.Kind == InventoryKind.Organisation));
        response.Headers.Location!.OriginalString.Should().Be($"/Inventories/Detail/{created.Id}");
        created.Lines.Should().BeEmpty();
        created.Status.Should().Be(InventoryStatus.Draft);
    }

    [Fact]
    public async Task Start_WithCopy_CopiesLastYearsLinesAsPlaceholdersThatCountAsMissing()
    {
        var previous = await app.CreateInventoryAsync("CMI-CM", 2005);
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        using var client = await app.ClientForAsync(officer);
        var organisationId = await app.OrganisationIdAsync("CMI-CM");

        using var response = await AppFactory.PostFormAsync(client, "/Inventories/Start", StartForm(organisationId, 2006, copy: true));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var source = await app.InventoryAsync(previous);
        var created = await app.WithDbAsync(db => db.Inventories.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.OrganisationId == organisationId && i.Year == 2006 && i.Kind == InventoryKind.Organisation));
        created.Lines.Select(l => l.Category).Should().BeEquivalentTo(source.Lines.Select(l => l.Category));
        created.Lines.Should().OnlyContain(l => l.Amount == null && l.NotationKey == null && LinePlaceholders.Is(l));
        created.Lines.Single(l => l.Category == ActivityCategory.GridElectricity).Unit.Should().Be(Unit.KWh);

        // The checklist: all three CFO items are missing (placeholders cover nothing) and the three placeholders are listed.
        var page = await client.GetStringAsync(new Uri($"/Inventories/Submit/{created.Id}", UriKind.Relative));
        page.Should().Contain("data-missing=\"cfo.electricity\"").And.Contain("data-missing=\"cfo.fuel\"").And.Contain("data-missing=\"cfo.waste\"");
        CountOf(page, "data-placeholder=").Should().Be(3);
        page.Should().MatchRegex("id=\"submit-button\"[^>]*disabled");

        // Refused server-side too: the inventory stays a draft and the page names the placeholders.
        using var submit = await AppFactory.PostFormAsync(client, $"/Inventories/Submit/{created.Id}", Version(created.Version));
        submit.StatusCode.Should().Be(HttpStatusCode.OK);
        (await submit.Content.ReadAsStringAsync()).Should().Contain("Placeholder without data");
        (await app.InventoryAsync(created.Id)).Status.Should().Be(InventoryStatus.Draft);
    }

    [Theory]
    [InlineData(false, 2007, "Inventory year must be between 1990 and 2100.", "A Organisation inventory for 2007 already exists.")]
    [InlineData(true, 2017, "ปีของบัญชีต้องอยู่ระหว่าง พ.ศ. 2533 ถึง พ.ศ. 2643", "มีบัญชีระดับองค์กรของปี พ.ศ. 2560 อยู่แล้ว")]
    public async Task Start_InvalidYear_NamesTheFieldInEnglishAndThai(bool thai, int existingYear, string outOfRange, string exists)
    {
        await app.CreateInventoryAsync("CMI-CM", existingYear);
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        using var _ = thai ? AppFactory.InThai(client) : client;
        var organisationId = await app.OrganisationIdAsync("CMI-CM");

        using var range = await AppFactory.PostFormAsync(client, "/Inventories/Start", StartForm(organisationId, 1800, copy: false));
        // Typed in the page's calendar: the Buddhist Era in Thai.
        using var duplicate = await AppFactory.PostFormAsync(client, "/Inventories/Start", StartForm(organisationId, thai ? existingYear + 543 : existingYear, copy: false));

        range.StatusCode.Should().Be(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await range.Content.ReadAsStringAsync()).Should().Contain(outOfRange);
        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).Should().Contain(exists);
    }

    [Fact]
    public async Task Start_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        using var content = new FormUrlEncodedContent(StartForm(await app.OrganisationIdAsync("CMI-CM"), 2008, copy: false));

        using var response = await client.PostAsync(new Uri("/Inventories/Start", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.Inventories.CountAsync(i => i.Year == 2008))).Should().Be(0);
    }

    [Fact]
    public async Task Pages_Authorization_StartForMunicipalOnlyReviewForViewersDecisionForTheProvince()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2009);
        await app.SetStatusAsync(id, InventoryStatus.Submitted);
        using var provincial = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));
        using var otherProvince = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));
        using var municipal = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        using var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));

        IsRefused(await provincial.GetAsync(new Uri("/Inventories/Start", UriKind.Relative))).Should().BeTrue();
        IsRefused(await otherProvince.GetAsync(new Uri($"/Inventories/Review/{id}", UriKind.Relative))).Should().BeTrue();
        var review = await provincial.GetStringAsync(new Uri($"/Inventories/Review/{id}", UriKind.Relative));
        review.Should().Contain("id=\"return-form\"").And.Contain("id=\"return-button\"").And.Contain("id=\"approve-button\"");
        (await tgo.GetStringAsync(new Uri($"/Inventories/Review/{id}", UriKind.Relative))).Should().NotContain("id=\"approve-button\"");
        (await municipal.GetStringAsync(new Uri($"/Inventories/Review/{id}", UriKind.Relative))).Should().NotContain("id=\"return-button\"");

        using var refused = await AppFactory.PostFormAsync(municipal, $"/Inventories/Review/{id}", Version(await VersionOfAsync(id)), $"/Inventories/Review/{id}?handler=Approve");
        IsRefused(refused).Should().BeTrue();
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Submitted);
    }

    [Fact]
    public async Task Journey_SubmitReturnWithCommentFixResubmitApprove_ThroughThePages()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2010);
        var electricity = (await app.InventoryAsync(id)).Lines.Single(l => l.Category == ActivityCategory.GridElectricity).Id;
        using var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        using var province = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));
        var review = $"/Inventories/Review/{id}";

        // The officer submits: the checklist is complete.
        var checklist = await officer.GetStringAsync(new Uri($"/Inventories/Submit/{id}", UriKind.Relative));
        checklist.Should().Contain("id=\"checklist-complete\"").And.NotMatchRegex("id=\"submit-button\"[^>]*disabled");
        using (var submitted = await AppFactory.PostFormAsync(officer, $"/Inventories/Submit/{id}", Version(await VersionOfAsync(id))))
        {
            submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
            submitted.Headers.Location!.OriginalString.Should().Be("/Inventories");
        }

        (await officer.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().Contain("The inventory was submitted for review.");
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Submitted);

        // The province comments on the electricity line and returns it with a reason.
        using (var comment = await AppFactory.PostFormAsync(province, review, new Dictionary<string, string> { ["Comment.LineId"] = electricity.ToString(), ["Comment.Text"] = "Please attach the PEA bills." }, review + "?handler=Comment"))
        {
            comment.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using (var returned = await AppFactory.PostFormAsync(province, review, Version(await VersionOfAsync(id), "Electricity bills missing"), review + "?handler=Return"))
        {
            returned.StatusCode.Should().Be(HttpStatusCode.Redirect);
            returned.Headers.Location!.OriginalString.Should().StartWith(review);
        }

        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Returned);

        // The editor opens on why it came back: the reason and the review's one comment, at the top.
        var editor = await officer.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        var banner = editor.IndexOf("id=\"returned-banner\"", StringComparison.Ordinal);
        banner.Should().BeGreaterThan(0).And.BeLessThan(editor.IndexOf("id=\"gwp-set\"", StringComparison.Ordinal), "the banner is above everything else");
        editor.Should().Contain("Reason: Electricity bills missing").And.Contain("1 comment(s) from the review, below");
        var thaiEditor = await AppFactory.InThai(officer).GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative));
        thaiEditor.Should().Contain("ส่งกลับให้แก้ไขโดย").And.Contain("เหตุผล: Electricity bills missing").And.Contain("ความเห็นจากการตรวจสอบ 1 รายการ");
        officer.DefaultRequestHeaders.AcceptLanguage.Clear();
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        // The officer sees the returned inventory and the unanswered comment at home, and answers it on the review page.
        var home = await officer.GetStringAsync(new Uri("/Inventories", UriKind.Relative));
        Section(home, "awaiting-panel").Should().Contain("Please attach the PEA bills.").And.Contain($"{review}#comments")
            .And.Contain("Reason: Electricity bills missing", "the home says why the inventory came back");
        var commentId = await app.WithDbAsync(db => db.InventoryComments.Where(c => c.InventoryId == id).Select(c => c.Id).SingleAsync());
        (await officer.GetStringAsync(new Uri(review, UriKind.Relative))).Should().Contain($"id=\"comment-{commentId}\"").And.Contain($"data-line-comments=\"{electricity}\"");
        using (var reply = await AppFactory.PostFormAsync(officer, review, new Dictionary<string, string> { ["Comment.ParentId"] = commentId.ToString(), ["Comment.LineId"] = electricity.ToString(), ["Comment.Text"] = "Attached." }, review + "?handler=Comment"))
        {
            reply.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await officer.GetStringAsync(new Uri("/Inventories", UriKind.Relative))).Should().NotContain("Please attach the PEA bills.");

        // Resubmitted, then approved by the province.
        using (var again = await AppFactory.PostFormAsync(officer, $"/Inventories/Submit/{id}", Version(await VersionOfAsync(id))))
        {
            again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using (var approved = await AppFactory.PostFormAsync(province, review, Version(await VersionOfAsync(id)), review + "?handler=Approve"))
        {
            approved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Approved);
        (await province.GetStringAsync(new Uri(review, UriKind.Relative))).Should().Contain("The inventory was approved.");
        (await officer.GetAsync(new Uri($"/Reports/Inventory/{id}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Review_AfterApproval_TgoVerifiesInThaiAndTheProvinceReopensWithAReason()
    {
        var verified = await app.CreateInventoryAsync("CMI-CM", 2012);
        var reopened = await app.CreateInventoryAsync("CMI-CM", 2013);
        await app.SetStatusAsync(verified, InventoryStatus.Approved);
        await app.IssueStatementAsync(verified); // TGO verifies by certifying a verifier's statement
        await app.SetStatusAsync(reopened, InventoryStatus.Approved);
        using var tgo = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));
        using var province = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));
        using var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));

        // TGO sees the verify form (in Thai), not the province's reopen; the municipal officer sees neither.
        var tgoPage = await tgo.GetStringAsync(new Uri($"/Inventories/Review/{verified}", UriKind.Relative));
        tgoPage.Should().Contain("id=\"verify-form\"").And.Contain("ทวนสอบ").And.NotContain("id=\"reopen-form\"");
        (await officer.GetStringAsync(new Uri($"/Inventories/Review/{verified}", UriKind.Relative))).Should().NotContain("id=\"verify-form\"").And.NotContain("id=\"reopen-form\"");
        using (var verify = await AppFactory.PostFormAsync(tgo, $"/Inventories/Review/{verified}", Version(await VersionOfAsync(verified)), $"/Inventories/Review/{verified}?handler=Verify"))
        {
            verify.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await app.InventoryAsync(verified)).Status.Should().Be(InventoryStatus.Verified);
        (await tgo.GetStringAsync(new Uri($"/Inventories/Review/{verified}", UriKind.Relative))).Should().Contain("ทวนสอบบัญชีแล้ว");

        // The province reopens the other one: without a reason it is refused and nothing changes; with one it reopens.
        var review = $"/Inventories/Review/{reopened}";
        (await province.GetStringAsync(new Uri(review, UriKind.Relative))).Should().Contain("id=\"reopen-form\"").And.NotContain("id=\"verify-form\"");
        using (var noReason = await AppFactory.PostFormAsync(province, review, Version(await VersionOfAsync(reopened), string.Empty), review + "?handler=Reopen"))
        {
            noReason.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await app.InventoryAsync(reopened)).Status.Should().Be(InventoryStatus.Approved);
        using (var reopen = await AppFactory.PostFormAsync(province, review, Version(await VersionOfAsync(reopened), "Late correction of the fuel bills"), review + "?handler=Reopen"))
        {
            reopen.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var after = await app.InventoryAsync(reopened);
        after.Status.Should().Be(InventoryStatus.Returned);
        (await province.GetStringAsync(new Uri(review, UriKind.Relative))).Should().Contain("The inventory is reopened");
    }

    [Fact]
    public async Task Return_WithoutReason_IsRefusedWithTheFieldNamedInThai()
    {
        var id = await app.CreateInventoryAsync("CMI-CM", 2011);
        await app.SetStatusAsync(id, InventoryStatus.Submitted);
        using var province = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50")));
        var review = $"/Inventories/Review/{id}";

        using var response = await AppFactory.PostFormAsync(province, review, Version(await VersionOfAsync(id), string.Empty), review + "?handler=Return");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("กรุณาระบุเหตุผล");
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Submitted);
    }

    [Fact]
    public async Task Summary_FiguresEqualStoredResults_ByScopeSectorAndTrend()
    {
        // Hand-worked with 0.4999 kgCO2e/kWh: 2012 20 000 kWh = 9 998 kg = 9.998 t; 2013 10 000 kWh = 4.999 t (scope 2, electricity).
        // LCB-CM has no other inventory in this class, so the trend holds exactly these two years.
        await ElectricityInventoryAsync(2012, 20_000m, "LCB-CM");
        var id = await ElectricityInventoryAsync(2013, 10_000m, "LCB-CM");
        using var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));

        var html = await client.GetStringAsync(new Uri($"/Inventories/Summary/{id}", UriKind.Relative));

        html.Should().Contain("id=\"summary-total\">4.999<");
        Row(html, "table-scope", "Scope2").Should().Contain("4.999");
        Row(html, "table-sector", "Group_Electricity").Should().Contain("4.999");
        Row(html, "table-trend", "2012").Should().Contain("9.998");
        Row(html, "table-trend", "2013").Should().Contain("4.999");
        html.Should().Contain("<script type=\"application/json\" id=\"data-trend\">").And.Contain("\"values\":[9.998,4.999]");
        html.Should().Contain("/js/inventory-summary.js").And.Contain($"/Reports/Inventory/{id}");
        html.Should().NotContain("<script>");
    }

    private static Dictionary<string, string> StartForm(int organisationId, int year, bool copy) => new()
    {
        ["Input.OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Kind"] = nameof(InventoryKind.Organisation),
        ["Input.CopyLastYear"] = copy ? "true" : "false",
    };

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;

    /// <summary>The element with id <paramref name="id"/> up to the end of its section (a rough cut, enough for these pages).</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, "the page should have #{0}", id);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>The table row of <paramref name="tableId"/> marked with the inventory or key.</summary>
    private static string Row(string html, string tableId, object key)
    {
        var table = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        table.Should().BeGreaterThan(-1, "the page should have #{0}", tableId);
        var marker = key is Guid ? $"data-inventory=\"{key}\"" : $"data-key=\"{key}\"";
        var start = html.IndexOf(marker, table, StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, "#{0} should have a row {1}", tableId, marker);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
