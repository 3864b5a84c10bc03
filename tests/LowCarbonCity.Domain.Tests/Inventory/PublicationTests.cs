using LowCarbonCity.Domain.Inventory;
using InventoryEntity = LowCarbonCity.Domain.Inventory.Inventory;

namespace LowCarbonCity.Domain.Tests.Inventory;

/// <summary>Only reviewed data is published; reopening takes it off the public pages until it is published again.</summary>
public sealed class PublicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static InventoryEntity At(params InventoryStatus[] path)
    {
        var inventory = new InventoryEntity(Guid.NewGuid(), 1, 2025, InventoryKind.Organisation, 1, "AR5", Now);
        foreach (var step in path)
        {
            inventory.MoveTo(step, Now);
        }

        return inventory;
    }

    [Theory]
    [InlineData(new InventoryStatus[0])]
    [InlineData(new[] { InventoryStatus.Submitted })]
    [InlineData(new[] { InventoryStatus.Submitted, InventoryStatus.Returned })]
    public void Publish_NotYetApproved_IsRefusedNamingTheField(InventoryStatus[] path)
    {
        var inventory = At(path);

        var act = () => inventory.Publish(Now);

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("inventory.publish.notApproved");
        inventory.PublishedAt.Should().BeNull();
        inventory.IsPublic.Should().BeFalse();
    }

    [Fact]
    public void Publish_Approved_IsPublicAndMovesTheVersionOnce()
    {
        var inventory = At(InventoryStatus.Submitted, InventoryStatus.Approved);
        var version = inventory.Version;

        inventory.Publish(Now);
        inventory.Publish(Now.AddDays(1));

        inventory.IsPublic.Should().BeTrue();
        inventory.PublishedAt.Should().Be(Now, "publishing again keeps the first date");
        inventory.Version.Should().Be(version + 1);
    }

    [Fact]
    public void Reopen_PublishedApproved_LeavesThePublicPagesAndStaysOffWhenApprovedAgain()
    {
        var inventory = At(InventoryStatus.Submitted, InventoryStatus.Approved);
        inventory.Publish(Now);

        inventory.MoveTo(InventoryStatus.Returned, Now);
        inventory.IsPublic.Should().BeFalse();
        inventory.MoveTo(InventoryStatus.Submitted, Now);
        inventory.MoveTo(InventoryStatus.Approved, Now);

        inventory.PublishedAt.Should().BeNull("changed data is published again only by choice");
    }

    [Fact]
    public void Withdraw_Published_IsNoLongerPublic()
    {
        var inventory = At(InventoryStatus.Submitted, InventoryStatus.Approved);
        inventory.Publish(Now);

        inventory.Withdraw(Now);

        inventory.IsPublic.Should().BeFalse();
        inventory.PublishedAt.Should().BeNull();
    }
}
