using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using InventoryEntity = LowCarbonCity.Domain.Inventory.Inventory;

namespace LowCarbonCity.Domain.Tests.Verification;

/// <summary>The verification's rules: who may be assigned, what blocks a statement, materiality, corrections.</summary>
public sealed class InventoryVerificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly VerificationBody Body = new(7, "TGO-VB-001", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));

    private static InventoryEntity Approved()
    {
        var inventory = new InventoryEntity(Guid.NewGuid(), 1, 2025, InventoryKind.Organisation, 1, "AR5", Now);
        inventory.MoveTo(InventoryStatus.Submitted, Now);
        inventory.MoveTo(InventoryStatus.Approved, Now);
        return inventory;
    }

    private static InventoryVerification Assigned(InventoryEntity inventory) =>
        InventoryVerification.Assign(Guid.NewGuid(), inventory, Body, 5m, "tgo", Today, Now);

    private static readonly StatementInput Statement = new(AssuranceLevel.Limited, "ISO 14064-3:2019", VerificationOpinion.Unmodified, null, Today, "Somchai", "Lead verifier");

    [Fact]
    public void Assign_DraftInventory_IsRefused()
    {
        var draft = new InventoryEntity(Guid.NewGuid(), 1, 2025, InventoryKind.Organisation, 1, "AR5", Now);

        var act = () => InventoryVerification.Assign(Guid.NewGuid(), draft, Body, 5m, "tgo", Today, Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.notApproved");
    }

    [Fact]
    public void Assign_BodyWhoseRegistrationEnded_IsRefused()
    {
        var act = () => InventoryVerification.Assign(Guid.NewGuid(), Approved(), Body, 5m, "tgo", new DateOnly(2028, 1, 1), Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.body.expired");
    }

    [Fact]
    public void Issue_WithAnUnclosedCorrectiveAction_IsRefused_AndAllowedOnceClosed()
    {
        var inventory = Approved();
        var verification = Assigned(inventory);
        var car = verification.Raise(Guid.NewGuid(), FindingKind.CorrectiveAction, null, "Electricity bill for March missing", 1_200m, Today.AddDays(14), "verifier", Now);
        verification.Raise(Guid.NewGuid(), FindingKind.Observation, null, "Keep meter photos", null, Today.AddDays(14), "verifier", Now);
        var totals = new VerifiedTotals(13_702.95m, 59_988m, 0m);

        var early = () => verification.Issue(Statement, inventory, totals, "verifier", Now);
        early.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.statement.openCorrectiveActions");

        verification.Answer(car.Id, Guid.NewGuid(), "Added", "officer", Now);
        verification.Close(car.Id, Guid.NewGuid(), null, "verifier", Now);
        var statement = verification.Issue(Statement, inventory, totals, "verifier", Now);

        // 13,702.95 + 59,988 + 0 = 73,690.95 kg; the period is the inventory's calendar year.
        statement.TotalKg.Should().Be(73_690.95m);
        statement.PeriodStart.Should().Be(new DateOnly(2025, 1, 1));
        statement.PeriodEnd.Should().Be(new DateOnly(2025, 12, 31));
        statement.MaterialityPercent.Should().Be(5m);
        verification.Stage.Should().Be(VerificationStage.StatementIssued);
    }

    [Fact]
    public void Close_AnUnansweredCorrectiveAction_IsRefused()
    {
        var verification = Assigned(Approved());
        var car = verification.Raise(Guid.NewGuid(), FindingKind.CorrectiveAction, null, "Missing month", null, Today, "verifier", Now);

        var act = () => verification.Close(car.Id, Guid.NewGuid(), null, "verifier", Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.finding.unanswered");
    }

    [Fact]
    public void Reopen_AClosedFinding_BlocksTheStatementAgain()
    {
        var verification = Assigned(Approved());
        var car = verification.Raise(Guid.NewGuid(), FindingKind.CorrectiveAction, null, "Missing month", 500m, Today, "verifier", Now);
        verification.Answer(car.Id, Guid.NewGuid(), "Fixed", "officer", Now);
        verification.Close(car.Id, Guid.NewGuid(), "ok", "verifier", Now);

        verification.Reopen(car.Id, Guid.NewGuid(), "Still missing April", "verifier", Now);

        car.Status.Should().Be(FindingStatus.Open);
        car.Responses.Select(r => r.Kind).Should().Equal(FindingResponseKind.Answer, FindingResponseKind.Close, FindingResponseKind.Reopen);
        verification.UncorrectedMisstatementKg.Should().Be(500m);
    }

    [Fact]
    public void Materiality_FivePercentOfTheTotal()
    {
        // 5 % of 73,690.95 kg = 3,684.5475 kg; 1,200 kg is 1.628... % of it: not material; 3,700 kg is.
        Materiality.ThresholdKg(73_690.95m, 5m).Should().Be(3_684.5475m);
        Materiality.IsMaterial(1_200m, 73_690.95m, 5m).Should().BeFalse();
        Materiality.IsMaterial(3_700m, 73_690.95m, 5m).Should().BeTrue();
        Materiality.ShareOfTotalPercent(1_200m, 73_690.95m).Should().BeApproximately(1.6284m, 0.0001m);
        Materiality.ShareOfTotalPercent(1m, 0m).Should().BeNull();
    }

    [Fact]
    public void OpenForCorrection_MakesTheApprovedInventoryEditable_UntilEnded()
    {
        var inventory = Approved();
        var findingId = Guid.NewGuid();

        inventory.OpenForCorrection(findingId, Now);
        inventory.IsEditable.Should().BeTrue();
        inventory.Status.Should().Be(InventoryStatus.Approved);

        var issue = () => Assigned(inventory).Issue(Statement, inventory, new VerifiedTotals(1m, 0m, 0m), "verifier", Now);
        issue.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.statement.notApproved");

        inventory.EndCorrection(Now);
        inventory.IsEditable.Should().BeFalse();
    }

    [Fact]
    public void OpenForCorrection_ADraft_IsRefused()
    {
        var draft = new InventoryEntity(Guid.NewGuid(), 1, 2025, InventoryKind.Organisation, 1, "AR5", Now);

        var act = () => draft.OpenForCorrection(Guid.NewGuid(), Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("inventory.correction.notApproved");
    }

    [Fact]
    public void Issue_ModifiedOpinionWithoutReason_IsRefusedNamingTheField()
    {
        var inventory = Approved();
        var verification = Assigned(inventory);

        var act = () => verification.Issue(Statement with { Opinion = VerificationOpinion.Modified }, inventory, new VerifiedTotals(1m, 1m, 0m), "verifier", Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("OpinionText");
    }

    [Fact]
    public void Certify_AnIssuedStatement_MakesTheInventoryVerifiedAndFinal()
    {
        var inventory = Approved();
        var verification = Assigned(inventory);
        verification.Issue(Statement, inventory, new VerifiedTotals(1m, 0m, 0m), "verifier", Now);
        var version = inventory.Version;

        verification.Certify(inventory, "tgo", Now);

        verification.Stage.Should().Be(VerificationStage.Certified);
        inventory.Status.Should().Be(InventoryStatus.Verified);
        inventory.Version.Should().Be(version + 1);
        var reopen = () => inventory.MoveTo(InventoryStatus.Returned, Now);
        reopen.Should().Throw<DomainRuleException>().Which.Code.Should().Be("status.transition");
        var edit = () => inventory.AddLine(ActivityLine.WithNotationKey(Guid.NewGuid(), inventory.Id, ActivityCategory.OnRoadDiesel, NotationKey.NO, "none"), Now);
        edit.Should().Throw<DomainRuleException>().Which.Code.Should().Be("inventory.locked");
    }

    [Fact]
    public void Certify_WithoutAStatement_IsRefusedAndTheInventoryStaysApproved()
    {
        var inventory = Approved();
        var verification = Assigned(inventory);

        var act = () => verification.Certify(inventory, "tgo", Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("verification.certify.noStatement");
        inventory.Status.Should().Be(InventoryStatus.Approved);
        var oneClick = () => inventory.MoveTo(InventoryStatus.Verified, Now);
        oneClick.Should().Throw<DomainRuleException>().Which.Code.Should().Be("status.transition");
    }
}
