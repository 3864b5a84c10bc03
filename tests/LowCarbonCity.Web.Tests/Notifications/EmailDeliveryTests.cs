using System.Text.RegularExpressions;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LowCarbonCity.Web.Tests.Notifications;

/// <summary>
/// E-mail end to end: a workflow step queues the e-mail with its notification, the background sender delivers it
/// over SMTP to a real server started by the test, and the message is read back (recipient, subject, Thai or English
/// text and HTML, link). Invitations go by e-mail too.
/// </summary>
public sealed partial class EmailDeliveryTests(MailAppFactory app) : IClassFixture<MailAppFactory>
{
    [GeneratedRegex(@"https://lcc\.example\.go\.th/Account/Invitation\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex InvitationLink();

    [Fact]
    public async Task Submit_ThaiProvincialOfficer_ReceivesOneThaiEmailLinkingToTheReview()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var id = await app.CreateInventoryAsync("CMI-CM", 2024);

        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        var mail = await app.Smtp.WaitForAsync(m => To(m) == provincial.Email);

        // No language chosen: Thai. 2024 + 543 = 2567.
        const string sentence = "เทศบาลนครเชียงใหม่ ส่งบัญชีก๊าซเรือนกระจกปี พ.ศ. 2567 ให้ตรวจสอบแล้ว";
        var link = $"https://lcc.example.go.th/Inventories/Review/{id}";
        mail.Subject.Should().Be(sentence);
        mail.From.Mailboxes.Single().Address.Should().Be("no-reply@lcc.example.go.th");
        mail.TextBody.Should().Contain("เรียน Test ProvincialOfficer").And.Contain(sentence).And.Contain(link);
        mail.HtmlBody.Should().Contain($"<a href=\"{link}\">").And.Contain(sentence).And.Contain("lang=\"th\"");
        mail.TextBody.Should().NotContain("CMI-CM").And.NotContain("Submitted");
        app.Smtp.Received.Count(m => To(m) == municipal.Email).Should().Be(0, "the submitter is not told about their own step");
        var row = await WaitSentAsync(provincial.Email);
        row.TextBody.Should().BeEmpty("a sent message's bodies are erased");
        mail.MessageId.Should().Be(row.MessageId.ToString("N") + "@lcc.example.go.th");
    }

    [Fact]
    public async Task Return_EnglishMunicipalOfficer_ReceivesAnEnglishEmailWithTheReason()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == municipal.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, UiCultures.EnglishName)));
        var id = await app.CreateInventoryAsync("CMI-CM", 2023);
        await app.MoveAsync(municipal, id, s => s.SubmitAsync);

        await app.MoveAsync(provincial, id, s => s.ReturnAsync, "ใบแจ้งหนี้ค่าไฟเดือนมีนาคมหายไป");
        var mail = await app.Smtp.WaitForAsync(m => To(m) == municipal.Email);

        mail.Subject.Should().Be("The 2023 inventory of Chiang Mai City Municipality was returned for changes");
        mail.TextBody.Should().Contain("Dear Test MunicipalOfficer,").And.Contain("Reason: ใบแจ้งหนี้ค่าไฟเดือนมีนาคมหายไป")
            .And.Contain($"https://lcc.example.go.th/Inventories/Detail/{id}");
        mail.HtmlBody.Should().Contain("<strong>Reason:</strong> ใบแจ้งหนี้ค่าไฟเดือนมีนาคมหายไป");
    }

    [Fact]
    public async Task Submit_OfficerTurnedSubmittedOff_GetsTheNotificationButNoEmail()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var quiet = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var client = await app.ClientForAsync(quiet);
        using var saved = await AppFactory.PostFormAsync(client, "/Account/Settings", new Dictionary<string, string> { ["Send"] = nameof(NotificationKind.Comment) });
        var id = await app.CreateInventoryAsync("CMI-CM", 2022);

        await app.MoveAsync(municipal, id, s => s.SubmitAsync);

        (await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == quiet.Id && n.InventoryId == id))).Should().Be(1);
        (await app.WithDbAsync(db => db.OutboxEmails.CountAsync(o => o.ToAddress == quiet.Email))).Should().Be(0);
    }

    [Fact]
    public async Task Invite_WithEmailConfigured_TheInviteeReceivesAWorkingLinkInThaiAndEnglish()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"invitee-{Guid.NewGuid():N}@test.local";
        var invited = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p,
            new InviteUserInput { Email = email, DisplayName = "สมหญิง รักษ์โลก", Role = Roles.MunicipalOfficer, OrganisationCodes = ["CMI-CM"] }, CancellationToken.None));
        invited.Status.Should().Be(ResultStatus.Ok);

        var mail = await app.Smtp.WaitForAsync(m => To(m) == email);

        mail.Subject.Should().Be("คำเชิญเข้าใช้งาน LowCarbonCity / Your invitation to LowCarbonCity");
        mail.TextBody.Should().StartWith("เรียน สมหญิง รักษ์โลก").And.Contain("Dear สมหญิง รักษ์โลก");
        var token = Uri.UnescapeDataString(InvitationLink().Match(mail.TextBody).Groups[1].Value);
        token.Should().Be(invited.Value!.Token, "the e-mail carries the link the administrator also sees");
        mail.HtmlBody.Should().Contain("https://lcc.example.go.th/Account/Invitation?token=");
        var peek = await app.WithServiceAsync<InvitationService, Result<InvitationPreview>>(s => s.PeekAsync(token, CancellationToken.None));
        peek.Status.Should().Be(ResultStatus.Ok);
        (await WaitSentAsync(email)).HtmlBody.Should().BeEmpty("the link's token leaves the database once the e-mail is sent");
    }

    [Fact]
    public async Task Invite_ServerRefusesTheMailboxForGood_MarkedFailedNotRetriedAndTheNextMessageStillGoes()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var refused = $"{TestSmtpServer.RefusedPrefix}{Guid.NewGuid():N}@test.local";
        var accepted = $"invitee-{Guid.NewGuid():N}@test.local";
        foreach (var email in new[] { refused, accepted })
        {
            var result = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p,
                new InviteUserInput { Email = email, DisplayName = "Someone", Role = Roles.TgoAnalyst }, CancellationToken.None));
            result.Status.Should().Be(ResultStatus.Ok);
        }

        await app.Smtp.WaitForAsync(m => To(m) == accepted);
        var failed = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.ToAddress == refused));
        // Several more passes of the sender (every 100 ms) leave it alone.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var later = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.ToAddress == refused));

        failed.FailedAt.Should().NotBeNull();
        failed.SentAt.Should().BeNull();
        failed.LastError.Should().StartWith("550");
        later.Attempts.Should().Be(1, "a permanent refusal is not retried");
        app.Smtp.Received.Should().NotContain(m => To(m) == refused);
    }

    [Fact]
    public async Task InvitePage_ThaiAdministrator_StillSeesTheLinkAndIsToldItWasEmailed()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var client = AppFactory.InThai(await app.ClientForAsync(admin));
        var email = $"page-{Guid.NewGuid():N}@test.local";

        using var response = await AppFactory.PostFormAsync(client, "/Admin/Users/Invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "ผู้ได้รับเชิญ", ["Input.Role"] = Roles.TgoAnalyst,
        });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(response.Headers.Location);
        var mail = await app.Smtp.WaitForAsync(m => To(m) == email);

        page.Should().Contain("id=\"invite-link\"").And.Contain($"ระบบส่งลิงก์นี้ทางอีเมลถึง {email} แล้วด้วย");
        var shown = Regex.Match(page, "id=\"invite-link\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var token = Uri.UnescapeDataString(shown[(shown.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
        InvitationLink().Match(mail.TextBody ?? string.Empty).Groups[1].Value.Should().Be(Uri.EscapeDataString(token), "the page and the e-mail carry the same link");
    }

    [Fact]
    public async Task Resend_WithEmailConfigured_TheInviteeGetsANewWorkingLinkAndTheOldOneIsRefused()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var email = $"resend-{Guid.NewGuid():N}@test.local";
        var invited = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p,
            new InviteUserInput { Email = email, DisplayName = "สมหญิง รักษ์โลก", Role = Roles.TgoAnalyst }, CancellationToken.None));
        await app.Smtp.WaitForAsync(m => To(m) == email);
        var client = AppFactory.InThai(await app.ClientForAsync(admin));

        using var resent = await AppFactory.PostFormAsync(client, "/Admin/Users/Invitations", new Dictionary<string, string> { ["id"] = invited.Value!.Id.ToString() },
            "/Admin/Users/Invitations?handler=Resend");
        var page = await client.GetStringAsync(resent.Headers.Location);
        var second = await app.Smtp.WaitForAsync(m => To(m) == email && !(m.TextBody ?? string.Empty).Contains(Uri.EscapeDataString(invited.Value.Token), StringComparison.Ordinal));

        page.Should().Contain("ส่งคำเชิญอีกครั้งพร้อมลิงก์ใหม่แล้ว").And.Contain($"ระบบส่งลิงก์นี้ทางอีเมลถึง {email} แล้วด้วย");
        var token = Uri.UnescapeDataString(InvitationLink().Match(second.TextBody ?? string.Empty).Groups[1].Value);
        (await app.WithServiceAsync<InvitationService, Result<InvitationPreview>>(s => s.PeekAsync(token, CancellationToken.None))).IsOk.Should().BeTrue();
        (await app.WithServiceAsync<InvitationService, Result<InvitationPreview>>(s => s.PeekAsync(invited.Value.Token, CancellationToken.None))).IsOk.Should().BeFalse();
    }

    private static string To(MimeMessage m) => m.To.Mailboxes.Single().Address;

    private async Task<OutboxEmail> WaitSentAsync(string address)
    {
        for (var i = 0; i < 300; i++)
        {
            var row = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.ToAddress == address));
            if (row.SentAt is not null)
            {
                return row;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox row was not marked sent.");
    }
}
