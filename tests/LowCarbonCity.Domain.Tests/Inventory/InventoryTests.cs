using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using InventoryEntity = LowCarbonCity.Domain.Inventory.Inventory;

namespace LowCarbonCity.Domain.Tests.Inventory;

public sealed class InventoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1900)]
    [InlineData(2101)]
    public void Constructor_YearOutsideRange_IsRefused(int year)
    {
        var act = () => new InventoryEntity(Guid.NewGuid(), 1, year, InventoryKind.Organisation, 1, "AR5", Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Year");
    }

    [Theory]
    [InlineData(InventoryStatus.Draft, InventoryStatus.Submitted, true)]
    [InlineData(InventoryStatus.Submitted, InventoryStatus.Returned, true)]
    [InlineData(InventoryStatus.Returned, InventoryStatus.Submitted, true)]
    [InlineData(InventoryStatus.Submitted, InventoryStatus.Approved, true)]
    [InlineData(InventoryStatus.Approved, InventoryStatus.Verified, false)]
    [InlineData(InventoryStatus.Approved, InventoryStatus.Returned, true)]
    [InlineData(InventoryStatus.Verified, InventoryStatus.Returned, false)]
    [InlineData(InventoryStatus.Draft, InventoryStatus.Approved, false)]
    [InlineData(InventoryStatus.Draft, InventoryStatus.Verified, false)]
    [InlineData(InventoryStatus.Submitted, InventoryStatus.Verified, false)]
    [InlineData(InventoryStatus.Returned, InventoryStatus.Approved, false)]
    [InlineData(InventoryStatus.Verified, InventoryStatus.Approved, false)]
    public void CanMove_Transition_FollowsTheWorkflow(InventoryStatus from, InventoryStatus to, bool allowed) =>
        InventoryWorkflow.CanMove(from, to).Should().Be(allowed);

    [Fact]
    public void AddLine_ApprovedInventory_IsRefusedBecauseLocked()
    {
        var inventory = new InventoryEntity(Guid.NewGuid(), 1, 2024, InventoryKind.Organisation, 1, "AR5", Now);
        inventory.MoveTo(InventoryStatus.Submitted, Now);
        inventory.MoveTo(InventoryStatus.Approved, Now);

        var act = () => inventory.AddLine(
            ActivityLine.WithAnnualQuantity(Guid.NewGuid(), inventory.Id, ActivityCategory.OnRoadDiesel, new Quantity(1m, Unit.Litre)), Now);

        inventory.IsLocked.Should().BeTrue();
        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("inventory.locked");
    }

    [Fact]
    public void MoveTo_NotAllowed_IsRefusedAndStatusUnchanged()
    {
        var inventory = new InventoryEntity(Guid.NewGuid(), 1, 2024, InventoryKind.City, 1, "AR5", Now);

        var act = () => inventory.MoveTo(InventoryStatus.Verified, Now);

        act.Should().Throw<DomainRuleException>();
        inventory.Status.Should().Be(InventoryStatus.Draft);
    }
}
