using System.Net;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>An administrator creates a verifier's account through the existing users page, with the body picked by its Thai name.</summary>
public sealed class VerifierAccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task CreateVerifier_BodyPickedByThaiName_MemberOfTheBody_OtherwiseRefusedNamingTheOrganisationField()
    {
        await app.CreateVerificationBodyAsync("VB-ACC");
        var admin = AppFactory.InThai(await app.ClientForAsync(await app.CreateUserAsync(Roles.Administrator)));

        var form = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/Admin/Users/Create", UriKind.Relative)));
        form.Should().Contain($"<option value=\"{Roles.Verifier}\">ผู้ทวนสอบ</option>").And.Contain("<option value=\"หน่วยงานทวนสอบ VB-ACC (กรุงเทพมหานคร)\">");

        // An LAO is no verification body: refused on the organisation field, in Thai, and no account is made.
        using var refused = await AppFactory.PostFormAsync(admin, "/Admin/Users/Create", Fields("verifier-lao@test.local", "เทศบาลนครเชียงใหม่"));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("ช่อง องค์กร: ผู้ทวนสอบต้องสังกัดหน่วยงานทวนสอบหนึ่งแห่งพอดี");
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "verifier-lao@test.local"))).Should().Be(0);

        using var created = await AppFactory.PostFormAsync(admin, "/Admin/Users/Create", Fields("verifier-ok@test.local", "หน่วยงานทวนสอบ VB-ACC (กรุงเทพมหานคร)"));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var membership = await app.WithDbAsync(db => db.OrganisationMemberships.AsNoTracking()
            .Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == "verifier-ok@test.local"))
            .Select(m => new { m.Role, m.Organisation!.Code }).SingleAsync());
        membership.Role.Should().Be(Roles.Verifier);
        membership.Code.Should().Be("VB-ACC");
    }

    private static Dictionary<string, string> Fields(string email, string organisation) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = "ผู้ทวนสอบทดสอบ",
        ["Input.Role"] = Roles.Verifier,
        ["Organisations"] = organisation,
        ["Input.TemporaryPassword"] = "Temporary-Pass-2026",
    };
}
