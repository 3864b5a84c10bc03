using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The disposal sites page through the app: a site created in Thai with Buddhist Era years and its deposits stored in
/// the Common Era; bad values refused in Thai naming the field with nothing stored; another organisation's officer
/// forbidden; a deposit change recalculating a draft landfill line on the site (worked by hand below).
/// </summary>
public sealed class SitesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    private static string Url(int organisationId, Guid? site = null) => $"/Organisations/{organisationId}/Sites" + (site is { } s ? $"?site={s}" : string.Empty);

    private Task<List<SolidWasteSite>> SitesAsync(int organisationId) =>
        app.WithDbAsync(db => db.SolidWasteSites.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync());

    [Fact]
    public async Task Create_InThai_WithBuddhistEraYears_StoresTheSiteAndItsDepositsInTheCommonEra()
    {
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        var organisationId = await app.OrganisationIdAsync("CMI-CM");

        using var response = await AppFactory.PostFormAsync(officer, Url(organisationId), new Dictionary<string, string>
        {
            ["Input.Name"] = "  บ่อฝังกลบหนองแหน  ", ["Input.Management"] = nameof(SiteManagement.ManagedSemiAerobicWell),
            ["Input.Climate"] = nameof(ClimateZone.TropicalDry), ["Input.Covered"] = "true",
            ["Input.Rows[0].Year"] = "2565", ["Input.Rows[0].Tonnes[Food]"] = "1,200.5", ["Input.Rows[0].Tonnes[Paper]"] = "300", ["Input.Rows[0].Tonnes[Wood]"] = "",
            ["Input.Rows[1].Year"] = "2566", ["Input.Rows[1].Tonnes[BulkMsw]"] = "5000",
            ["Input.Rows[2].Year"] = "", ["Input.Rows[2].Tonnes[Food]"] = "",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var site = (await SitesAsync(organisationId)).Single(s => s.Name == "บ่อฝังกลบหนองแหน");
        site.Management.Should().Be(SiteManagement.ManagedSemiAerobicWell);
        site.Climate.Should().Be(ClimateZone.TropicalDry);
        site.CoveredWithOxidisingMaterial.Should().BeTrue();
        // 2565 BE is 2022 CE; an empty cell is nothing deposited.
        site.Deposits.Select(d => (d.Year, d.WasteType, d.Tonnes)).Should().BeEquivalentTo(
            [(2022, WasteType.Food, 1_200.5m), (2022, WasteType.Paper, 300m), (2023, WasteType.BulkMsw, 5_000m)]);

        var page = await officer.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative));
        page.Should().Contain("บันทึกสถานที่แล้ว").And.Contain("value=\"2565\"").And.Contain("value=\"1200.5\"")
            .And.Contain("กึ่งใช้อากาศ").And.NotContain(">ManagedSemiAerobicWell").And.NotContain(">2022<");
    }

    [Fact]
    public async Task Save_InThai_EmptyNameAndNegativeTonnes_AreRefusedNamingTheFields_AndNothingIsStored()
    {
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var before = (await SitesAsync(organisationId)).Count;

        using var response = await AppFactory.PostFormAsync(officer, Url(organisationId), new Dictionary<string, string>
        {
            ["Input.Name"] = " ", ["Input.Management"] = nameof(SiteManagement.UnmanagedDeep), ["Input.Climate"] = nameof(ClimateZone.TropicalMoistWet),
            ["Input.Covered"] = "false", ["Input.Rows[0].Year"] = "2566", ["Input.Rows[0].Tonnes[Food]"] = "-5",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("ชื่อสถานที่: กรุณากรอกชื่อสถานที่").And.Contain("ปริมาณเศษอาหาร ปี 2566: ต้องไม่ติดลบ");
        (await SitesAsync(organisationId)).Count.Should().Be(before);
    }

    [Fact]
    public async Task Save_ByAnotherOrganisationsOfficer_IsForbidden_AndNothingIsStored()
    {
        var stranger = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var before = (await SitesAsync(organisationId)).Count;

        // The token comes from the stranger's own organisation's page: CMI-CM's is forbidden to them.
        using (var get = await stranger.GetAsync(new Uri(Url(organisationId), UriKind.Relative)))
        {
            get.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        }

        using var response = await AppFactory.PostFormAsync(stranger, Url(await app.OrganisationIdAsync("LCB-CM")),
            new Dictionary<string, string> { ["Input.Name"] = "บ่อของคนอื่น", ["Input.Management"] = nameof(SiteManagement.UnmanagedDeep), ["Input.Climate"] = nameof(ClimateZone.TropicalMoistWet) },
            Url(organisationId));

        response.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        (await SitesAsync(organisationId)).Count.Should().Be(before);
    }

    [Fact]
    public async Task Save_DepositChange_RecalculatesTheDraftLineOnTheSite()
    {
        var officer = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var year = 2010 + (2 * Interlocked.Increment(ref _nextYear));
        var id = await app.CreateInventoryAsync("CMI-CM", year);
        var siteId = await app.WithDbAsync(async db =>
        {
            // Managed anaerobic (MCF 1.0), tropical moist (food k 0.40), not covered (OX 0); 1,000 t of food the year before.
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, $"บ่อฝังกลบบ้านป่า {year}", SiteManagement.ManagedAnaerobic, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(year - 1, WasteType.Food, 1_000m, isBackCast: false);
            db.SolidWasteSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        async Task<Guid> AddLandfillAsync(Guid inventoryId)
        {
            using var added = await AppFactory.PostFormAsync(officer, $"/Inventories/Detail/{inventoryId}", new Dictionary<string, string>
            {
                ["New.Category"] = nameof(ActivityCategory.SolidWasteDisposal), ["New.Amount"] = "2000", ["New.UnitCode"] = "t",
                ["New.SolidWasteSiteId"] = siteId.ToString(), ["New.DataSource"] = "Weighbridge",
                ["NewMethod.Food"] = "43.5", ["NewMethod.Garden"] = "0", ["NewMethod.Paper"] = "12.9", ["NewMethod.Wood"] = "9.9",
                ["NewMethod.Textiles"] = "2.7", ["NewMethod.Nappies"] = "0", ["NewMethod.RubberLeather"] = "0.9", ["NewMethod.Plastics"] = "7.2",
                ["NewMethod.MetalGlassInert"] = "23.6", ["NewMethod.Convention"] = "IpccFirstOrderDecay", ["NewMethod.Docf"] = "", ["NewMethod.RecoveredCh4Tonnes"] = "0",
            }, $"/Inventories/Detail/{inventoryId}?handler=AddLine");
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
            return await app.WithDbAsync(db => db.ActivityLines.Where(l => l.InventoryId == inventoryId && l.Category == ActivityCategory.SolidWasteDisposal).Select(l => l.Id).SingleAsync());
        }

        var lineId = await AddLandfillAsync(id);
        // Next year's inventory, submitted: locked, its results stay as they were.
        var submitted = await app.CreateInventoryAsync("CMI-CM", year + 1);
        var submittedLineId = await AddLandfillAsync(submitted);
        await app.SetStatusAsync(submitted, InventoryStatus.Submitted);
        Task<decimal?> StoredAsync(Guid line) => app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.LineId == line).SumAsync(r => r.Co2eKg));
        var submittedBefore = await StoredAsync(submittedLineId);
        submittedBefore.Should().BeGreaterThan(0m);

        async Task<decimal> ResultAsync() => await app.WithDbAsync(db => db.ActivityLineResults.Where(r => r.LineId == lineId).SumAsync(r => r.Co2eKg)) ?? 0m;

        // This year's 2,000 t do not emit yet; last year's 1,000 t of food do: DDOCm = 1,000 x DOC 0.15 x DOCf 0.5 x MCF 1.0 = 75 t;
        // decomposed 75 x (1 - e^-0.40) = 24.725997 t; CH4 = 24.725997 x 0.5 x 16/12 = 16.483998 t; x GWP 28 = 461,551.94 kg CO2e.
        (await ResultAsync()).Should().BeApproximately(461_551.94m, 0.1m);

        // The page links the line's landfill form to the sites page.
        (await officer.GetStringAsync(new Uri($"/Inventories/Detail/{id}", UriKind.Relative))).Should().Contain($"/Organisations/{organisationId}/Sites?returnUrl=");

        var loadedVersion = (await SitesAsync(organisationId)).Single(s => s.Id == siteId).Version;
        using var saved = await AppFactory.PostFormAsync(officer, Url(organisationId, siteId), new Dictionary<string, string>
        {
            ["Input.Version"] = loadedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = $"บ่อฝังกลบบ้านป่า {year}", ["Input.Management"] = nameof(SiteManagement.ManagedAnaerobic),
            ["Input.Climate"] = nameof(ClimateZone.TropicalMoistWet), ["Input.Covered"] = "false",
            ["Input.Rows[0].Year"] = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Rows[0].Tonnes[Food]"] = "2000",
        });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await officer.GetStringAsync(new Uri(saved.Headers.Location!.OriginalString, UriKind.Relative));
        after.Should().Contain("Draft and returned inventories recalculated: 1.")
            .And.Contain($"Submitted, approved or verified inventories of {year + 1} use this site and were not changed.");
        (await StoredAsync(submittedLineId)).Should().Be(submittedBefore);
        // Twice the food deposited, twice the methane: 2 x 461,551.94 = 923,103.88 kg CO2e.
        (await ResultAsync()).Should().BeApproximately(923_103.88m, 0.2m);
        var site = (await SitesAsync(organisationId)).Single(s => s.Id == siteId);
        site.Deposits.Select(d => (d.Year, d.WasteType, d.Tonnes)).Should().BeEquivalentTo([(year - 1, WasteType.Food, 2_000m)]);
    }

    /// <summary>A site of CMI-CM with one year of deposits, and optionally a landfill line on it in an inventory of <paramref name="lineYear"/>.</summary>
    private async Task<(int OrganisationId, Guid SiteId)> SiteAsync(string name, int? lineYear = null)
    {
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var siteId = await app.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, name, SiteManagement.UnmanagedShallow, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(2020, WasteType.Food, 500m, isBackCast: false);
            db.SolidWasteSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        if (lineYear is { } year)
        {
            var inventoryId = await app.CreateInventoryAsync("CMI-CM", year, complete: false);
            await app.WithDbAsync(async db =>
            {
                var line = ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventoryId, ActivityCategory.SolidWasteDisposal, new Domain.Quantities.Quantity(100m, Domain.Quantities.Unit.Tonne));
                line.SetParameters(null, siteId);
                db.ActivityLines.Add(line);
                return await db.SaveChangesAsync();
            });
        }

        return (organisationId, siteId);
    }

    private static string DeleteUrl(int organisationId, Guid site) => $"/Organisations/{organisationId}/Sites?site={site}&handler=Delete";

    [Fact]
    public async Task Delete_SiteNoLineUses_IsRemoved_WithASuccessMessageInThai()
    {
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        var (organisationId, siteId) = await SiteAsync("บ่อฝังกลบเก่าที่ปิดแล้ว");

        var page = await officer.GetStringAsync(new Uri(Url(organisationId, siteId), UriKind.Relative));
        using var response = await AppFactory.PostFormAsync(officer, Url(organisationId, siteId), new Dictionary<string, string>(), DeleteUrl(organisationId, siteId));

        page.Should().Contain("id=\"site-delete\"");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SitesAsync(organisationId)).Should().NotContain(s => s.Id == siteId);
        var next = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri(response.Headers.Location!.OriginalString, UriKind.Relative)));
        next.Should().Contain("ลบสถานที่กำจัดขยะแล้ว").And.NotContain("บ่อฝังกลบเก่าที่ปิดแล้ว");
    }

    [Fact]
    public async Task Delete_SiteALineUses_IsRefusedInThaiNamingTheYear_AndTheSiteStays()
    {
        var officer = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        var year = 2010 + (2 * Interlocked.Increment(ref _nextYear));
        var (organisationId, siteId) = await SiteAsync("บ่อฝังกลบที่ยังใช้อยู่", lineYear: year);

        using var response = await AppFactory.PostFormAsync(officer, Url(organisationId, siteId), new Dictionary<string, string>(), DeleteUrl(organisationId, siteId));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain($"ลบสถานที่นี้ไม่ได้ เพราะมีรายการในบัญชีปี พ.ศ. {year + 543} ใช้อยู่").And.Contain("value=\"บ่อฝังกลบที่ยังใช้อยู่\"");
        (await SitesAsync(organisationId)).Should().Contain(s => s.Id == siteId);
    }

    [Fact]
    public async Task Delete_ByAnotherOrganisationsOfficer_IsForbidden_AndTheSiteStays()
    {
        var stranger = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        var (organisationId, siteId) = await SiteAsync("บ่อฝังกลบของคนอื่น");
        var own = await app.OrganisationIdAsync("LCB-CM");

        // The token comes from the stranger's own organisation's page.
        using var response = await AppFactory.PostFormAsync(stranger, Url(own), new Dictionary<string, string>(), DeleteUrl(organisationId, siteId));

        response.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        (await SitesAsync(organisationId)).Should().Contain(s => s.Id == siteId);
    }

    [Fact]
    public async Task Save_OnAStaleVersion_IsAConflictInThai_AndTheOtherPersonsChangeStays()
    {
        var first = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        var second = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));
        var (organisationId, siteId) = await SiteAsync("บ่อฝังกลบที่สองคนแก้");

        // Both open the site's form: the same version in each (read back from the page, as the browser sends it).
        var page = await second.GetStringAsync(new Uri(Url(organisationId, siteId), UriKind.Relative));
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        Dictionary<string, string> Form(string name, string tonnes) => new()
        {
            ["Input.Version"] = version, ["Input.Name"] = name, ["Input.Management"] = nameof(SiteManagement.UnmanagedShallow),
            ["Input.Climate"] = nameof(ClimateZone.TropicalMoistWet), ["Input.Covered"] = "false",
            ["Input.Rows[0].Year"] = "2020", ["Input.Rows[0].Tonnes[Food]"] = tonnes,
        };

        using var saved = await AppFactory.PostFormAsync(first, Url(organisationId, siteId), Form("บ่อฝังกลบหนองคาย (แก้โดยคนแรก)", "600"));
        using var stale = await AppFactory.PostFormAsync(second, Url(organisationId, siteId), Form("บ่อฝังกลบ (แก้โดยคนที่สอง)", "700"));

        version.Should().NotBeEmpty();
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).Should().Contain("มีผู้อื่นแก้ไขสถานที่นี้หลังจากที่คุณเปิดหน้านี้ การแก้ไขของคุณยังไม่ได้บันทึก");
        var site = (await SitesAsync(organisationId)).Single(s => s.Id == siteId);
        site.Name.Should().Be("บ่อฝังกลบหนองคาย (แก้โดยคนแรก)");
        site.Deposits.Single().Tonnes.Should().Be(600m);
    }
}
