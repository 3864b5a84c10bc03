using System.Net;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Notifications;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Notifications;

/// <summary>
/// Who is told what, raised by the workflow and invitation services (the one place each step happens), and what a
/// reader sees and may open. No SMTP server is configured here: notifications exist, the outbox stays empty.
/// </summary>
public sealed class NotificationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Row(NotificationKind Kind, Guid? InventoryId, string? Detail, string Link, bool Read);

    private Task<List<Row>> NotificationsOfAsync(TestUser user) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id).OrderBy(n => n.Id)
            .Select(n => new Row(n.Kind, n.InventoryId, n.Detail, n.Link, n.ReadAt != null)).ToListAsync());

    private async Task<(TestUser Municipal, TestUser OtherLao, TestUser Provincial, TestUser OtherProvince, TestUser Tgo)> PeopleAsync() =>
        (await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"), await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"), await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"),
            await app.CreateUserAsync(Roles.TgoAnalyst));

    [Fact]
    public async Task Workflow_SubmitReturnSubmitApproveVerify_EachStepTellsTheOtherSideOnlyOnce()
    {
        var (municipal, otherLao, provincial, otherProvince, tgo) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2024);

        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ReturnAsync, "The March electricity bill is missing")).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Ok);
        await app.IssueStatementAsync(id); // TGO verifies by certifying a verifier's statement
        (await app.MoveAsync(tgo, id, s => s.VerifyAsync)).Status.Should().Be(ResultStatus.Ok);

        (await NotificationsOfAsync(provincial)).Should().Equal(
            new Row(NotificationKind.Submitted, id, null, $"/Inventories/Review/{id}", false),
            new Row(NotificationKind.Submitted, id, null, $"/Inventories/Review/{id}", false));
        (await NotificationsOfAsync(municipal)).Should().Equal(
            new Row(NotificationKind.Returned, id, "The March electricity bill is missing", $"/Inventories/Detail/{id}", false),
            new Row(NotificationKind.Approved, id, null, $"/Inventories/Detail/{id}", false),
            new Row(NotificationKind.Verified, id, null, $"/Inventories/Detail/{id}", false));
        (await NotificationsOfAsync(otherLao)).Should().BeEmpty("another LAO's officer is not concerned");
        (await NotificationsOfAsync(otherProvince)).Should().BeEmpty("another province's officer is not concerned");
        (await NotificationsOfAsync(tgo)).Should().BeEmpty("nobody is told about their own step");
        (await app.WithDbAsync(db => db.OutboxEmails.CountAsync())).Should().Be(0, "no SMTP server is configured, so nothing is queued");
    }

    [Fact]
    public async Task Submit_ThroughTheApiAndThroughThePage_BothTellTheProvince()
    {
        var (municipal, _, provincial, _, _) = await PeopleAsync();
        var byApi = await app.CreateInventoryAsync("CMI-CM", 2021);
        var byPage = await app.CreateInventoryAsync("CMI-CM", 2020);
        var api = app.BearerClient(await app.CreateTokenAsync(municipal));
        using var get = await api.GetAsync(new Uri($"/api/v1/inventories/{byApi}", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/inventories/{byApi}/submit", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag!.Tag);

        using var submitted = await api.SendAsync(request);
        using var posted = await AppFactory.PostFormAsync(await app.ClientForAsync(municipal), $"/Inventories/Submit/{byPage}", new Dictionary<string, string>
        {
            ["Transition.ExpectedVersion"] = (await app.InventoryAsync(byPage)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        submitted.StatusCode.Should().Be(HttpStatusCode.OK);
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await NotificationsOfAsync(provincial)).Select(n => (n.Kind, n.InventoryId)).Should().Equal(
            (NotificationKind.Submitted, byApi), (NotificationKind.Submitted, byPage));
    }

    [Fact]
    public async Task Workflow_RefusedMove_TellsNobody()
    {
        var (municipal, _, provincial, _, _) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2023);

        (await app.MoveAsync(provincial, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Forbidden);
        (await app.MoveAsync(municipal, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Forbidden);

        (await NotificationsOfAsync(provincial)).Should().BeEmpty();
        (await NotificationsOfAsync(municipal)).Should().BeEmpty();
    }

    [Fact]
    public async Task CommentAsync_ProvinceCommentsAndLaoReplies_EachGoesToTheOtherSideAndTheReplyToTheFirstAuthor()
    {
        var (municipal, otherLao, provincial, _, tgo) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2022);
        var lineId = (await app.InventoryAsync(id)).Lines[0].Id;

        var question = await CommentAsync(tgo, new AddCommentInput { InventoryId = id, LineId = lineId, Text = "Which meters are included?" });
        await CommentAsync(municipal, new AddCommentInput { InventoryId = id, LineId = lineId, ParentId = question, Text = "All 14 meters of the city hall." });

        (await NotificationsOfAsync(municipal)).Should().Equal(
            new Row(NotificationKind.Comment, id, "Which meters are included?", $"/Inventories/Detail/{id}#comments", false));
        (await NotificationsOfAsync(provincial)).Should().Equal(
            new Row(NotificationKind.Comment, id, "All 14 meters of the city hall.", $"/Inventories/Review/{id}#comments", false));
        (await NotificationsOfAsync(tgo)).Should().Equal(
            new Row(NotificationKind.Comment, id, "All 14 meters of the city hall.", $"/Inventories/Review/{id}#comments", false));
        (await NotificationsOfAsync(otherLao)).Should().BeEmpty();
    }

    [Fact]
    public async Task AcceptAsync_InvitationAccepted_TellsTheAdministratorWhoSentIt()
    {
        var admin = await app.CreateUserAsync(Roles.Administrator);
        var otherAdmin = await app.CreateUserAsync(Roles.Administrator);
        var invited = await app.AsUserAsync<InvitationService, Result<InvitationCreated>>(admin, (s, p) => s.InviteAsync(p,
            new InviteUserInput { Email = $"new-{Guid.NewGuid():N}@test.local", DisplayName = "สมชาย ใจดี", Role = Roles.MunicipalOfficer, OrganisationCodes = ["CMI-CM"] },
            CancellationToken.None));

        var accepted = await app.WithServiceAsync<InvitationService, Result<string>>(s => s.AcceptAsync(invited.Value!.Token, "Chosen-Password-2026", CancellationToken.None));

        accepted.Status.Should().Be(ResultStatus.Ok);
        (await NotificationsOfAsync(admin)).Should().Equal(new Row(NotificationKind.InvitationAccepted, null, null, $"/Admin/Users/Edit/{accepted.Value}", false));
        (await NotificationsOfAsync(otherAdmin)).Should().BeEmpty();
        var items = await app.AsUserAsync<NotificationInbox, IReadOnlyList<NotificationItem>>(admin, (s, p) => s.ListAsync(p, UiCultures.Thai, CancellationToken.None));
        items.Single().Sentence.Should().Be("สมชาย ใจดี ตอบรับคำเชิญของคุณและมีบัญชีผู้ใช้แล้ว");
    }

    [Fact]
    public async Task Inbox_ThaiReader_SentenceNamesTheLaoAndTheBuddhistEraYearAndOpeningMarksRead()
    {
        var (municipal, _, provincial, _, _) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2019);
        await app.MoveAsync(municipal, id, s => s.SubmitAsync);

        var thai = await app.AsUserAsync<NotificationInbox, IReadOnlyList<NotificationItem>>(provincial, (s, p) => s.ListAsync(p, UiCultures.Thai, CancellationToken.None));
        var english = await app.AsUserAsync<NotificationInbox, IReadOnlyList<NotificationItem>>(provincial, (s, p) => s.ListAsync(p, UiCultures.English, CancellationToken.None));

        // 2019 + 543 = 2562.
        thai.Single().Sentence.Should().Be("เทศบาลนครเชียงใหม่ ส่งบัญชีก๊าซเรือนกระจกปี พ.ศ. 2562 ให้ตรวจสอบแล้ว");
        english.Single().Sentence.Should().Be("Chiang Mai City Municipality submitted its 2019 inventory for review");
        (await app.AsUserAsync<NotificationInbox, int>(provincial, (s, p) => s.UnreadCountAsync(p, CancellationToken.None))).Should().Be(1);

        var opened = await app.AsUserAsync<NotificationInbox, Result<string>>(provincial, (s, p) => s.OpenAsync(p, thai[0].Id, CancellationToken.None));

        opened.Value.Should().Be($"/Inventories/Review/{id}");
        (await app.AsUserAsync<NotificationInbox, int>(provincial, (s, p) => s.UnreadCountAsync(p, CancellationToken.None))).Should().Be(0);
    }

    [Fact]
    public async Task OpenAsync_SomeoneElsesNotification_IsForbiddenAndStaysUnread()
    {
        var (municipal, otherLao, provincial, _, _) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2018);
        await app.MoveAsync(municipal, id, s => s.SubmitAsync);
        var notificationId = await app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == provincial.Id).Select(n => n.Id).SingleAsync());

        var byService = await app.AsUserAsync<NotificationInbox, Result<string>>(municipal, (s, p) => s.OpenAsync(p, notificationId, CancellationToken.None));
        var client = await app.ClientForAsync(otherLao);
        using var byPage = await AppFactory.PostFormAsync(client, "/Notifications", new Dictionary<string, string>(), $"/Notifications?handler=Open&id={notificationId}");
        var list = await client.GetStringAsync(new Uri("/Notifications", UriKind.Relative));

        byService.Status.Should().Be(ResultStatus.Forbidden);
        byPage.StatusCode.Should().Be(HttpStatusCode.Redirect);
        byPage.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
        list.Should().NotContain("เทศบาลนครเชียงใหม่").And.NotContain("Chiang Mai City Municipality", "another user's notification is never listed");
        (await NotificationsOfAsync(provincial)).Single().Read.Should().BeFalse();
    }

    [Fact]
    public async Task Bell_ThaiProvincialOfficerAfterSubmission_ShowsTheCountAndOpeningGoesToTheReview()
    {
        var (municipal, _, provincial, _, _) = await PeopleAsync();
        var id = await app.CreateInventoryAsync("CMI-CM", 2017);
        await app.MoveAsync(municipal, id, s => s.SubmitAsync);
        var client = AppFactory.InThai(await app.ClientForAsync(provincial));

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var notificationId = await app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == provincial.Id).Select(n => n.Id).SingleAsync());
        using var open = await AppFactory.PostFormAsync(client, "/Notifications", new Dictionary<string, string>(), $"/Notifications?handler=Open&id={notificationId}");
        var after = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        home.Should().Contain("id=\"notification-count\">1<").And.Contain("การแจ้งเตือน: ยังไม่ได้อ่าน 1 รายการ");
        // 2017 + 543 = 2560; no code or id is shown, only the sentence and the date.
        list.Should().Contain("เทศบาลนครเชียงใหม่ ส่งบัญชีก๊าซเรือนกระจกปี พ.ศ. 2560 ให้ตรวจสอบแล้ว").And.NotContain("CMI-CM").And.NotContain(">" + id.ToString());
        open.StatusCode.Should().Be(HttpStatusCode.Redirect);
        open.Headers.Location!.OriginalString.Should().Be($"/Inventories/Review/{id}");
        after.Should().NotContain("id=\"notification-count\"");
    }

    [Fact]
    public async Task EmailChoices_TurnOffOneKind_IsKeptAndTheOthersStayOn()
    {
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var client = await app.ClientForAsync(provincial);

        using var saved = await AppFactory.PostFormAsync(client, "/Account/Settings", new Dictionary<string, string>
        {
            ["Send"] = nameof(NotificationKind.Comment),
        });
        var choices = await app.AsUserAsync<EmailChoices, Result<IReadOnlyList<EmailChoice>>>(provincial, (s, p) => s.GetAsync(p, CancellationToken.None));
        var page = await client.GetStringAsync(new Uri("/Account/Settings", UriKind.Relative));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        choices.Value!.Where(c => c.Send).Select(c => c.Kind).Should().Equal(NotificationKind.Comment);
        page.Should().Contain("id=\"send-Comment\" checked=\"checked\"").And.Contain("id=\"email-off\"");
        page.Should().NotContain("id=\"send-Submitted\" checked");
    }

    private async Task<Guid> CommentAsync(TestUser user, AddCommentInput input)
    {
        var result = await app.AsUserAsync<InventoryWorkflowService, Result<Guid>>(user, (s, p) => s.CommentAsync(p, input, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value;
    }
}
