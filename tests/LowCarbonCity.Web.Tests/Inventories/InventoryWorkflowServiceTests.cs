using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Inventories;

public sealed class InventoryWorkflowServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear;

    [Fact]
    public async Task Workflow_FullRoundTrip_EveryAllowedTransitionRecordedInHistory()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var id = await app.CreateInventoryAsync("CMI-CM", 2021);

        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ReturnAsync, "Electricity bill for March missing")).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ReopenAsync, "Typo in fuel")).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(municipal, id, s => s.SubmitAsync)).Status.Should().Be(ResultStatus.Ok);
        (await app.MoveAsync(provincial, id, s => s.ApproveAsync)).Status.Should().Be(ResultStatus.Ok);
        // TGO's verify is the certification of a verifier's statement: refused until one is issued.
        (await app.MoveAsync(tgo, id, s => s.VerifyAsync)).Status.Should().Be(ResultStatus.Invalid);
        await app.IssueStatementAsync(id);
        (await app.MoveAsync(tgo, id, s => s.VerifyAsync)).Status.Should().Be(ResultStatus.Ok);
        // Verified is final: nobody reopens it.
        (await app.MoveAsync(tgo, id, s => s.ReopenAsync, "Grid factor corrected")).Status.Should().Be(ResultStatus.Forbidden);
        (await app.MoveAsync(provincial, id, s => s.ReopenAsync, "Grid factor corrected")).Status.Should().Be(ResultStatus.Invalid);

        var detail = await app.AsUserAsync<InventoryService, Result<InventoryDetail>>(municipal, (s, p) => s.GetAsync(p, id, CancellationToken.None));
        detail.Value!.Summary.Status.Should().Be(InventoryStatus.Verified);
        detail.Value.History.Select(h => (h.From, h.To)).Should().Equal(
            (InventoryStatus.Draft, InventoryStatus.Submitted), (InventoryStatus.Submitted, InventoryStatus.Returned),
            (InventoryStatus.Returned, InventoryStatus.Submitted), (InventoryStatus.Submitted, InventoryStatus.Approved),
            (InventoryStatus.Approved, InventoryStatus.Returned),
            (InventoryStatus.Returned, InventoryStatus.Submitted), (InventoryStatus.Submitted, InventoryStatus.Approved),
            (InventoryStatus.Approved, InventoryStatus.Verified));
        detail.Value.History[1].Reason.Should().Be("Electricity bill for March missing");
        detail.Value.History[4].Reason.Should().Be("Typo in fuel");
        (await app.WithDbAsync(db => db.Verifications.SingleAsync(v => v.InventoryId == id))).Stage.Should().Be(LowCarbonCity.Domain.Verification.VerificationStage.Certified);
    }

    [Fact]
    public async Task SubmitAsync_RequiredCategoriesMissing_ReturnsInvalidListingWhatIsMissing()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2015, complete: false);

        var result = await app.MoveAsync(municipal, id, s => s.SubmitAsync);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors["Lines"].Should().HaveCount(3).And.Contain(m => m.Contains("Grid electricity", StringComparison.Ordinal));
        (await app.InventoryAsync(id)).Status.Should().Be(InventoryStatus.Draft);
    }

    public static TheoryData<InventoryStatus, string, string, ResultStatus> Refusals => new()
    {
        // status, who, move, outcome
        { InventoryStatus.Draft, "provincial", "submit", ResultStatus.Forbidden },
        { InventoryStatus.Draft, "municipalOther", "submit", ResultStatus.Forbidden },
        { InventoryStatus.Draft, "provincial", "approve", ResultStatus.Invalid },
        { InventoryStatus.Draft, "tgo", "verify", ResultStatus.Invalid },
        { InventoryStatus.Submitted, "municipal", "submit", ResultStatus.Invalid },
        { InventoryStatus.Submitted, "municipal", "approve", ResultStatus.Forbidden },
        { InventoryStatus.Submitted, "provincialOther", "approve", ResultStatus.Forbidden },
        { InventoryStatus.Submitted, "provincialOther", "return", ResultStatus.Forbidden },
        { InventoryStatus.Submitted, "tgo", "approve", ResultStatus.Forbidden },
        { InventoryStatus.Submitted, "provincial", "return-noreason", ResultStatus.Invalid },
        { InventoryStatus.Submitted, "tgo", "verify", ResultStatus.Invalid },
        { InventoryStatus.Approved, "provincial", "verify", ResultStatus.Forbidden },
        { InventoryStatus.Approved, "municipal", "submit", ResultStatus.Invalid },
        { InventoryStatus.Approved, "provincial", "reopen-noreason", ResultStatus.Invalid },
        { InventoryStatus.Approved, "municipal", "reopen", ResultStatus.Forbidden },
        { InventoryStatus.Approved, "admin", "verify", ResultStatus.Forbidden },
        { InventoryStatus.Approved, "tgo", "verify", ResultStatus.Invalid },
        { InventoryStatus.Verified, "provincial", "reopen", ResultStatus.Invalid },
        { InventoryStatus.Verified, "tgo", "reopen", ResultStatus.Forbidden },
        { InventoryStatus.Verified, "tgo", "verify", ResultStatus.Invalid },
        { InventoryStatus.Returned, "provincial", "approve", ResultStatus.Invalid },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Move_NotAllowedForRoleOrStatus_IsRefusedAndChangesNothing(InventoryStatus status, string who, string move, ResultStatus expected)
    {
        var user = who switch
        {
            "municipal" => await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"),
            "municipalOther" => await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"),
            "provincial" => await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"),
            "provincialOther" => await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20"),
            "tgo" => await app.CreateUserAsync(Roles.TgoAnalyst),
            _ => await app.CreateUserAsync(Roles.Administrator),
        };
        var id = await app.CreateInventoryAsync("CMI-CM", 2040 + Interlocked.Increment(ref _nextYear), complete: true);
        await app.SetStatusAsync(id, status);
        var before = await app.InventoryAsync(id);

        var result = move switch
        {
            "submit" => await app.MoveAsync(user, id, s => s.SubmitAsync),
            "approve" => await app.MoveAsync(user, id, s => s.ApproveAsync),
            "return" => await app.MoveAsync(user, id, s => s.ReturnAsync, "reason"),
            "return-noreason" => await app.MoveAsync(user, id, s => s.ReturnAsync),
            "verify" => await app.MoveAsync(user, id, s => s.VerifyAsync),
            "reopen" => await app.MoveAsync(user, id, s => s.ReopenAsync, "reason"),
            _ => await app.MoveAsync(user, id, s => s.ReopenAsync),
        };

        result.Status.Should().Be(expected);
        var after = await app.InventoryAsync(id);
        after.Status.Should().Be(status);
        after.Version.Should().Be(before.Version);
        (await app.WithDbAsync(db => db.InventoryStatusChanges.CountAsync(c => c.InventoryId == id))).Should().Be(0);
    }

    [Fact]
    public async Task AwaitingAsync_EachRole_SeesOnlyWhatWaitsForThem()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "KKN-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-40");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var draft = await app.CreateInventoryAsync("KKN-CM", 2012);
        var submitted = await app.CreateInventoryAsync("KKN-CM", 2013);
        var approved = await app.CreateInventoryAsync("KKN-CM", 2014);
        await app.SetStatusAsync(submitted, InventoryStatus.Submitted);
        await app.SetStatusAsync(approved, InventoryStatus.Approved);
        await app.IssueStatementAsync(approved);
        var approvedUnverified = await app.CreateInventoryAsync("KKN-CM", 2015);
        await app.SetStatusAsync(approvedUnverified, InventoryStatus.Approved);

        async Task<IReadOnlyList<Guid>> Awaiting(TestUser u) =>
            (await app.AsUserAsync<InventoryService, IReadOnlyList<InventorySummary>>(u, (s, p) => s.AwaitingAsync(p, CancellationToken.None))).Select(i => i.Id).ToList();

        (await Awaiting(municipal)).Should().Contain(draft).And.NotContain([submitted, approved]);
        (await Awaiting(provincial)).Should().Contain(submitted).And.NotContain([draft, approved]);
        // TGO: an approved inventory whose verifier's statement awaits certification; not one without a statement.
        (await Awaiting(tgo)).Should().Contain(approved).And.NotContain([draft, submitted, approvedUnverified]);
    }

    [Fact]
    public async Task ListAsync_MunicipalAndProvincialOfficers_SeeOnlyTheirOrganisationsFilteredInTheQuery()
    {
        var own = await app.CreateInventoryAsync("NMA-CM", 2016);
        var other = await app.CreateInventoryAsync("LCB-CM", 2016);
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "NMA-CM");
        var provincialOther = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-20");
        var admin = await app.CreateUserAsync(Roles.Administrator);

        async Task<IReadOnlyList<Guid>> List(TestUser u) =>
            (await app.AsUserAsync<InventoryService, IReadOnlyList<InventorySummary>>(u, (s, p) => s.ListAsync(p, CancellationToken.None))).Select(i => i.Id).ToList();

        (await List(municipal)).Should().Contain(own).And.NotContain(other);
        (await List(provincialOther)).Should().Contain(other).And.NotContain(own);
        (await List(admin)).Should().Contain([own, other]);
    }

    [Fact]
    public async Task CreateAsync_MunicipalOfficerOfTheLao_PinsTheEditionForTheYear_OtherLaoForbidden()
    {
        await app.CreateInventoryAsync("CMI-CM", 2010); // makes sure an edition exists
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var cmi = await app.OrganisationIdAsync("CMI-CM");
        var lcb = await app.OrganisationIdAsync("LCB-CM");

        var created = await app.AsUserAsync<InventoryService, Result<Guid>>(municipal, (s, p) => s.CreateAsync(p, new CreateInventoryInput { OrganisationId = cmi, Year = 2011, Kind = InventoryKind.City }, CancellationToken.None));
        var forbidden = await app.AsUserAsync<InventoryService, Result<Guid>>(municipal, (s, p) => s.CreateAsync(p, new CreateInventoryInput { OrganisationId = lcb, Year = 2011 }, CancellationToken.None));

        created.Status.Should().Be(ResultStatus.Ok);
        var inventory = await app.InventoryAsync(created.Value);
        inventory.Status.Should().Be(InventoryStatus.Draft);
        inventory.GwpSetCode.Should().NotBeNullOrEmpty();
        forbidden.Status.Should().Be(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task CommentAsync_BothSidesCommentAndReplyOnALine_VisibleToBoth()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var provincial = await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50");
        var stranger = await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM");
        var id = await app.CreateInventoryAsync("CMI-CM", 2017);
        var lineId = (await app.InventoryAsync(id)).Lines[0].Id;

        var question = await app.AsUserAsync<InventoryWorkflowService, Result<Guid>>(provincial, (s, p) => s.CommentAsync(p, new AddCommentInput { InventoryId = id, LineId = lineId, Text = "Which meter?" }, CancellationToken.None));
        var reply = await app.AsUserAsync<InventoryWorkflowService, Result<Guid>>(municipal, (s, p) => s.CommentAsync(p, new AddCommentInput { InventoryId = id, LineId = lineId, ParentId = question.Value, Text = "Main building" }, CancellationToken.None));
        var refused = await app.AsUserAsync<InventoryWorkflowService, Result<Guid>>(stranger, (s, p) => s.CommentAsync(p, new AddCommentInput { InventoryId = id, Text = "Hello" }, CancellationToken.None));

        question.Status.Should().Be(ResultStatus.Ok);
        reply.Status.Should().Be(ResultStatus.Ok);
        refused.Status.Should().Be(ResultStatus.Forbidden);
        foreach (var viewer in new[] { municipal, provincial })
        {
            var detail = await app.AsUserAsync<InventoryService, Result<InventoryDetail>>(viewer, (s, p) => s.GetAsync(p, id, CancellationToken.None));
            detail.Value!.Comments.Should().HaveCount(2);
            detail.Value.Comments.Should().Contain(c => c.ParentId == question.Value && c.Text == "Main building" && c.LineId == lineId);
        }
    }
}
