using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.Web.Tests.Inventories;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The provincial officer's review through the app's pipeline: each line beside the same line last year, the
/// filters with their counts, the approve/verify confirmation, and the refusal to lock data over unanswered comments
/// without a reason, on the page and in the API. Expected figures are worked by hand in <see cref="ReviewTestData"/>.
/// Each test uses its own pair of years of CMI-CM (Chiang Mai city municipality, province 50).
/// </summary>
public sealed partial class ReviewPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Lines_InThai_ShowLastYearChangeExplanationQualityEvidenceCustomFactorAndComments()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2015, provincial.Id);
        using var client = AppFactory.InThai(await app.ClientForAsync(provincial));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(U($"/Inventories/Review/{data.Id}")));

        // Last year was 2014 (พ.ศ. 2557): 1,000 kWh, now 1,500 kWh: +50 %; 0.74985 t shown with three decimals.
        html.Should().Contain("ปีที่แล้ว (พ.ศ. 2557)");
        var townHall = Line(html, data.TownHall);
        Cell(townHall, "quantity").Should().Be("1,500 kWh");
        Cell(townHall, "last-year").Should().Be("1,000 kWh");
        Cell(townHall, "change").Should().Be("+50 %");
        Cell(townHall, "tco2e").Should().Be("0.750");
        Text(Cell(townHall, "explanation")).Should().Be("คำอธิบายการเปลี่ยนแปลง: เปิดอาคารใหม่");
        Text(Cell(townHall, "quality")).Should().Be("คุณภาพข้อมูล: สูง");
        Text(Cell(townHall, "evidence")).Should().Contain("ไม่มีไฟล์แนบ");
        townHall.Should().NotContain("data-cell=\"custom-factor\"");
        Text(Cell(townHall, "comments")).Should().Be("–");

        // 500 kWh to 300 kWh: -40 %; the province's question is counted and unanswered.
        var lights = Line(html, data.StreetLights);
        Cell(lights, "change").Should().Be("-40 %");
        Cell(lights, "tco2e").Should().Be("0.150");
        Text(Cell(lights, "quality")).Should().Be("คุณภาพข้อมูล: ต่ำ");
        Text(Cell(lights, "explanation")).Should().Be("คำอธิบายการเปลี่ยนแปลง: ไม่ได้ระบุ");
        Text(Cell(lights, "comments")).Should().Be("ความเห็น 1 รายการ ยังไม่ตอบ 1");
        lights.Should().Contain($"href=\"#thread-{data.StreetLights}\"");
        html.Should().Contain($"id=\"thread-{data.StreetLights}\"").And.Contain("ทำไมไฟถนนใช้ไฟฟ้าลดลงมาก");

        // 1,000 L to 1,100 L: +10 %; 1,100 L x 3 kg/L = 3.3 t; the custom factor and its justification; the log opens in a new tab.
        var trucks = Line(html, data.Trucks);
        Cell(trucks, "quantity").Should().Be("1,100 ลิตร");
        Cell(trucks, "last-year").Should().Be("1,000 ลิตร");
        Cell(trucks, "change").Should().Be("+10 %");
        Cell(trucks, "tco2e").Should().Be("3.300");
        Text(Cell(trucks, "custom-factor")).Should().Contain("ค่าสัมประสิทธิ์ที่กำหนดเอง:").And.Contain("ใบรับรองจากผู้ผลิตน้ำมัน");
        trucks.Should().Contain($"href=\"/Inventories/Review/{data.Id}?evidenceId={data.Evidence}&handler=Evidence\"").And.Contain("target=\"_blank\"").And.Contain(">fuel-log.pdf<");

        // The notation key in words only; no code, enum name or id on the page's text.
        Cell(Line(html, data.Waste), "quantity").Should().Contain("รวมไว้ที่อื่น").And.NotContain("IE");
        var text = Text(html[html.IndexOf("<table class=\"table table-sm align-middle\" id=\"review-lines\"", StringComparison.Ordinal)..html.IndexOf("<h2 class=\"h4\" id=\"comments\"", StringComparison.Ordinal)]);
        text.Should().NotContainAny("GridElectricity", "OnRoadDiesel", "High", "Medium", "Low", "IE", "CO2e ", "Scope");
        GuidPattern().IsMatch(text).Should().BeFalse();
        html.Should().Contain("id=\"review-total\">4.200<", "3.3 + 0.74985 + 0.14997 = 4.19982 t");
    }

    [Fact]
    public async Task Evidence_OpensInline_ForWhoeverMayViewTheInventory_AndNobodyElse()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2017, provincial.Id);
        using var own = await app.ClientForAsync(provincial);
        using var otherProvince = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"));
        var url = $"/Inventories/Review/{data.Id}?handler=Evidence&evidenceId={data.Evidence}";

        using var file = await own.GetAsync(U(url));
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        file.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        file.Content.Headers.ContentDisposition.FileNameStar.Should().Be("fuel-log.pdf");
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal("%PDF-1.4 truck fuel log"u8.ToArray());

        using var refused = await otherProvince.GetAsync(U(url));
        IsRefused(refused).Should().BeTrue();

        // A file of the whole inventory is listed under the lines, and opens the same way.
        var whole = await app.CreateEvidenceAsync(data.Id, provincial.Id);
        var page = await own.GetStringAsync(U($"/Inventories/Review/{data.Id}"));
        var listed = page[page.IndexOf("id=\"review-inventory-evidence\"", StringComparison.Ordinal)..];
        listed[..listed.IndexOf("</p>", StringComparison.Ordinal)].Should().Contain($"evidenceId={whole}&amp;handler=Evidence").And.Contain(">bill.pdf<");
        Line(page, data.TownHall).Should().NotContain("bill.pdf", "the whole inventory's file is no line's evidence");
        // A file of another inventory is not served under this one.
        using var elsewhere = await own.GetAsync(U($"/Inventories/Review/{data.LastYearId}?handler=Evidence&evidenceId={data.Evidence}"));
        elsewhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "TownHall,Trucks,StreetLights,Waste")]
    [InlineData("changed=true", "TownHall,StreetLights")]
    [InlineData("custom=true", "Trucks")]
    [InlineData("noEvidence=true", "TownHall,StreetLights,Waste")]
    [InlineData("commented=true", "StreetLights")]
    [InlineData("changed=true&noEvidence=true", "TownHall,StreetLights")]
    [InlineData("changed=true&commented=true", "StreetLights")]
    [InlineData("custom=true&noEvidence=true", "")]
    public async Task Filters_KeepTheMatchingLinesOnTheServer_AndCountEachFilter(string query, string expected)
    {
        // Laem Chabang (province 20), so these years never meet the other tests' Chiang Mai ones.
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");
        var year = 2003 + (2 * Array.IndexOf(FilterQueries, query));
        var data = await ReviewTestData.SeedAsync(app, "LCB-CM", year, provincial.Id);
        using var client = AppFactory.InThai(await app.ClientForAsync(provincial));
        var byName = new Dictionary<string, Guid>
        {
            ["TownHall"] = data.TownHall, ["Trucks"] = data.Trucks, ["StreetLights"] = data.StreetLights, ["Waste"] = data.Waste,
        };

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(U($"/Inventories/Review/{data.Id}?{query}")));

        var shown = LineRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        var wanted = expected.Length == 0 ? [] : expected.Split(',').Select(n => byName[n]).ToList();
        shown.Should().BeEquivalentTo(wanted);
        html.Should().Contain($"data-shown=\"{wanted.Count}\"");
        if (wanted.Count == 0)
        {
            html.Should().Contain("ไม่มีรายการที่ตรงกับตัวกรองนี้");
        }

        // Each filter's count is over all four lines, whatever is ticked; the threshold is the editor's 30 %.
        html.Should().Contain("เปลี่ยนจากปีก่อนเกิน 30 % (2 รายการ)").And.Contain("ใช้ค่าสัมประสิทธิ์ที่กำหนดเอง (1 รายการ)")
            .And.Contain("ไม่มีหลักฐานแนบ (3 รายการ)").And.Contain("มีความเห็น (1 รายการ)");
    }

    [Fact]
    public async Task Filters_AValueThatIsNotTrueOrFalse_LeavesTheFilterOffWithoutAnError()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");
        var data = await ReviewTestData.SeedAsync(app, "LCB-CM", 2025, provincial.Id);
        using var client = await app.ClientForAsync(provincial);

        using var response = await client.GetAsync(U($"/Inventories/Review/{data.Id}?changed=perhaps&custom=true"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        LineRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Should().Equal(data.Trucks);
        html.Should().NotContain("validation-summary-errors");
    }

    private static readonly string[] FilterQueries =
        ["", "changed=true", "custom=true", "noEvidence=true", "commented=true", "changed=true&noEvidence=true", "changed=true&commented=true", "custom=true&noEvidence=true"];

    [Fact]
    public async Task Approve_ConfirmationSummarises_ThenRefusesOverAnUnansweredComment_UntilAReasonIsGiven()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2021, provincial.Id);
        using var client = AppFactory.InThai(await app.ClientForAsync(provincial));
        var review = $"/Inventories/Review/{data.Id}";

        // The review links to the confirmation; it sums by scope, lists the largest moves and the open question.
        (await client.GetStringAsync(U(review))).Should().Contain($"href=\"{review}?confirm=approve#confirm\"").And.NotContain("id=\"confirm-form\"");
        var confirm = WebUtility.HtmlDecode(await client.GetStringAsync(U(review + "?confirm=approve")));
        Text(Row(confirm, "confirm-scopes", "Scope1")).Should().Be("ขอบเขตที่ 1 3.300 tCO₂e");
        Text(Row(confirm, "confirm-scopes", "Scope2")).Should().Be("ขอบเขตที่ 2 0.900 tCO₂e", "0.74985 + 0.14997 = 0.89982 t");
        confirm.Should().Contain("id=\"confirm-total\"><strong>4.200 tCO₂e</strong>");
        // By the size of the move in t CO2e: trucks +0.3, town hall +0.24995, street lights -0.09998.
        var changes = Regex.Matches(confirm[confirm.IndexOf("id=\"confirm-changes\"", StringComparison.Ordinal)..], "<tr data-line=\"([0-9a-f-]{36})\"")
            .Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        changes.Should().Equal(data.Trucks, data.TownHall, data.StreetLights);
        Text(Row(confirm, "confirm-changes", data.Trucks)).Should().Be("น้ำมันดีเซล (ยานพาหนะบนถนน) · รถบรรทุก 3.000 3.300 +0.300 +10 %");
        Text(Row(confirm, "confirm-changes", data.StreetLights)).Should().EndWith("0.250 0.150 -0.100 -40 %");
        confirm.Should().Contain("ความเห็นที่ยังไม่มีคำตอบ (1 เรื่อง)").And.Contain($"data-comment=\"{data.OpenComment}\"");

        // Without a reason: refused, the field named in Thai, nothing locked.
        using (var refused = await AppFactory.PostFormAsync(client, review, Form(await VersionOfAsync(data.Id)), review + "?handler=Approve"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            page.Should().Contain("ยังมีความเห็น 1 เรื่องที่ยังไม่มีคำตอบ กรุณาระบุเหตุผลหากจะดำเนินการต่อ").And.Contain("id=\"confirm-form\"");
        }

        (await app.InventoryAsync(data.Id)).Status.Should().Be(InventoryStatus.Submitted);

        // With one: approved, and the reason is in the status history and the audit trail.
        using (var approved = await AppFactory.PostFormAsync(client, review, Form(await VersionOfAsync(data.Id), "ไฟถนนเปลี่ยนเป็น LED แล้ว"), review + "?handler=Approve"))
        {
            approved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await app.InventoryAsync(data.Id)).Status.Should().Be(InventoryStatus.Approved);
        await ReasonIsRecordedAsync(data.Id, InventoryStatus.Approved, "ไฟถนนเปลี่ยนเป็น LED แล้ว");
    }

    [Fact]
    public async Task Verify_OnThePage_RefusesOverAnUnansweredComment_AndAcceptsAReason()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2023, provincial.Id, InventoryStatus.Approved);
        await app.IssueStatementAsync(data.Id); // TGO verifies by certifying a verifier's statement
        using var tgo = await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst));
        var review = $"/Inventories/Review/{data.Id}";
        (await tgo.GetStringAsync(U(review + "?confirm=verify"))).Should().Contain("id=\"confirm-form\"").And.Contain("Unanswered comments (1)");

        using (var refused = await AppFactory.PostFormAsync(tgo, review, Form(await VersionOfAsync(data.Id), " "), review + "?handler=Verify"))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("1 comment thread(s) are still unanswered: give a reason to go ahead anyway");
        }

        (await app.InventoryAsync(data.Id)).Status.Should().Be(InventoryStatus.Approved);
        using (var verified = await AppFactory.PostFormAsync(tgo, review, Form(await VersionOfAsync(data.Id), "Checked with the province by phone"), review + "?handler=Verify"))
        {
            verified.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await ReasonIsRecordedAsync(data.Id, InventoryStatus.Verified, "Checked with the province by phone");
    }

    [Fact]
    public async Task Approve_AnsweredComment_NeedsNoReason()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2025, provincial.Id);
        using var officer = await app.ClientForAsync(municipal);
        using var province = await app.ClientForAsync(provincial);
        var review = $"/Inventories/Review/{data.Id}";
        using (var reply = await AppFactory.PostFormAsync(officer, review, new Dictionary<string, string>
               {
                   ["Comment.ParentId"] = data.OpenComment.ToString(), ["Comment.LineId"] = data.StreetLights.ToString(), ["Comment.Text"] = "เปลี่ยนเป็นหลอด LED",
               }, review + "?handler=Comment"))
        {
            reply.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await province.GetStringAsync(U(review + "?confirm=approve"))).Should().Contain("id=\"confirm-open-none\"");
        using var approved = await AppFactory.PostFormAsync(province, review, Form(await VersionOfAsync(data.Id)), review + "?handler=Approve");

        approved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InventoryAsync(data.Id)).Status.Should().Be(InventoryStatus.Approved);
    }

    [Fact]
    public async Task Api_ApproveAndVerify_RefuseOverAnUnansweredComment_NamingTheReason_AndAcceptOneWithIt()
    {
        var provincialUser = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var data = await ReviewTestData.SeedAsync(app, "CMI-CM", 2019, provincialUser.Id);
        using var provincial = app.BearerClient(await app.CreateTokenAsync(provincialUser));
        using var tgo = await app.ApiClientAsync(Roles.TgoAnalyst);

        using (var refused = await provincial.SendAsync(Move("approve", data.Id, await VersionOfAsync(data.Id), new { })))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var problem = await AppFactory.JsonAsync(refused);
            problem.GetProperty("errors").GetProperty("reason")[0].GetString().Should()
                .Be("1 comment thread(s) are still unanswered: give a reason to go ahead anyway, or wait for the answers.");
        }

        (await app.InventoryAsync(data.Id)).Status.Should().Be(InventoryStatus.Submitted);
        using (var approved = await provincial.SendAsync(Move("approve", data.Id, await VersionOfAsync(data.Id), new { reason = "Answered by phone" })))
        {
            approved.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await app.IssueStatementAsync(data.Id); // TGO verifies by certifying a verifier's statement
        using (var refused = await tgo.SendAsync(Move("verify", data.Id, await VersionOfAsync(data.Id), null)))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await AppFactory.JsonAsync(refused)).GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        }

        using (var verified = await tgo.SendAsync(Move("verify", data.Id, await VersionOfAsync(data.Id), new { reason = "Province confirmed" })))
        {
            verified.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await ReasonIsRecordedAsync(data.Id, InventoryStatus.Approved, "Answered by phone");
        await ReasonIsRecordedAsync(data.Id, InventoryStatus.Verified, "Province confirmed");
    }

    private async Task ReasonIsRecordedAsync(Guid id, InventoryStatus to, string reason)
    {
        var history = await app.WithDbAsync(db => db.InventoryStatusChanges.AsNoTracking().Where(c => c.InventoryId == id && c.To == to).ToListAsync());
        history.Should().ContainSingle().Which.Reason.Should().Be(reason);
        var audited = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(InventoryStatusChange) && a.EntityId == history[0].Id.ToString()).Select(a => a.NewValues).ToListAsync());
        audited.Should().ContainSingle();
        System.Text.Json.JsonDocument.Parse(audited[0]!).RootElement.GetProperty("Reason").GetString().Should().Be(reason);
    }

    private static HttpRequestMessage Move(string name, Guid id, int version, object? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, U($"/api/v1/inventories/{id}/{name}"));
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: AppFactory.Json);
        }

        return request;
    }

    private async Task<int> VersionOfAsync(Guid id) => (await app.InventoryAsync(id)).Version;

    private static Dictionary<string, string> Form(int version, string? reason = null)
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

    /// <summary>A line's rows on the review page (its tbody).</summary>
    private static string Line(string html, Guid lineId)
    {
        var start = html.IndexOf($"<tbody id=\"line-{lineId}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, "the line {0} should be shown", lineId);
        return html[start..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
    }

    /// <summary>The inner HTML of the element marked <c>data-cell="name"</c>, trimmed.</summary>
    private static string Cell(string line, string name)
    {
        var match = Regex.Match(line, $"<(td|span)[^>]*data-cell=\"{name}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        match.Success.Should().BeTrue("the line should have a {0} cell", name);
        return match.Groups[2].Value.Trim();
    }

    private static string Row(string html, string tableId, object key)
    {
        var table = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        table.Should().BeGreaterThan(-1, "the page should have #{0}", tableId);
        var marker = key is Guid ? $"data-line=\"{key}\"" : $"data-key=\"{key}\"";
        var start = html.IndexOf(marker, table, StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, "#{0} should have a row {1}", tableId, marker);
        var tag = html.LastIndexOf('<', start);
        return html[tag..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>What a person reads: tags dropped, white space collapsed.</summary>
    private static string Text(string html) => Regex.Replace(Regex.Replace(html, "<[^>]*>", " "), @"\s+", " ").Trim();

    [GeneratedRegex("<tbody id=\"line-([0-9a-f-]{36})\"")]
    private static partial Regex LineRow();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
