using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Domain.Inventory;
using System.Text.RegularExpressions;
using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Targets;

/// <summary>/Targets and /Targets/Detail through the pipeline: Thai texts and BE years, the chart data block, forms and messages.</summary>
public sealed class TargetPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Detail_InThai_ShowsBuddhistEraYearsTheChartDataBlockAndItsScript()
    {
        var (id, _) = await app.CreateTargetAsync("CMI-CM");
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM")));

        var html = await client.GetStringAsync(new Uri($"/Targets/Detail/{id}", UriKind.Relative));

        html.Should().Contain("ลดลง 21 % จากพ.ศ. 2562 ภายในพ.ศ. 2573")
            .And.Contain("<script type=\"application/json\" id=\"gap-data\">")
            .And.Contain("/js/target-gap.js")
            .And.Contain("id=\"gap-table\"")
            .And.Contain("หลอดไฟ LED");
        (await client.GetStringAsync(new Uri("/Targets", UriKind.Relative))).Should().Contain($"/Targets/Detail/{id}");
    }

    [Fact]
    public async Task AddMeasure_PlannedWithProgress_ShowsTheMessageInThaiAndSavesNothing()
    {
        var (id, _) = await app.CreateTargetAsync("KKN-CM");
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM")));
        var url = $"/Targets/Detail/{id}";

        using var response = await AppFactory.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Measure.Sector"] = "Waste", ["Measure.DescriptionTh"] = "คัดแยกขยะ", ["Measure.DescriptionEn"] = "Waste sorting", ["Measure.ExpectedTonnesPerYear"] = "10",
            ["Measure.StartYear"] = "2567", ["Measure.Status"] = "Planned", ["Measure.ResponsibleOrganisation"] = "กองสาธารณสุข", ["Measure.ProgressPercent"] = "10",
            ["Measure.ExpectedVersion"] = "2",
        }, url + "?handler=AddMeasure");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("มาตรการที่อยู่ในขั้นวางแผนยังไม่มีความก้าวหน้า (0 %)");
        (await app.WithDbAsync(db => db.ReductionMeasures.CountAsync(m => m.TargetId == id))).Should().Be(1);
    }

    [Fact]
    public async Task Create_ValidForm_RedirectsToTheNewTarget()
    {
        var organisationId = await app.OrganisationIdAsync("KSM-CM");
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "KSM-CM"));

        using var response = await AppFactory.PostFormAsync(client, "/Targets", new Dictionary<string, string>
        {
            ["Create.ScopeKind"] = "Organisation", ["Create.OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Create.InventoryKind"] = "Organisation", ["Create.BaseYear"] = "2020", ["Create.TargetYear"] = "2030", ["Create.ReductionKind"] = "Tonnes",
            ["Create.ReductionValue"] = "1,500.5", ["Create.Scopes"] = "Scope2", ["Create.BauMethod"] = "GrowthRate", ["Create.BauRatePercent"] = "2.5",
        }, "/Targets?handler=Create");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "validation-summary-errors[^<]*<ul>(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        response.Headers.Location!.OriginalString.Should().StartWith("/Targets/Detail/");
        var stored = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.OrganisationId == organisationId));
        stored.ReductionValue.Should().Be(1_500.5m);
        stored.Scopes.Should().Equal(Domain.Inventory.EmissionScope.Scope2);
    }

    [Fact]
    public async Task Detail_OrganisationTargetAboveItsPath_SaysOffTrackByHowMuch()
    {
        // Nakhon Ratchasima: 2019 and 2021 each one approved inventory of 73.69095 t in scopes 1 and 2 (BoardTests).
        // T = 73.69095 x 0.79; path(2021) = 73.69095 - 73.69095 x 0.21 x 2/11 = 70.8772955454... t; actual 73.69095 t is
        // 2.8136544545... t above it: off track. One organisation, which reported: a verdict.
        await app.CalculatedInventoryAsync("NMA-CM", 2019, InventoryStatus.Approved);
        await app.CalculatedInventoryAsync("NMA-CM", 2021, InventoryStatus.Approved);
        var (id, _) = await app.CreateTargetAsync("NMA-CM");
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "NMA-CM")));

        var html = await client.GetStringAsync(new Uri($"/Targets/Detail/{id}", UriKind.Relative));

        var verdict = Regex.Match(html, "<p id=\"target-verdict\">.*?</p>", RegexOptions.Singleline).Value;
        verdict.Should().Contain("data-on-track=\"false\"").And.Contain("ไม่เป็นไปตามเป้า").And.Contain("สูงกว่าเส้นเป้าหมาย 2.814");
    }

    [Fact]
    public async Task Update_AnotherInventoryKind_RefusedInThaiAndTheFormOffersNoKind()
    {
        var (id, _) = await app.CreateTargetAsync("RYG-CM");
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "RYG-CM")));
        var url = $"/Targets/Detail/{id}";
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        using var response = await AppFactory.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Input.ScopeKind"] = "Organisation", ["Input.InventoryKind"] = "City", ["Input.BaseYear"] = "2562", ["Input.TargetYear"] = "2573",
            ["Input.ReductionKind"] = "Percent", ["Input.ReductionValue"] = "25", ["Input.Scopes"] = "Scope1", ["Input.BauMethod"] = "GrowthRate",
            ["Input.BauRatePercent"] = "3", ["Input.ExpectedVersion"] = "2",
        }, url + "?handler=Update");

        page.Should().Contain("id=\"Input-kind-fixed\"").And.NotContain("<select class=\"form-select\" id=\"Input_InventoryKind\"");
        (await response.Content.ReadAsStringAsync()).Should().Contain("เปลี่ยนประเภทบัญชีของเป้าหมายไม่ได้");
        var target = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));
        (target.InventoryKind, target.ReductionValue).Should().Be((InventoryKind.Organisation, 21m), "nothing is saved");
    }

    [Fact]
    public async Task Detail_ReductionAboveTheBaseAndMeasuresAboveBau_HeldAtZeroAndSaidSo()
    {
        // Base 2019 = 73.69095 t; a reduction of 100 t would be -26.30905 t; a measure of 1,000 t/yr exceeds the BAU.
        await app.CalculatedInventoryAsync("MTP-TM", 2019, InventoryStatus.Approved);
        var organisationId = await app.OrganisationIdAsync("MTP-TM");
        var id = await app.WithDbAsync(async db =>
        {
            var provinceId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.ProvinceId).SingleAsync();
            var target = new Target(TargetScopeKind.Organisation, organisationId, provinceId, InventoryKind.Organisation,
                new TargetValues(2019, 2030, ReductionKind.Tonnes, 100m, [EmissionScope.Scope1, EmissionScope.Scope2], [], BauMethod.GrowthRate, 0m), DateTimeOffset.UtcNow);
            target.AddMeasure(new MeasureValues(CategoryGroup.Electricity, "โซลาร์เซลล์", "Solar", 1_000m, 2025, MeasureStatus.Planned, "กองช่าง", 0m), DateTimeOffset.UtcNow);
            db.Targets.Add(target);
            await db.SaveChangesAsync();
            return target.Id;
        });
        var client = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "MTP-TM")));

        var html = await client.GetStringAsync(new Uri($"/Targets/Detail/{id}", UriKind.Relative));

        Regex.Match(html, "id=\"target-target-tonnes\">([^<]*)<").Groups[1].Value.Should().Be("0.000");
        html.Should().Contain("id=\"target-below-zero\"").And.Contain("การลด 100.000 tCO₂e มากกว่าการปล่อยของปีฐาน 73.691 tCO₂e")
            .And.Contain("id=\"plan-below-zero\"").And.Contain("ตั้งแต่พ.ศ. 2568");
    }
}
