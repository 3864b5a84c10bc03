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
}
