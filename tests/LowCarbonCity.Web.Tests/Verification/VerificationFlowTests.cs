using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// An approved inventory's verification through the app's pages and API, on the run's database: the assigned body's
/// verifier raises a corrective action and a clarification, the LAO's officer answers and corrects a line (the audit
/// trail names the finding, the result is recalculated), the verifier closes both, the statement is refused while the
/// corrective action is open and issued after with the stored totals, TGO certifies and the inventory is Verified
/// and immutable. Another body's verifier, the province and another LAO are refused on every action.
/// </summary>
public sealed partial class VerificationFlowTests(AppFactory app) : IClassFixture<AppFactory>
{
    // The complete CFO lines of the test factory, edition TGO-CFO-2022-04 with AR5 (fossil CH4 30, N2O 265):
    // diesel per litre 2.6987 + 0.000142 × 30 + 0.000142 × 265 = 2.74059 kg CO2e; 5,000 L = 13,702.95 kg (scope 1);
    // grid electricity 120,000 kWh × 0.4999 = 59,988 kg (scope 2); landfill IE. Total 73,690.95 kg.
    private const decimal DieselPerLitre = 2.74059m;
    private const decimal Scope2Kg = 59_988m;

    private sealed record People(TestUser Verifier, TestUser OtherVerifier, TestUser Officer, TestUser OtherLao, TestUser Provincial, TestUser Tgo);

    private static int _nextYear;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Verification_WholeFlow_FindingsCorrectionStatementCertification()
    {
        var (id, people) = await AssignedAsync();
        var page = $"/Verification/Inventory/{id}";
        using var verifier = AppFactory.InThai(await app.ClientForAsync(people.Verifier));
        using var officer = AppFactory.InThai(await app.ClientForAsync(people.Officer));
        using var tgo = AppFactory.InThai(await app.ClientForAsync(people.Tgo));
        var diesel = await LineAsync(id, ActivityCategory.OnRoadDiesel);

        // The verifier raises a corrective action on the diesel line (400 L of December receipts missing:
        // 400 × 2.74059 = 1,096.236 kg) and a clarification on the whole inventory.
        (await PostAsync(verifier, page, "Raise", new()
        {
            ["Raise.Kind"] = nameof(FindingKind.CorrectiveAction), ["Raise.LineId"] = diesel.Id.ToString(),
            ["Raise.Text"] = "ใบเสร็จน้ำมันดีเซลเดือนธันวาคมขาด 400 ลิตร", ["Raise.MisstatementKg"] = "1096.236", ["Raise.DueDate"] = "2026-03-31",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(verifier, page, "Raise", new()
        {
            ["Raise.Kind"] = nameof(FindingKind.Clarification), ["Raise.LineId"] = string.Empty,
            ["Raise.Text"] = "โปรดชี้แจงที่มาของข้อมูลไฟฟ้า", ["Raise.DueDate"] = "2026-03-31",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (car, cr) = await FindingsAsync(id);

        // Materiality, worked by hand: 5 % of 73,690.95 = 3,684.5475 kg; 1,096.236 / 73,690.95 = 1.4876 % (not material).
        using (var api = app.BearerClient(await app.CreateTokenAsync(people.Verifier)))
        using (var response = await api.GetAsync(new Uri($"/api/v1/inventories/{id}/verification", UriKind.Relative)))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var json = await AppFactory.JsonAsync(response);
            var m = json.GetProperty("materiality");
            m.GetProperty("totalKg").GetDecimal().Should().Be(73_690.95m);
            m.GetProperty("thresholdKg").GetDecimal().Should().Be(3_684.5475m);
            m.GetProperty("foundKg").GetDecimal().Should().Be(1_096.236m);
            m.GetProperty("foundPercent").GetDecimal().Should().BeApproximately(1.4876m, 0.0001m);
            m.GetProperty("foundIsMaterial").GetBoolean().Should().BeFalse();
            m.GetProperty("uncorrectedKg").GetDecimal().Should().Be(1_096.236m);
            json.GetProperty("stage").GetString().Should().Be("InProgress");
            json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("label").GetString()).Should().Equal("CAR 1", "CR 2");
        }

        var raw = await verifier.GetStringAsync(new Uri(page, UriKind.Relative));
        Pages.ThaiPagesTests.Check(raw, Pages.ThaiPagesTests.EnglishOnlyTexts(), Pages.ThaiPagesTests.DomainEnumNames()).Should().BeEmpty("the verifier's page, forms included, is all Thai");
        var thai = WebUtility.HtmlDecode(raw);
        thai.Should().Contain("คำขอให้แก้ไข (CAR)").And.Contain("คำขอชี้แจง (CR)").And.Contain("น้ำมันดีเซล")
            .And.Contain("31 มี.ค. 2569").And.Contain("3.685").And.Contain("1.49 %").And.Contain("ไม่มีสาระสำคัญ");

        // No statement while the corrective action is open: refused naming it, nothing stored.
        using (var refused = await PostAsync(verifier, page, "Issue", Statement()))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("ถ้อยแถลงการทวนสอบ: ต้องปิดคำขอให้แก้ไข (CAR) ทุกข้อก่อนออกถ้อยแถลง");
        }

        (await app.WithDbAsync(db => db.VerificationStatements.CountAsync())).Should().Be(0);

        // The officer answers both and corrects the diesel line inside a correction for CAR 1.
        (await PostAsync(officer, page, "Answer", new() { ["Reply.FindingId"] = car.ToString(), ["Reply.Text"] = "เพิ่มใบเสร็จเดือนธันวาคมแล้ว" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(officer, page, "Answer", new() { ["Reply.FindingId"] = cr.ToString(), ["Reply.Text"] = "จากใบแจ้งหนี้ กฟภ. 12 เดือน" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using (var opened = await PostAsync(officer, page, "Correct", new() { ["FindingId"] = car.ToString() }))
        {
            opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
            opened.Headers.Location!.OriginalString.Should().Be($"/Inventories/Detail/{id}");
        }

        var editor = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative)));
        editor.Should().Contain("id=\"correction-banner\"").And.Contain("เปิดให้แก้ไขข้อมูลตามข้อค้นพบ CAR 1").And.Contain("เสร็จสิ้นการแก้ไข");
        (await PostAsync(officer, $"/Inventories/Detail/{id}", "Save", new()
        {
            ["LineId"] = diesel.Id.ToString(), ["ExpectedVersion"] = diesel.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.OnRoadDiesel), ["Line.Amount"] = "5400", ["Line.UnitCode"] = "L",
        })).StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.OK);
        (await LineAsync(id, ActivityCategory.OnRoadDiesel)).Amount.Should().Be(5_400m);
        (await PostAsync(officer, page, "FinishCorrection", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InventoryAsync(id)).CorrectionFindingId.Should().BeNull();

        // Recalculated: 5,400 × 2.74059 = 14,799.186 kg.
        (await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.LineId == diesel.Id).Select(r => r.Co2eKg).ToListAsync()))
            .Sum().Should().Be(14_799.186m);
        var lineAudit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ActivityLine) && a.EntityId == diesel.Id.ToString() && a.Action == "Modified").Select(a => a.NewValues).ToListAsync());
        lineAudit.Should().Contain(v => v!.Contains($"\"CorrectionFindingId\":\"{car}\"", StringComparison.Ordinal) && v.Contains("\"Amount\":5400", StringComparison.Ordinal));
        var audit = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri($"/Inventories/Audit/{id}", UriKind.Relative)));
        audit.Should().Contain("แก้ไขตามข้อค้นพบ CAR 1").And.Contain("ข้อค้นพบ CR 2").And.Contain("ข้อค้นพบจากการทวนสอบ");

        // The verifier closes both; the statement states the stored totals: 14,799.186 + 59,988 + 0 = 74,787.186 kg.
        (await PostAsync(verifier, page, "Close", new() { ["Reply.FindingId"] = car.ToString(), ["Reply.Text"] = string.Empty })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(verifier, page, "Close", new() { ["Reply.FindingId"] = cr.ToString(), ["Reply.Text"] = "รับทราบ" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(verifier, page, "Issue", Statement())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var statement = await app.WithDbAsync(db => db.VerificationStatements.AsNoTracking()
            .SingleAsync(s => db.Verifications.Any(v => v.Id == s.VerificationId && v.InventoryId == id)));
        statement.Scope1Kg.Should().Be(5_400m * DieselPerLitre);
        statement.Scope2Kg.Should().Be(Scope2Kg);
        statement.Scope3Kg.Should().Be(0m);
        statement.TotalKg.Should().Be(74_787.186m);
        statement.Standard.Should().Be("ISO 14064-3:2019 และแนวทางการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร (อบก.)");
        statement.PeriodStart.Should().Be(new DateOnly((await app.InventoryAsync(id)).Year, 1, 1));

        // TGO certifies: Verified, and the lines can no longer change.
        (await tgo.GetStringAsync(new Uri(page, UriKind.Relative))).Should().Contain("id=\"certify-button\"");
        (await PostAsync(tgo, page, "Certify", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Verified);
        (await app.WithDbAsync(db => db.Verifications.SingleAsync(v => v.InventoryId == id))).Stage.Should().Be(VerificationStage.Certified);
        var grid = await LineAsync(id, ActivityCategory.GridElectricity);
        using (var edit = await PostAsync(officer, $"/Inventories/Detail/{id}", "Save", new()
        {
            ["LineId"] = grid.Id.ToString(), ["ExpectedVersion"] = grid.Version.ToString(CultureInfo.InvariantCulture),
            ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = "1", ["Line.UnitCode"] = "kWh",
        }))
        {
            edit.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await LineAsync(id, ActivityCategory.GridElectricity)).Amount.Should().Be(120_000m);
        (await PostAsync(officer, page, "Correct", new() { ["FindingId"] = car.ToString() })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.InventoryAsync(id)).CorrectionFindingId.Should().BeNull();
    }

    [Fact]
    public async Task Verification_EveryAction_RefusedToAnotherBodysVerifierTheProvinceAndAnotherLao_NothingChanges()
    {
        var (id, people) = await AssignedAsync();
        var page = $"/Verification/Inventory/{id}";
        var diesel = await LineAsync(id, ActivityCategory.OnRoadDiesel);
        using (var verifier = await app.ClientForAsync(people.Verifier))
        {
            (await PostAsync(verifier, page, "Raise", new()
            {
                ["Raise.Kind"] = nameof(FindingKind.CorrectiveAction), ["Raise.LineId"] = diesel.Id.ToString(), ["Raise.Text"] = "Missing receipts",
                ["Raise.MisstatementKg"] = "100", ["Raise.DueDate"] = "2026-03-31",
            })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var (car, _) = await FindingsAsync(id);
        var forms = new (string Handler, Dictionary<string, string> Fields)[]
        {
            ("Raise", new() { ["Raise.Kind"] = nameof(FindingKind.Observation), ["Raise.Text"] = "x", ["Raise.DueDate"] = "2026-03-31" }),
            ("Answer", new() { ["Reply.FindingId"] = car.ToString(), ["Reply.Text"] = "x" }),
            ("Close", new() { ["Reply.FindingId"] = car.ToString() }),
            ("Reopen", new() { ["Reply.FindingId"] = car.ToString(), ["Reply.Text"] = "x" }),
            ("Correct", new() { ["FindingId"] = car.ToString() }),
            ("FinishCorrection", []),
            ("Issue", Statement()),
            ("Certify", []),
        };
        foreach (var outsider in new[] { people.OtherVerifier, people.Provincial, people.OtherLao })
        {
            using var client = await app.ClientForAsync(outsider);
            using (var read = await client.GetAsync(new Uri(page, UriKind.Relative)))
            {
                // The province views the inventory (and so its verification) but acts on none of it.
                if (outsider == people.Provincial)
                {
                    var html = await read.Content.ReadAsStringAsync();
                    read.StatusCode.Should().Be(HttpStatusCode.OK);
                    html.Should().NotContain("raise-form").And.NotContain("answer-form").And.NotContain("close-form").And.NotContain("certify-form");
                }
                else
                {
                    Refused(read, $"GET as {outsider.Role} {outsider.OrganisationCode}");
                }
            }

            using (var api = app.BearerClient(await app.CreateTokenAsync(outsider)))
            using (var response = await api.GetAsync(new Uri($"/api/v1/inventories/{id}/verification", UriKind.Relative)))
            {
                response.StatusCode.Should().Be(outsider == people.Provincial ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            }

            foreach (var (handler, fields) in forms)
            {
                var before = await FingerprintAsync(id);
                using var response = await PostAsync(client, page, handler, fields);
                Refused(response, $"{handler} as {outsider.Role} {outsider.OrganisationCode}");
                (await FingerprintAsync(id)).Should().Be(before, "{0} refused to {1} changes nothing", handler, outsider.Role);
            }
        }
    }

    [Fact]
    public async Task Raise_WithoutTextOrDueDate_IsRefusedInThaiNamingEachField_AndAStaleVersionIsAConflict()
    {
        var (id, people) = await AssignedAsync();
        var page = $"/Verification/Inventory/{id}";
        using var verifier = AppFactory.InThai(await app.ClientForAsync(people.Verifier));

        using (var refused = await PostAsync(verifier, page, "Raise", new() { ["Raise.Kind"] = nameof(FindingKind.CorrectiveAction), ["Raise.MisstatementKg"] = "-5" }))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            html.Should().Contain("ข้อความ: ต้องระบุ").And.Contain("กำหนดตอบภายใน: ต้องระบุ").And.Contain("ความคลาดเคลื่อน:");
        }

        using (var stale = await PostAsync(verifier, page, "Raise", new()
        {
            ["ExpectedVersion"] = "7", ["Raise.Kind"] = nameof(FindingKind.Observation), ["Raise.Text"] = "Keep photos", ["Raise.DueDate"] = "2026-03-31",
        }))
        {
            stale.StatusCode.Should().Be(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).Should().Contain("มีผู้อื่นเปลี่ยนแปลงการทวนสอบนี้");
        }

        (await app.WithDbAsync(db => db.VerificationFindings.CountAsync(f => db.Verifications.Any(v => v.Id == f.VerificationId && v.InventoryId == id)))).Should().Be(0);
    }

    private static Dictionary<string, string> Statement() => new()
    {
        ["Statement.Level"] = nameof(AssuranceLevel.Limited), ["Statement.Opinion"] = nameof(VerificationOpinion.Unmodified),
        ["Statement.Standard"] = "ISO 14064-3:2019 และแนวทางการประเมินคาร์บอนฟุตพริ้นท์ขององค์กร (อบก.)",
        ["Statement.IssuedOn"] = "2026-04-10", ["Statement.SignatoryName"] = "สมชาย ทวนสอบดี", ["Statement.SignatoryTitle"] = "ผู้ทวนสอบหลัก",
    };

    private static void Refused(HttpResponseMessage response, string what)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        (response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.Ordinal)))
            .Should().BeTrue("{0} should be refused, got {1} {2}", what, (int)response.StatusCode, location);
    }

    /// <summary>An approved, calculated inventory of CMI-CM assigned to a new body, with the people around it.</summary>
    private async Task<(Guid Id, People People)> AssignedAsync()
    {
        var id = await app.CalculatedInventoryAsync("CMI-CM", 2024 - Interlocked.Increment(ref _nextYear) + 1, InventoryStatus.Approved);
        var body = await app.RegisterVerificationBodyAsync();
        var other = await app.RegisterVerificationBodyAsync();
        await app.AssignVerificationAsync(id, body);
        return (id, new People(
            await app.CreateUserAsync(Roles.Verifier, body), await app.CreateUserAsync(Roles.Verifier, other),
            await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"), await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"), await app.CreateUserAsync(Roles.TgoAnalyst)));
    }

    /// <summary>Posts a form of the verification page (or another) with a session's antiforgery token and the verification's current version.</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        if (url.StartsWith("/Verification/", StringComparison.Ordinal) && !form.ContainsKey("ExpectedVersion"))
        {
            var inventoryId = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
            form["ExpectedVersion"] = (await app.WithDbAsync(db => db.Verifications.Where(v => v.InventoryId == inventoryId).Select(v => v.Version).SingleAsync()))
                .ToString(CultureInfo.InvariantCulture);
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri($"{url}?handler={handler}", UriKind.Relative), content);
    }

    private Task<ActivityLine> LineAsync(Guid id, ActivityCategory category) =>
        app.WithDbAsync(db => db.ActivityLines.AsNoTracking().SingleAsync(l => l.InventoryId == id && l.Category == category));

    private async Task<(Guid First, Guid Second)> FindingsAsync(Guid id)
    {
        var ids = await app.WithDbAsync(db => db.VerificationFindings.AsNoTracking()
            .Where(f => db.Verifications.Any(v => v.Id == f.VerificationId && v.InventoryId == id)).OrderBy(f => f.Number).Select(f => f.Id).ToListAsync());
        return (ids[0], ids.Count > 1 ? ids[1] : Guid.Empty);
    }

    private Task<string> FingerprintAsync(Guid id) => app.WithDbAsync(async db => string.Join('/',
        await db.Verifications.Where(v => v.InventoryId == id).Select(v => v.Version).SingleAsync(),
        await db.Inventories.Where(i => i.Id == id).Select(i => i.Version).SingleAsync(),
        await db.AuditEntries.CountAsync(a => a.InventoryId == id),
        await db.VerificationStatements.CountAsync()));
}
