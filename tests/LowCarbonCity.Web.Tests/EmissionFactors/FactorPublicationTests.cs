using System.Net;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.EmissionFactors;

/// <summary>
/// The publications of factor editions in the database: seeded with the editions and stored on both providers; given
/// to an edition seeded before they existed without changing a value; absent from an edition uploaded as a factor
/// list alone, whose factors reports then cite by the edition's name.
/// </summary>
public sealed class FactorPublicationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Tgo2026 = "TGO-CFO-2026-01";

    [Fact]
    public async Task Seed_Editions_StoreTheirPublicationsAndEveryFactorCitesOne()
    {
        var edition = await EditionAsync(Tgo2026);

        edition.Publications.Select(p => p.Key).Should().BeEquivalentTo(
            ["tgo-cfo-2026-02", "tgo-grid-2025-11", "tgo-cfp-2022-07", "tgo-lao-guide-2018", "ipcc-2006-v2", "ashrae-34"]);
        edition.Factors.Should().OnlyContain(f => edition.PublicationOf(f) != null);
        var grid = edition.Factors.Single(f => f.Category == ActivityCategory.GridElectricity);
        grid.Value.Should().Be(0.4750m);
        var citation = ReportCitation.OfFactor(edition, grid);
        citation.Th.Should().Contain("30 พฤศจิกายน พ.ศ. 2568").And.Contain("1 มกราคม พ.ศ. 2569").And.NotContain("2025");
        citation.En.Should().Contain("30 November 2025").And.Contain("1 January 2026").And.NotContain("nationthailand");
        // The technical source stays with the factor for the factor pages and the API.
        grid.Source.Should().Contain("TGO board");
    }

    [Fact]
    public async Task Seed_EditionSeededBeforePublications_GetsThemAndNoValueChanges()
    {
        var before = (await EditionAsync(Tgo2026)).Factors.Select(f => (f.Category, f.Gas, f.PerUnit.Code, f.Value)).ToList();
        await app.WithDbAsync(async db =>
        {
            // As the version 2 seed left a database: no publications, no keys.
            var id = await db.EmissionFactorEditions.Where(e => e.Code == Tgo2026).Select(e => e.Id).SingleAsync();
            await db.EmissionFactors.Where(f => f.EditionId == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.PublicationKey, (string?)null));
            await db.Database.ExecuteSqlAsync($"DELETE FROM factor_publications WHERE edition_id = {id}");
            (await db.SeedVersions.SingleAsync(s => s.Name == ReferenceDataSeeder.Name)).Version = 2;
            return await db.SaveChangesAsync();
        });
        (await EditionAsync(Tgo2026)).Publications.Should().BeEmpty();

        await app.WithServiceAsync<ReferenceDataSeeder, int>(async seeder =>
        {
            await seeder.SeedAsync(CancellationToken.None);
            return 0;
        });

        var after = await EditionAsync(Tgo2026);
        after.Publications.Should().HaveCount(6);
        after.Factors.Should().OnlyContain(f => f.PublicationKey != null);
        after.Factors.Single(f => f.Category == ActivityCategory.GridElectricity).PublicationKey.Should().Be("tgo-grid-2025-11");
        after.Factors.Select(f => (f.Category, f.Gas, f.PerUnit.Code, f.Value)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Publish_ListWithoutPublications_ImportsAndReportsCiteTheEditionsName()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        const string csv = "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.4818,kg,kWh,TGO test list item 1,\n";

        var result = await PublishAsync(tgo, Header("TEST-NO-PUBS"), csv);

        result.Status.Should().Be(ResultStatus.Ok);
        var edition = await EditionAsync("TEST-NO-PUBS");
        edition.Publications.Should().BeEmpty();
        var factor = edition.Factors.Should().ContainSingle().Subject;
        factor.PublicationKey.Should().BeNull();
        ReportCitation.OfFactor(edition, factor).Should().Be(new ReportCitation("ชุดทดสอบการอ้างอิง", "Citation test edition"));
    }

    [Fact]
    public async Task Publish_ListNamingAPublication_IsRefusedNamingLineAndColumnAndSavesNothing()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        const string csv = "category,gas,value,mass_unit,per_unit,source,note,publication\nGridElectricity,CO2e,0.4818,kg,kWh,TGO test list item 1,,tgo-cfo-2022-04\n";

        var result = await PublishAsync(tgo, Header("TEST-BAD-PUB"), csv);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors["Csv"].Should().ContainSingle().Which.Should().StartWith("line 2, column publication:").And.Contain("tgo-cfo-2022-04");
        (await app.WithDbAsync(db => db.EmissionFactorEditions.AnyAsync(e => e.Code == "TEST-BAD-PUB"))).Should().BeFalse();
    }

    [Fact]
    public async Task DetailPage_ListsThePublicationsInThePagesLanguage()
    {
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, DemoDataSeeder.OrganisationCode);
        var english = await app.ClientForAsync(officer);
        var thai = AppFactory.InThai(await app.ClientForAsync(officer));
        var page = new Uri("/Factors/Detail/" + Tgo2026, UriKind.Relative);

        var en = WebUtility.HtmlDecode(await english.GetStringAsync(page));
        var th = WebUtility.HtmlDecode(await thai.GetStringAsync(page));

        en.Should().Contain("Publications cited in reports").And.Contain("announced on 30 November 2025, effective 1 January 2026");
        th.Should().Contain("เอกสารที่รายงานอ้างอิง").And.Contain("ประกาศเมื่อวันที่ 30 พฤศจิกายน พ.ศ. 2568");
        th.Should().NotContain("announced on 30 November 2025");
    }

    private static PublishEditionInput Header(string code) => new()
    {
        Code = code, NameEn = "Citation test edition", NameTh = "ชุดทดสอบการอ้างอิง", Source = "TGO test publication", ValidFromYear = 2092, ValidToYear = 2093, DefaultGwpSetCode = "AR5",
    };

    private Task<Result<string>> PublishAsync(TestUser user, PublishEditionInput header, string csv) =>
        app.AsUserAsync<FactorEditionService, Result<string>>(user, (s, p) => s.PublishAsync(p, header, csv, CancellationToken.None));

    private Task<EmissionFactorEdition> EditionAsync(string code) =>
        app.WithDbAsync(db => db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).SingleAsync(e => e.Code == code));
}
