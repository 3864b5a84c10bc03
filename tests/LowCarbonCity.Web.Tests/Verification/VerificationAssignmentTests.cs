using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Verification;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// Sending an approved inventory for verification: by its LAO's officer or TGO, to a body valid today, once; refused
/// to the province and to another LAO; the body's verifiers are told; audited.
/// </summary>
public sealed class VerificationAssignmentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Assign_ApprovedInventoryByItsOfficerThroughThePage_AssignsAtFivePercentNotifiesVerifiersAndAudits()
    {
        var body = await app.CreateVerificationBodyAsync("VB-AS1");
        var verifier = await app.CreateUserAsync(Roles.Verifier, "VB-AS1");
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var inventoryId = await app.CalculatedInventoryAsync("CMI-CM", 2021, InventoryStatus.Approved);
        var client = AppFactory.InThai(await app.ClientForAsync(officer));

        var detail = await client.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}", UriKind.Relative));
        detail.Should().Contain($"href=\"/Verification/Assign/{inventoryId}\"");
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Verification/Assign/{inventoryId}", UriKind.Relative)));
        form.Should().Contain("หน่วยงานทวนสอบ VB-AS1 (เลขทะเบียน REG-VB-AS1").And.Contain("ร้อยละ 5 ของปริมาณการปล่อยทั้งหมด");

        using var response = await AppFactory.PostFormAsync(client, $"/Verification/Assign/{inventoryId}",
            new Dictionary<string, string> { ["Input.BodyOrganisationId"] = body.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be($"/Inventories/Detail/{inventoryId}");
        var verification = await app.WithDbAsync(db => db.Verifications.AsNoTracking().SingleAsync(v => v.InventoryId == inventoryId));
        verification.BodyOrganisationId.Should().Be(body);
        verification.MaterialityPercent.Should().Be(5m);
        verification.AssignedByUserId.Should().Be(officer.Id);
        var notified = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.InventoryId == inventoryId && n.Kind == NotificationKind.VerificationAssigned).ToListAsync());
        notified.Select(n => n.UserId).Should().Equal(verifier.Id);
        notified[0].Link.Should().Be($"/Verification/Inventory/{inventoryId}");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.InventoryId == inventoryId && a.EntityType == "InventoryVerification" && a.UserId == officer.Id)))
            .Should().Be(1);

        var after = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Inventories/Detail/{inventoryId}", UriKind.Relative)));
        after.Should().Contain("ส่งให้ หน่วยงานทวนสอบ VB-AS1 (เลขทะเบียน REG-VB-AS1) ทวนสอบแล้ว").And.NotContain("/Verification/Assign/");
        var audit = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Inventories/Audit/{inventoryId}", UriKind.Relative)));
        audit.Should().Contain("การทวนสอบ").And.Contain("อยู่ระหว่างการทวนสอบ").And.NotContain("InProgress").And.NotContain("InventoryVerification");
    }

    [Fact]
    public async Task Assign_ByTgo_IsAllowed_ByTheProvinceOrAnotherLao_IsForbidden_AndNothingIsStored()
    {
        var body = await app.CreateVerificationBodyAsync("VB-AS2");
        var inventoryId = await app.CalculatedInventoryAsync("CMI-CM", 2020, InventoryStatus.Approved);
        var province = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var otherLao = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        (await AssignAsync(province, inventoryId, body)).Status.Should().Be(ResultStatus.Forbidden);
        (await AssignAsync(otherLao, inventoryId, body)).Status.Should().Be(ResultStatus.Forbidden);
        (await app.WithDbAsync(db => db.Verifications.CountAsync(v => v.InventoryId == inventoryId))).Should().Be(0);
        (await AssignAsync(tgo, inventoryId, body)).Status.Should().Be(ResultStatus.Ok);
        (await app.WithDbAsync(db => db.Verifications.CountAsync(v => v.InventoryId == inventoryId))).Should().Be(1);

        // The province's officer cannot open the page either.
        var client = await app.ClientForAsync(province);
        using var page = await client.GetAsync(new Uri($"/Verification/Assign/{inventoryId}", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Assign_NotApprovedExpiredNotYetValidOrTwice_RefusedOnTheField_InThaiOnThePage()
    {
        var today = app.VerificationToday();
        var valid = await app.CreateVerificationBodyAsync("VB-AS3");
        var expired = await app.CreateVerificationBodyAsync("VB-OLD", today.AddYears(-3), today.AddDays(-1));
        var future = await app.CreateVerificationBodyAsync("VB-NEW", today.AddDays(1), today.AddYears(2));
        var officer = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var draft = await app.CalculatedInventoryAsync("CMI-CM", 2019, InventoryStatus.Submitted);
        var approved = await app.CalculatedInventoryAsync("CMI-CM", 2018, InventoryStatus.Approved);

        var notApproved = await AssignAsync(officer, draft, valid);
        notApproved.Status.Should().Be(ResultStatus.Invalid);
        notApproved.Errors.Keys.Should().Equal(nameof(AssignVerificationInput.InventoryId));
        foreach (var body in new[] { expired, future })
        {
            var refused = await AssignAsync(officer, approved, body);
            refused.Status.Should().Be(ResultStatus.Invalid);
            refused.Errors[nameof(AssignVerificationInput.BodyOrganisationId)].Should().Equal("The verification body's registration does not cover today.");
        }

        (await app.WithDbAsync(db => db.Verifications.CountAsync(v => v.InventoryId == draft || v.InventoryId == approved))).Should().Be(0);

        // The page offers only bodies valid today, and says in Thai why an expired one is refused.
        var client = AppFactory.InThai(await app.ClientForAsync(officer));
        var form = await client.GetStringAsync(new Uri($"/Verification/Assign/{approved}", UriKind.Relative));
        form.Should().Contain($"value=\"{valid}\"").And.NotContain($"value=\"{expired}\"").And.NotContain($"value=\"{future}\"");
        using var posted = await AppFactory.PostFormAsync(client, $"/Verification/Assign/{approved}",
            new Dictionary<string, string> { ["Input.BodyOrganisationId"] = expired.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).Should().Contain("ช่อง หน่วยงานทวนสอบ: การขึ้นทะเบียนของหน่วยงานนี้ไม่ครอบคลุมวันนี้");
        var draftPage = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Verification/Assign/{draft}", UriKind.Relative)));
        draftPage.Should().Contain("ส่งทวนสอบได้เฉพาะบัญชีที่ได้รับการอนุมัติแล้ว").And.NotContain("id=\"assign-form\"");

        (await AssignAsync(officer, approved, valid)).Status.Should().Be(ResultStatus.Ok);
        var twice = await AssignAsync(officer, approved, valid);
        twice.Status.Should().Be(ResultStatus.Invalid);
        twice.Errors[nameof(AssignVerificationInput.BodyOrganisationId)].Should().Equal(VerificationAssignmentService.AlreadyAssignedMessage);
        (await app.WithDbAsync(db => db.Verifications.CountAsync(v => v.InventoryId == approved))).Should().Be(1);
    }

    private Task<Result<Guid>> AssignAsync(TestUser user, Guid inventoryId, int body) =>
        app.AsUserAsync<VerificationAssignmentService, Result<Guid>>(user, (s, p) =>
            s.AssignAsync(p, new AssignVerificationInput { InventoryId = inventoryId, BodyOrganisationId = body }, CancellationToken.None));
}

/// <summary>The programme's materiality comes from configuration, per inventory kind, and is checked at start.</summary>
public sealed class MaterialityConfigurationTests(MaterialityConfigurationTests.Factory app) : IClassFixture<MaterialityConfigurationTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Verification:MaterialityPercent:City", "2.5");
        }
    }

    [Fact]
    public async Task Assign_CityInventory_TakesTheCityProgrammesConfiguredMateriality_OrganisationKeepsFive()
    {
        var body = await app.CreateVerificationBodyAsync("VB-MAT");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var city = await app.CalculatedCityInventoryAsync("CMI-CM", 2022, InventoryStatus.Approved);
        var organisation = await app.CalculatedInventoryAsync("CMI-CM", 2022, InventoryStatus.Approved);

        foreach (var id in new[] { city, organisation })
        {
            var result = await app.AsUserAsync<VerificationAssignmentService, Result<Guid>>(tgo, (s, p) =>
                s.AssignAsync(p, new AssignVerificationInput { InventoryId = id, BodyOrganisationId = body }, CancellationToken.None));
            result.Status.Should().Be(ResultStatus.Ok);
        }

        (await app.WithDbAsync(db => db.Verifications.Where(v => v.InventoryId == city).Select(v => v.MaterialityPercent).SingleAsync())).Should().Be(2.5m);
        (await app.WithDbAsync(db => db.Verifications.Where(v => v.InventoryId == organisation).Select(v => v.MaterialityPercent).SingleAsync())).Should().Be(5m);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100.5")]
    public void Options_OutsideAboveZeroToHundred_FailValidation(string value)
    {
        var options = new MaterialityOptions { City = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true).Should().BeFalse();
        results.SelectMany(r => r.MemberNames).Should().Equal(nameof(MaterialityOptions.City));
    }
}
