using System.Net;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Admin;

/// <summary>Administrators create and correct organisations through /Admin/Organisations; every change is audited.</summary>
public sealed class OrganisationAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Form(string code, string provinceCode = "50", string nameTh = "เทศบาลตำบลทดสอบ", string population = "12000", string area = "35.5", string year = "2023") => new()
    {
        ["Input.Code"] = code,
        ["Input.NameTh"] = nameTh,
        ["Input.NameEn"] = "Test Subdistrict Municipality",
        ["Input.Type"] = nameof(OrganisationType.SubdistrictMunicipality),
        ["Input.ProvinceCode"] = provinceCode,
        ["Input.Population"] = population,
        ["Input.AreaKm2"] = area,
        ["Input.ContextYear"] = year,
    };

    [Fact]
    public async Task CreateThenEdit_Administrator_SavesEveryFieldAndAuditsBothChanges()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var client = await app.ClientForAsync(admin);

        var created = await AppFactory.PostFormAsync(client, "/Admin/Organisations/Create", Form("TEST-ORG-1"));
        var id = await app.OrganisationIdAsync("TEST-ORG-1");
        var edit = Form("TEST-ORG-2", provinceCode: "20", population: "12500", year: "2024");
        edit["Input.Type"] = nameof(OrganisationType.TownMunicipality);
        var edited = await AppFactory.PostFormAsync(client, $"/Admin/Organisations/Edit/{id}", edit);

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        edited.StatusCode.Should().Be(HttpStatusCode.Redirect);
        edited.Headers.Location!.OriginalString.Should().Be("/Admin/Organisations");
        var saved = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.YearContexts).Include(o => o.Province).SingleAsync(o => o.Id == id));
        saved.Code.Should().Be("TEST-ORG-2");
        saved.Type.Should().Be(OrganisationType.TownMunicipality);
        saved.Province!.Code.Should().Be("20");
        saved.YearContexts.Select(c => (c.Year, c.Population, c.AreaKm2)).Should().BeEquivalentTo([(2023, (int?)12000, (decimal?)35.5m), (2024, (int?)12500, (decimal?)35.5m)]);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Organisation) && a.UserId == admin.Id).Select(a => a.Action).ToListAsync());
        audit.Should().Contain(["Added", "Modified"]);
        (await client.GetStringAsync(new Uri("/Admin/Organisations", UriKind.Relative))).Should().Contain("TEST-ORG-2");
    }

    [Theory]
    [InlineData("en", "An organisation with code &#x27;CMI-CM&#x27; already exists.", "Thai name is required.", "Unknown province &#x27;99&#x27;.")]
    [InlineData("th", "มีองค์กรรหัส &#x27;CMI-CM&#x27; อยู่แล้ว", "กรุณากรอกชื่อภาษาไทย", "ไม่รู้จักจังหวัด &#x27;99&#x27;")]
    public async Task Create_InvalidFields_NamesEachFieldInTheUsersLanguageAndSavesNothing(string language, string duplicate, string required, string province)
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.Administrator));
        if (language == "th")
        {
            AppFactory.InThai(client);
        }

        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());

        var year = language == "th" ? "2566" : "2023"; // typed in the user's calendar
        var duplicateResponse = await AppFactory.PostFormAsync(client, "/Admin/Organisations/Create", Form("CMI-CM", provinceCode: "99", year: year));
        var missingResponse = await AppFactory.PostFormAsync(client, "/Admin/Organisations/Create", Form("TEST-ORG-X", nameTh: string.Empty, year: year));

        duplicateResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        (await duplicateResponse.Content.ReadAsStringAsync()).Should().Contain(duplicate).And.Contain(province);
        (await missingResponse.Content.ReadAsStringAsync()).Should().Contain(required);
        (await app.WithDbAsync(db => db.Organisations.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task CreateAsync_TgoAnalyst_IsForbidden()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await app.AsUserAsync<OrganisationAdminService, Result<int>>(tgo, (s, u) =>
            s.CreateAsync(u, new OrganisationInput { Code = "TEST-ORG-T", NameTh = "ท", NameEn = "T", ProvinceCode = "50" }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Forbidden);
    }
}
