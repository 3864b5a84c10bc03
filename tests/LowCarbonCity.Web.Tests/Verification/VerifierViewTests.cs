using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>
/// A verifier signs in to their work list, which holds only their body's assignments, opens the assigned inventory
/// read-only (no form that changes anything), and is refused everything else, even the same LAO's other inventory.
/// </summary>
public sealed class VerifierViewTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Verifier_SignsIn_LandsOnTheWorkListOfTheirBodyOnly_InThai()
    {
        var (verifier, assigned, otherBodys, sameLaoNotAssigned) = await SetUpAsync("VB-V1", "VB-V2", 2017);
        var client = AppFactory.InThai(app.AnonymousClient());

        using var signIn = await AppFactory.SignInAsync(client, verifier.Email, verifier.Password);

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.Should().Be("/Verification");
        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/Verification", UriKind.Relative)));
        list.Should().Contain($"data-inventory=\"{assigned}\"").And.NotContain(otherBodys.ToString()).And.NotContain(sameLaoNotAssigned.ToString());
        list.Should().Contain("เทศบาลนครเชียงใหม่").And.Contain("พ.ศ. 2560").And.Contain("อยู่ระหว่างการทวนสอบ");
        // The navigation offers only what a verifier may use.
        list.Should().Contain("href=\"/Verification\"").And.Contain("href=\"/Factors\"")
            .And.NotContain("href=\"/Inventories\"").And.NotContain("href=\"/Targets\"").And.NotContain("href=\"/Boards/").And.NotContain("href=\"/Reports/Rollup\"");
    }

    [Fact]
    public async Task Verifier_AssignedInventoryPages_RenderWithoutAnyFormThatChangesData()
    {
        var (verifier, assigned, _, _) = await SetUpAsync("VB-V3", "VB-V4", 2016);
        var client = AppFactory.InThai(await app.ClientForAsync(verifier));

        var detail = await client.GetStringAsync(new Uri($"/Inventories/Detail/{assigned}", UriKind.Relative));
        detail.Should().Contain("id=\"verifier-read-only\"").And.Contain("id=\"read-only\"");
        foreach (var marker in new[] { "add-line-form", "comment-form", "evidence-form", "link-submit", "link-publication", "gwp-set-switch", "class=\"line-form\"", "link-assign-verification", "link-report-profile" })
        {
            detail.Should().NotContain(marker, "a verifier reads the editor without its {0}", marker);
        }

        var review = await client.GetStringAsync(new Uri($"/Inventories/Review/{assigned}", UriKind.Relative));
        foreach (var marker in new[] { "comment-form", "return-form", "confirm-form", "reopen-form", "reply-form" })
        {
            review.Should().NotContain(marker);
        }

        var line = await app.WithDbAsync(db => db.ActivityLines.Where(l => l.InventoryId == assigned).Select(l => l.Id).FirstAsync());
        var linePage = await client.GetStringAsync(new Uri($"/Inventories/Line/{line}", UriKind.Relative));
        linePage.Should().NotContain("asp-page-handler").And.NotContain("name=\"Line.Amount\"").And.NotContain("name=\"Comment.Text\"");
        using var pdf = await client.GetAsync(new Uri($"/Reports/Inventory/{assigned}?handler=Pdf&lang=th", UriKind.Relative));
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var audit = await client.GetAsync(new Uri($"/Inventories/Audit/{assigned}", UriKind.Relative));
        audit.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Verifier_PostsToTheAssignedInventory_AreRefused_AndChangeNothing()
    {
        var (verifier, assigned, _, _) = await SetUpAsync("VB-V5", "VB-V6", 2015);
        var client = await app.ClientForAsync(verifier);
        var inventory = await app.InventoryAsync(assigned);
        var line = inventory.Lines[0];
        var before = await FingerprintAsync(assigned);

        var posts = new (string Url, Dictionary<string, string> Form)[]
        {
            ($"/Inventories/Detail/{assigned}?handler=Comment", new() { ["Comment.Text"] = "ขอชี้แจง" }),
            ($"/Inventories/Review/{assigned}?handler=Comment", new() { ["Comment.Text"] = "ขอชี้แจง" }),
            ($"/Inventories/Detail/{assigned}?handler=Save", new() { ["LineId"] = line.Id.ToString(), ["ExpectedVersion"] = line.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Line.Category"] = nameof(ActivityCategory.GridElectricity), ["Line.Amount"] = "1", ["Line.UnitCode"] = "kWh" }),
            ($"/Inventories/Review/{assigned}?handler=Verify", new() { ["Transition.ExpectedVersion"] = inventory.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            ($"/Inventories/Review/{assigned}?handler=Reopen", new() { ["Transition.ExpectedVersion"] = inventory.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Transition.Reason"] = "x" }),
        };
        foreach (var (url, form) in posts)
        {
            using var response = await AppFactory.PostFormAsync(client, $"/Inventories/Detail/{assigned}", form, url);
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal));
            refused.Should().BeTrue("POST {0} by a verifier should be refused, got {1}", url, response.StatusCode);
        }

        (await FingerprintAsync(assigned)).Should().Be(before);
    }

    [Fact]
    public async Task Verifier_OtherInventoriesEvenOfTheSameLao_AndStaffPages_AreRefused()
    {
        var (verifier, _, otherBodys, sameLaoNotAssigned) = await SetUpAsync("VB-V7", "VB-V8", 2014);
        var client = await app.ClientForAsync(verifier);

        foreach (var url in new[]
        {
            $"/Inventories/Detail/{sameLaoNotAssigned}", $"/Inventories/Detail/{otherBodys}", $"/Reports/Inventory/{sameLaoNotAssigned}?handler=Pdf&lang=th",
            $"/Inventories/Audit/{sameLaoNotAssigned}", "/Inventories", "/Boards/Province", "/Boards/National", "/Reports/Rollup", "/Targets",
            "/Admin/Users", "/Verification/Bodies", $"/Verification/Assign/{sameLaoNotAssigned}", "/Factors/Publish",
        })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal));
            refused.Should().BeTrue("GET {0} by a verifier should be refused, got {1}", url, response.StatusCode);
        }
    }

    /// <summary>
    /// Body A with a verifier and CMI-CM's approved inventory of <paramref name="year"/> assigned to it; body B with
    /// LCB-CM's inventory; and CMI-CM's approved inventory of the year before, not assigned.
    /// </summary>
    private async Task<(TestUser Verifier, Guid Assigned, Guid OtherBodys, Guid SameLaoNotAssigned)> SetUpAsync(string bodyA, string bodyB, int year)
    {
        var a = await app.CreateVerificationBodyAsync(bodyA);
        var b = await app.CreateVerificationBodyAsync(bodyB);
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var verifier = await app.CreateUserAsync(Roles.Verifier, bodyA);
        var assigned = await app.AssignedInventoryAsync("CMI-CM", year, a, tgo.Id);
        var otherBodys = await app.AssignedInventoryAsync("LCB-CM", year, b, tgo.Id);
        var notAssigned = await app.CalculatedInventoryAsync("CMI-CM", year - 10, InventoryStatus.Approved);
        return (verifier, assigned, otherBodys, notAssigned);
    }

    private Task<string> FingerprintAsync(Guid inventoryId) => app.WithDbAsync(async db => string.Join('/',
        await db.AuditEntries.CountAsync(), await db.InventoryComments.CountAsync(), await db.ActivityLines.Where(l => l.InventoryId == inventoryId).SumAsync(l => l.Version),
        (await db.Inventories.AsNoTracking().SingleAsync(i => i.Id == inventoryId)).Version, await db.InventoryStatusChanges.CountAsync()));
}
