using System.Net;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>TGO registers and renews verification bodies through the pages, in Thai, with Buddhist Era dates.</summary>
public sealed class VerificationBodyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Register_AsTgoInThai_StoresTheBodyWithCommonEraDatesAndAuditsIt_ThenRenews()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var client = AppFactory.InThai(await app.ClientForAsync(tgo));

        using var response = await AppFactory.PostFormAsync(client, "/Verification/Bodies/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "VB-REG1",
            ["Input.NameTh"] = "บริษัท ทวนสอบหนึ่ง จำกัด",
            ["Input.NameEn"] = "Verification One Co., Ltd.",
            ["Input.ProvinceCode"] = "10",
            ["Input.RegistrationNumber"] = "ทส. 101/2569",
            // Typed in the Buddhist Era: 2569 is 2026, 2570 is 2027.
            ["ValidFrom"] = "1/1/2569",
            ["ValidUntil"] = "31/12/2570",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/Verification/Bodies");
        var stored = await app.WithDbAsync(db => db.VerificationBodies.AsNoTracking().Include(b => b.Organisation).SingleAsync(b => b.Organisation!.Code == "VB-REG1"));
        stored.Organisation!.Type.Should().Be(OrganisationType.VerificationBody);
        stored.Organisation.NameTh.Should().Be("บริษัท ทวนสอบหนึ่ง จำกัด");
        stored.Organisation.NameEn.Should().Be("Verification One Co., Ltd.");
        (await app.WithDbAsync(db => db.Provinces.Where(p => p.Id == stored.Organisation.ProvinceId).Select(p => p.Code).SingleAsync())).Should().Be("10");
        stored.RegistrationNumber.Should().Be("ทส. 101/2569");
        stored.ValidFrom.Should().Be(new DateOnly(2026, 1, 1));
        stored.ValidUntil.Should().Be(new DateOnly(2027, 12, 31));
        var audited = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserId == tgo.Id && (a.EntityType == "Organisation" || a.EntityType == "VerificationBody")).Select(a => a.EntityType).ToListAsync());
        audited.Should().BeEquivalentTo(["Organisation", "VerificationBody"]);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Verification/Bodies", UriKind.Relative)));
        list.Should().Contain("บริษัท ทวนสอบหนึ่ง จำกัด").And.Contain("ทส. 101/2569").And.Contain("1 ม.ค. 2569 ถึง 31 ธ.ค. 2570")
            .And.NotContain("Verification One Co., Ltd.");

        // Renewal: a new number and a later end, the code unchanged.
        using var renewed = await AppFactory.PostFormAsync(client, $"/Verification/Bodies/Edit/{stored.OrganisationId}", new Dictionary<string, string>
        {
            ["Input.Code"] = "VB-REG1",
            ["Input.NameTh"] = "บริษัท ทวนสอบหนึ่ง จำกัด",
            ["Input.NameEn"] = "Verification One Co., Ltd.",
            ["Input.ProvinceCode"] = "10",
            ["Input.RegistrationNumber"] = "ทส. 101/2571",
            ["ValidFrom"] = "1/1/2569",
            ["ValidUntil"] = "31/12/2572",
        });
        renewed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await app.WithDbAsync(db => db.VerificationBodies.AsNoTracking().SingleAsync(b => b.OrganisationId == stored.OrganisationId));
        after.RegistrationNumber.Should().Be("ทส. 101/2571");
        after.ValidUntil.Should().Be(new DateOnly(2029, 12, 31));
    }

    [Fact]
    public async Task Register_DuplicateNumberEndBeforeStartMissingNamesBadDate_RefusedNamingTheFieldInThai_NothingStored()
    {
        await app.CreateVerificationBodyAsync("VB-DUP"); // registration number REG-VB-DUP
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.TgoAnalyst)));
        var before = await CountsAsync();
        Dictionary<string, string> Form(string code, string nameTh, string number, string from, string until) => new()
        {
            ["Input.Code"] = code, ["Input.NameTh"] = nameTh, ["Input.NameEn"] = "Body " + code, ["Input.ProvinceCode"] = "10",
            ["Input.RegistrationNumber"] = number, ["ValidFrom"] = from, ["ValidUntil"] = until,
        };

        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form("VB-N1", "หน่วยงานหนึ่ง", "REG-VB-DUP", "1/1/2569", "31/12/2569"), "ช่อง เลขทะเบียน: เลขทะเบียน 'REG-VB-DUP' ขึ้นทะเบียนให้หน่วยงานทวนสอบอื่นแล้ว"),
            (Form("VB-N2", "หน่วยงานสอง", "REG-N2", "1/6/2569", "31/5/2569"), "ช่อง วันสิ้นสุดการขึ้นทะเบียน: วันสิ้นสุดต้องไม่ก่อนวันเริ่มขึ้นทะเบียน"),
            (Form("VB-N3", string.Empty, "REG-N3", "1/1/2569", "31/12/2569"), "กรุณากรอกชื่อภาษาไทย"),
            (Form("VB-N4", "หน่วยงานสี่", "REG-N4", "31/2/2569", "31/12/2569"), "ช่อง วันเริ่มขึ้นทะเบียน: กรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 1/1/2569"),
        };
        foreach (var (form, message) in cases)
        {
            using var response = await AppFactory.PostFormAsync(client, "/Verification/Bodies/Edit", form);
            response.StatusCode.Should().Be(HttpStatusCode.OK, "the form comes back with its error ({0})", message);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(message);
        }

        (await CountsAsync()).Should().Be(before, "a refused registration stores nothing");
    }

    [Fact]
    public async Task Register_AsAdministrator_IsRefused()
    {
        var admin = await app.ClientForAsync(await app.CreateUserAsync(Roles.Administrator));

        using var response = await admin.GetAsync(new Uri("/Verification/Bodies/Edit", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }

    private Task<(int Organisations, int Bodies)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Organisations.CountAsync(), await db.VerificationBodies.CountAsync()));
}
