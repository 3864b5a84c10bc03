using System.Net;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Tests.Infrastructure;

namespace LowCarbonCity.Web.Tests.Verification;

/// <summary>The workflow's edges around a verification: the province's reopen, and certifying over open comments.</summary>
public sealed partial class VerificationFlowTests
{
    [Fact]
    public async Task Reopen_ByTheProvinceWhileAVerifierWorks_IsRefusedInThai_AndTheInventoryStaysApproved()
    {
        var (id, people) = await AssignedAsync();
        using var provincial = AppFactory.InThai(await app.ClientForAsync(people.Provincial));
        var version = (await app.InventoryAsync(id)).Version;

        using var refused = await PostAsync(provincial, $"/Inventories/Review/{id}", "Reopen",
            new() { ["Transition.ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Transition.Reason"] = "ข้อมูลไฟฟ้าผิด" });

        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("บัญชีนี้อยู่ระหว่างการทวนสอบ การแก้ไขข้อมูลต้องทำผ่านข้อค้นพบของการทวนสอบ");
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Approved);
        var service = await app.MoveAsync(people.Provincial, id, s => s.ReopenAsync, "ข้อมูลไฟฟ้าผิด");
        service.IsOk.Should().BeFalse("the service refuses it too, whatever the door");
    }

    [Fact]
    public async Task Certify_OverAnUnansweredComment_NeedsTgosReason_ThenTheInventoryIsVerified()
    {
        var (id, people) = await AssignedAsync();
        var page = $"/Verification/Inventory/{id}";
        using var verifier = AppFactory.InThai(await app.ClientForAsync(people.Verifier));
        using var tgo = AppFactory.InThai(await app.ClientForAsync(people.Tgo));
        (await PostAsync(verifier, page, "Issue", Statement())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var comment = await app.AsUserAsync<InventoryWorkflowService, LowCarbonCity.Web.Features.Shared.Result<Guid>>(people.Provincial,
            (s, p) => s.CommentAsync(p, new AddCommentInput { InventoryId = id, Text = "ขอสำเนาใบแจ้งหนี้" }, CancellationToken.None));
        comment.IsOk.Should().BeTrue();

        using (var refused = await PostAsync(tgo, page, "Certify", []))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("certify-reason");
        }

        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Approved);
        (await PostAsync(tgo, page, "Certify", new() { ["CertifyReason"] = "ความเห็นเป็นเรื่องรูปแบบ ไม่กระทบตัวเลขที่ทวนสอบแล้ว" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Verified);
    }
}
