using System.Text.RegularExpressions;
using LowCarbonCity.Web.Hosting;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>
/// An invitation from start to first sign-in in a real browser, in Thai: the administrator picks the municipality by
/// its Thai name, the invitation arrives by SMTP, the invitee sets a password from the e-mailed link and lands on the
/// guided first page of a municipal officer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InvitationJourneyTests(MailBrowserFixture browser) : IClassFixture<MailBrowserFixture>
{
    [GeneratedRegex(@"https://lcc\.example\.go\.th/(Account/Invitation\?token=[A-Za-z0-9%_-]+)")]
    private static partial Regex EmailedLink();

    [Fact]
    public async Task Invitation_ThaiAdministratorPicksTheMunicipalityByName_InviteeFollowsTheEmailedLinkAndLandsOnTheGuidedPage()
    {
        var admin = await browser.App.CreateUserAsync(Roles.Administrator);
        var email = $"somsri-{Guid.NewGuid():N}@test.local";

        var page = await browser.NewPageAsync("th-TH");
        await BrowserFixture.SignInAsync(page, admin);
        await page.GotoAsync("/Admin/Users/Invite");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_DisplayName", "สมศรี ใจดี");
        await page.SelectOptionAsync("#role", Roles.MunicipalOfficer);
        await page.FillAsync("#organisation-0", "เทศบาลนครเชียงใหม่ (เชียงใหม่)");
        (await page.Locator("datalist#organisation-choices option[value='เทศบาลนครเชียงใหม่ (เชียงใหม่)']").CountAsync()).Should().Be(1, "the name is one of the picker's choices");
        await BrowserFixture.ScreenshotAsync(page, "admin-invite-th");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/Admin/Users/Invitations", StringComparison.Ordinal));

        (await page.InnerTextAsync("main .alert-success")).Should().Be("สร้างคำเชิญแล้ว");
        (await page.InnerTextAsync("#new-link")).Should().Contain($"ระบบส่งลิงก์นี้ทางอีเมลถึง {email} แล้วด้วย");
        var row = page.Locator($"tr[data-invitation='{email}']");
        (await row.InnerTextAsync()).Should().Contain("สมศรี ใจดี").And.Contain("เทศบาลนครเชียงใหม่ (เชียงใหม่)").And.Contain("เจ้าหน้าที่ อปท.").And.Contain("2569");
        await BrowserFixture.ScreenshotAsync(page, "admin-invitations-th");

        var mail = await browser.Smtp.WaitForAsync(m => m.To.Mailboxes.Single().Address == email);
        mail.TextBody.Should().StartWith("เรียน สมศรี ใจดี");
        var link = EmailedLink().Match(mail.TextBody).Groups[1].Value;
        link.Should().NotBeEmpty();
        (await page.InputValueAsync("#invite-link")).Should().EndWith(link, "the administrator copies the same link the e-mail carries");

        var invitee = await browser.NewPageAsync("th-TH");
        await invitee.GotoAsync("/" + link);
        (await invitee.InnerTextAsync("main")).Should().Contain("สมศรี ใจดี");
        await BrowserFixture.ScreenshotAsync(invitee, "invitation-accept-th");
        await invitee.FillAsync("#Password", "Somsri-Chosen-2026");
        await invitee.FillAsync("#ConfirmPassword", "Somsri-Chosen-2026");
        await invitee.ClickAsync("main form button[type=submit]");
        await invitee.WaitForURLAsync(url => url.EndsWith("/Welcome", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await invitee.Locator("#welcome").WaitForAsync();

        (await invitee.InnerTextAsync("#welcome")).Should().Be("ยินดีต้อนรับ สมศรี ใจดี");
        var steps = await invitee.InnerTextAsync("#next-steps");
        steps.Should().Contain("เริ่มบัญชีก๊าซเรือนกระจกของปีนี้").And.Contain("กรอกรายละเอียดรายงานของ เทศบาลนครเชียงใหม่");
        await BrowserFixture.ScreenshotAsync(invitee, "welcome-municipal-th");
        await invitee.ClickAsync("#step-start");
        await invitee.WaitForURLAsync(url => url.Contains("/Inventories/Start", StringComparison.Ordinal));

        // The administrator finds the new account by its municipality and reads its history.
        await page.GotoAsync("/Admin/Users?organisation=" + Uri.EscapeDataString("เทศบาลนครเชียงใหม่"));
        (await page.InnerTextAsync("#users")).Should().Contain(email);
        await BrowserFixture.ScreenshotAsync(page, "admin-users-filtered-th");
        await page.ClickAsync($"tr[data-user='{email}'] a");
        await page.Locator("#history").WaitForAsync();
        (await page.InnerTextAsync("#history")).Should().Contain("เทศบาลนครเชียงใหม่ (เชียงใหม่)").And.Contain("เจ้าหน้าที่ อปท.");
        await BrowserFixture.ScreenshotAsync(page, "admin-user-history-th");
    }
}
