using System.Net;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Admin;

/// <summary>
/// The administration as a Thai administrator uses it, through the app's pipeline: organisations picked by name,
/// users found by organisation, pending invitations resent and revoked, no self-lockout, a success message after
/// every change, the guided first page and the account's history, all without a code, GUID or JSON on the page.
/// </summary>
public sealed partial class AdminWithoutCodesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ChiangMaiCity = "เทศบาลนครเชียงใหม่ (เชียงใหม่)";
    private const string NewPassword = "Chosen-Password-2026";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid36();

    [GeneratedRegex("id=\"invite-link\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex ShownLink();

    private async Task<HttpClient> ThaiAdminAsync(TestUser? admin = null) =>
        AppFactory.InThai(await app.ClientForAsync(admin ?? await app.CreateUserAsync(Roles.Administrator)));

    /// <summary>The page's text as a person reads it (entities decoded).</summary>
    private static async Task<string> ReadAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient client, string email, string role, params string[] organisations)
    {
        var form = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.DisplayName"] = "สมศรี ใจดี", ["Input.Role"] = role };
        var fields = organisations.Select(o => new KeyValuePair<string, string>("Organisations", o));
        // Several boxes share the name "Organisations": post them as a browser does, one pair each.
        var html = await client.GetStringAsync(new Uri("/Admin/Users/Invite", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        using var content = new FormUrlEncodedContent(form.Concat(fields).Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri("/Admin/Users/Invite", UriKind.Relative), content);
    }

    [Fact]
    public async Task Invite_MunicipalityPickedByItsThaiName_IsStoredForThatMunicipalityAndTheListSaysSoInThai()
    {
        var client = await ThaiAdminAsync();
        var email = $"picked-{Guid.NewGuid():N}@test.local";

        using var response = await InviteAsync(client, email, Roles.MunicipalOfficer, ChiangMaiCity);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/Admin/Users/Invitations");
        (await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.OrganisationCodes).SingleAsync())).Should().Be("CMI-CM");
        var page = await ReadAsync(client, "/Admin/Users/Invitations");
        page.Should().Contain("alert alert-success").And.Contain("สร้างคำเชิญแล้ว")
            .And.Contain("id=\"invite-link\"").And.Contain("คัดลอกลิงก์");
        var row = Regex.Match(page, $"<tr data-invitation=\"{Regex.Escape(email)}\">.*?</tr>", RegexOptions.Singleline).Value;
        row.Should().Contain(ChiangMaiCity).And.Contain("เจ้าหน้าที่ อปท.").And.NotContain("CMI-CM").And.NotContain("MunicipalOfficer");
        Guid36().IsMatch(Regex.Replace(row, "<[^>]+>", " ")).Should().BeFalse("no id shows in the row's text (the forms carry it in their address)");
        (await ReadAsync(client, "/Admin/Users/Invitations")).Should().NotContain("id=\"invite-link\"", "the link is shown once");
    }

    [Theory]
    [InlineData("เทศบาลนครเชียงใหม่")]
    [InlineData("Chiang Mai City Municipality")]
    [InlineData("Chiang Mai City Municipality (Chiang Mai)")]
    public async Task InviteAsync_NameAloneOrEnglishLabel_ResolvesToTheOrganisation(string picked)
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"name-{Guid.NewGuid():N}@test.local";

        var result = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) =>
            s.InviteAsync(p, new InviteUserInput { Email = email, DisplayName = "x", Role = Roles.MunicipalOfficer, Organisations = [picked] }, CancellationToken.None));

        result.Status.Should().Be(ResultStatus.Ok);
        (await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.OrganisationCodes).SingleAsync())).Should().Be("CMI-CM");
    }

    [Fact]
    public async Task Invite_ThaiNameThatMatchesNothing_ShowsAThaiErrorNamingTheFieldAndStoresNothing()
    {
        var client = await ThaiAdminAsync();
        var before = await app.WithDbAsync(db => db.Invitations.CountAsync());

        using var response = await InviteAsync(client, $"none-{Guid.NewGuid():N}@test.local", Roles.MunicipalOfficer, "เทศบาลตำบลที่ไม่มีอยู่จริง");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("ช่อง องค์กร: ไม่พบองค์กรชื่อ 'เทศบาลตำบลที่ไม่มีอยู่จริง' โปรดเลือกองค์กรจากรายการ");
        page.Should().Contain("value=\"เทศบาลตำบลที่ไม่มีอยู่จริง\"", "what was typed stays in its box");
        (await app.WithDbAsync(db => db.Invitations.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task UsersPage_FilteredByOrganisationNameOrSearched_ListsOnlyTheMatchingAccounts()
    {
        var client = await ThaiAdminAsync();
        var chiangMai = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var laemChabang = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");

        var byOrganisation = await ReadAsync(client, "/Admin/Users?organisation=" + Uri.EscapeDataString("เทศบาลนครแหลมฉบัง"));
        var bySearch = await ReadAsync(client, "/Admin/Users?search=" + Uri.EscapeDataString(chiangMai.Email.Substring(chiangMai.Email.IndexOf('-', StringComparison.Ordinal) + 1, 12).ToUpperInvariant()));
        var unknown = await ReadAsync(client, "/Admin/Users?organisation=" + Uri.EscapeDataString("อบต.ไม่มีจริง"));

        byOrganisation.Should().Contain(laemChabang.Email).And.NotContain(chiangMai.Email).And.Contain("เทศบาลนครแหลมฉบัง (ชลบุรี)").And.NotContain("LCB-CM");
        bySearch.Should().Contain(chiangMai.Email).And.NotContain(laemChabang.Email).And.Contain(ChiangMaiCity);
        unknown.Should().Contain("ช่อง องค์กร: ไม่พบองค์กรชื่อ 'อบต.ไม่มีจริง'").And.NotContain("id=\"users\"");
    }

    [Fact]
    public async Task PendingInvitation_ResentAndRevoked_OldLinksAreRefusedAndTheInviteeIsToldInThai()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var client = await ThaiAdminAsync(admin);
        var email = $"pending-{Guid.NewGuid():N}@test.local";
        var first = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) =>
            s.InviteAsync(p, new InviteUserInput { Email = email, DisplayName = "สมชาย", Role = Roles.ProvincialOfficer, Organisations = ["สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดเชียงใหม่"] }, CancellationToken.None));
        var id = first.Value!.Id;
        var list = await ReadAsync(client, "/Admin/Users/Invitations");
        list.Should().Contain(email).And.Contain("เจ้าหน้าที่จังหวัด").And.Contain("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดเชียงใหม่ (เชียงใหม่)");

        using var resent = await AppFactory.PostFormAsync(client, "/Admin/Users/Invitations", new Dictionary<string, string> { ["id"] = id.ToString() }, "/Admin/Users/Invitations?handler=Resend");
        resent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterResend = await ReadAsync(client, "/Admin/Users/Invitations");
        afterResend.Should().Contain("สร้างลิงก์ใหม่แล้ว ลิงก์เดิมใช้ไม่ได้อีก");
        var link = ShownLink().Match(afterResend).Groups[1].Value;
        var newToken = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
        newToken.Should().NotBe(first.Value.Token);
        using var anonymous = AppFactory.InThai(app.AnonymousClient());
        (await ReadAsync(anonymous, "/Account/Invitation?token=" + Uri.EscapeDataString(first.Value.Token))).Should().Contain("ลิงก์คำเชิญนี้ไม่ถูกต้อง");
        (await ReadAsync(anonymous, "/Account/Invitation?token=" + Uri.EscapeDataString(newToken))).Should().Contain("name=\"Password\"");

        using var revoked = await AppFactory.PostFormAsync(client, "/Admin/Users/Invitations", new Dictionary<string, string> { ["id"] = id.ToString() }, "/Admin/Users/Invitations?handler=Revoke");
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterRevoke = await ReadAsync(client, "/Admin/Users/Invitations");
        afterRevoke.Should().Contain("ยกเลิกคำเชิญแล้ว").And.NotContain(email);
        (await ReadAsync(anonymous, "/Account/Invitation?token=" + Uri.EscapeDataString(newToken))).Should().Contain("ผู้ดูแลระบบยกเลิกคำเชิญนี้แล้ว").And.NotContain("name=\"Password\"");
        var accept = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync(newToken, NewPassword, CancellationToken.None));
        accept.Errors["Token"].Single().Should().Be(InvitationService.RevokedMessage);
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email))).Should().BeFalse();
    }

    [Fact]
    public async Task Administrator_CannotLockThemselvesOrDropTheirOwnRole_TheServerRefusesAndNoControlIsShown()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var client = await ThaiAdminAsync(admin);
        var other = await app.CreateUserAsync(Roles.TgoAnalyst);

        var users = await ReadAsync(client, "/Admin/Users");
        var ownRow = Regex.Match(users, $"<tr data-user=\"{Regex.Escape(admin.Email)}\">.*?</tr>", RegexOptions.Singleline).Value;
        using var lockSelf = await AppFactory.PostFormAsync(client, "/Admin/Users", new Dictionary<string, string> { ["userId"] = admin.Id }, "/Admin/Users?handler=Lock");
        using var demoteSelf = await AppFactory.PostFormAsync(client, $"/Admin/Users/Edit/{admin.Id}", new Dictionary<string, string> { ["Role"] = Roles.MunicipalOfficer, ["Organisations"] = ChiangMaiCity });
        var service = await app.AsUserAsync<UserAdminService, Result<string>>(admin, (s, p) => s.SetRoleAsync(p, new SetRoleInput { UserId = admin.Id, Role = Roles.TgoAnalyst }, CancellationToken.None));
        using var lockOther = await AppFactory.PostFormAsync(client, "/Admin/Users", new Dictionary<string, string> { ["userId"] = other.Id }, "/Admin/Users?handler=Lock");
        var afterLockOther = await ReadAsync(client, "/Admin/Users");

        ownRow.Should().Contain("บัญชีของคุณ").And.NotContain("handler=Lock");
        lockSelf.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await lockSelf.Content.ReadAsStringAsync()).Should().Contain("คุณล็อกบัญชีของตนเองหรือถอดบทบาทผู้ดูแลระบบของตนเองไม่ได้");
        demoteSelf.StatusCode.Should().Be(HttpStatusCode.OK);
        service.Status.Should().Be(ResultStatus.Invalid);
        service.Errors["Role"].Single().Should().Be(SelfLockout.Message);
        (await app.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.LockoutEnd).SingleAsync())).Should().BeNull();
        (await app.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == admin.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Administrator)))).Should().Be(1);
        (await app.WithDbAsync(db => db.OrganisationMemberships.CountAsync(m => m.UserId == admin.Id))).Should().Be(0);
        (await ReadAsync(client, $"/Admin/Users/Edit/{admin.Id}")).Should().Contain("คุณเปลี่ยนบทบาทของบัญชีตนเองไม่ได้").And.NotContain("<select id=\"role\"");
        lockOther.StatusCode.Should().Be(HttpStatusCode.Redirect, "another account can still be locked");
        afterLockOther.Should().Contain("ล็อกบัญชีแล้ว");
    }

    [Fact]
    public async Task CreateAndEdit_EachChange_SaysItSucceededAfterTheRedirect_AndTheHistoryReadsAsFieldsInThai()
    {
        var client = await ThaiAdminAsync();
        var email = $"created-{Guid.NewGuid():N}@test.local";

        using var created = await AppFactory.PostFormAsync(client, "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "สมปอง ทดสอบ", ["Input.Role"] = Roles.MunicipalOfficer,
            ["Organisations"] = ChiangMaiCity, ["Input.TemporaryPassword"] = "Temporary-Pass-2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReadAsync(client, created.Headers.Location!.OriginalString)).Should().Contain("alert alert-success").And.Contain("สร้างบัญชีแล้ว");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        using var edited = await AppFactory.PostFormAsync(client, $"/Admin/Users/Edit/{id}", new Dictionary<string, string>
        {
            ["Role"] = Roles.ProvincialOfficer, ["Organisations"] = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดเชียงใหม่ (เชียงใหม่)",
        });
        edited.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReadAsync(client, "/Admin/Users")).Should().Contain("บันทึกแล้ว");
        using var locked = await AppFactory.PostFormAsync(client, "/Admin/Users", new Dictionary<string, string> { ["userId"] = id }, "/Admin/Users?handler=Lock");
        locked.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await ReadAsync(client, $"/Admin/Users/Edit/{id}");
        var history = Regex.Match(page, "<table class=\"table table-sm\" id=\"history\">.*?</table>", RegexOptions.Singleline).Value;
        history.Should().Contain("บทบาท").And.Contain("เจ้าหน้าที่จังหวัด").And.Contain("เจ้าหน้าที่ อปท.")
            .And.Contain("องค์กรที่สังกัด").And.Contain(ChiangMaiCity).And.Contain("ล็อกบัญชี").And.Contain("ใช่").And.Contain("ชื่อ").And.Contain("สมปอง ทดสอบ");
        history.Should().NotContain("{").And.NotContain("ProvincialOfficer").And.NotContain("CMI-CM").And.NotContain("9999").And.NotContain("LockoutEnd");
        Guid36().IsMatch(history).Should().BeFalse();
    }

    [Fact]
    public async Task OrganisationEdited_ItsHistoryReadsAsFieldsOldAndNewInThai()
    {
        var client = await ThaiAdminAsync();
        var code = $"HIST-{Guid.NewGuid():N}"[..16];
        Dictionary<string, string> Form(string nameTh, string province, string population, string type = "SubdistrictMunicipality") => new()
        {
            ["Input.Code"] = code, ["Input.NameTh"] = nameTh, ["Input.NameEn"] = "History Test Municipality", ["Input.Type"] = type,
            ["Input.ProvinceCode"] = province, ["Input.Population"] = population, ["Input.AreaKm2"] = "12.5", ["Input.ContextYear"] = "2567", // typed in the Buddhist Era on a Thai page: 2024
        };
        using var created = await AppFactory.PostFormAsync(client, "/Admin/Organisations/Create", Form("เทศบาลตำบลประวัติ", "50", "8000"));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await app.OrganisationIdAsync(code);

        using var edited = await AppFactory.PostFormAsync(client, $"/Admin/Organisations/Edit/{id}", Form("เทศบาลตำบลประวัติใหม่", "20", "8150", "TownMunicipality"));
        edited.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ReadAsync(client, "/Admin/Organisations")).Should().Contain("บันทึกแล้ว");

        var page = await ReadAsync(client, $"/Admin/Organisations/Edit/{id}");
        var history = Regex.Match(page, "<table class=\"table table-sm\" id=\"history\">.*?</table>", RegexOptions.Singleline).Value;
        history.Should().Contain("ชื่อภาษาไทย").And.Contain("เทศบาลตำบลประวัติ").And.Contain("เทศบาลตำบลประวัติใหม่")
            .And.Contain("จังหวัด").And.Contain("เชียงใหม่").And.Contain("ชลบุรี").And.Contain("ประเภท").And.Contain("เทศบาลเมือง")
            .And.Contain("ประชากร").And.Contain("8,000").And.Contain("8,150").And.Contain("ข้อมูลรายปี");
        history.Should().NotContain("{").And.NotContain("TownMunicipality").And.NotContain("ProvinceId");
    }

    [Theory]
    [InlineData(Roles.MunicipalOfficer, "เทศบาลนครเชียงใหม่", "เริ่มบัญชีก๊าซเรือนกระจกของปีนี้", "/Inventories/Start")]
    [InlineData(Roles.ProvincialOfficer, "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดเชียงใหม่", "เปิดรายการที่รอคุณตรวจ", "/Inventories")]
    [InlineData(Roles.TgoAnalyst, null, "เปิดภาพรวมระดับประเทศ", "/Boards/National")]
    public async Task AcceptedInvitation_LandsOnTheGuidedPageOfItsRole(string role, string? organisation, string firstStep, string link)
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"welcome-{Guid.NewGuid():N}@test.local";
        var invited = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p,
            new InviteUserInput { Email = email, DisplayName = "ผู้มาใหม่", Role = role, Organisations = organisation is null ? [] : [organisation] }, CancellationToken.None));
        var url = $"/Account/Invitation?token={Uri.EscapeDataString(invited.Value!.Token)}";
        using var browser = AppFactory.InThai(app.AnonymousClient());

        using var accepted = await AppFactory.PostFormAsync(browser, url, new Dictionary<string, string> { ["Token"] = invited.Value.Token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        accepted.Headers.Location!.OriginalString.Should().Be("/Welcome");
        var page = await ReadAsync(browser, "/Welcome");
        page.Should().Contain("ยินดีต้อนรับ ผู้มาใหม่").And.Contain(firstStep).And.Contain($"href=\"{link}\"");
        if (role == Roles.MunicipalOfficer)
        {
            page.Should().Contain($"href=\"/Organisations/{await app.OrganisationIdAsync("CMI-CM")}/ReportProfile\"").And.Contain("กรอกรายละเอียดรายงานของ เทศบาลนครเชียงใหม่");
        }
    }
}
