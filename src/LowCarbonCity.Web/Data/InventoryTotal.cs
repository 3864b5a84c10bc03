using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// A summary row of an inventory's stored results: the CO2e of its lines with a value, per sector (category group),
/// GPC sector and scope. Kept in the same unit of work as the line results (<see cref="Features.Calculation.InventoryTotals"/>), so it
/// always equals their sum; roll-ups read these few rows per inventory instead of every line. Year, kind and
/// organisation never change on an inventory, so they are copied here for the roll-up's index; the status does
/// change, and <see cref="InventoryTotalStatusSync"/> moves it here in the same SaveChanges as the inventory's, so a
/// roll-up filters on reported statuses without joining every inventory (docs/adr/0011-status-in-the-summary.md).
/// </summary>
public sealed class InventoryTotal
{
    private InventoryTotal()
    {
    }

    public InventoryTotal(
        Guid inventoryId, int organisationId, int year, InventoryKind kind, InventoryStatus status, CategoryGroup sector, string? gpcSector,
        EmissionScope scope, decimal co2eKg, int lines)
    {
        InventoryId = inventoryId;
        OrganisationId = organisationId;
        Year = year;
        Kind = kind;
        Status = status;
        Sector = sector;
        GpcSector = gpcSector;
        Scope = scope;
        Co2eKg = co2eKg;
        Lines = lines;
    }

    public long Id { get; private set; }

    public Guid InventoryId { get; private set; }

    public int OrganisationId { get; private set; }

    public int Year { get; private set; }

    public InventoryKind Kind { get; private set; }

    /// <summary>The inventory's workflow status, kept equal to it by <see cref="InventoryTotalStatusSync"/>.</summary>
    public InventoryStatus Status { get; private set; }

    public CategoryGroup Sector { get; private set; }

    /// <summary>The first part of the GPC reference (I, II, III...), null when the lines have none.</summary>
    public string? GpcSector { get; private set; }

    public EmissionScope Scope { get; private set; }

    /// <summary>Sum of the stored line CO2e (kg) of this group; lines with a notation key are not in it.</summary>
    public decimal Co2eKg { get; private set; }

    /// <summary>How many result lines (with a value) the sum covers.</summary>
    public int Lines { get; private set; }

    /// <summary>Adds a change of the group's lines (<see cref="Features.Calculation.InventoryTotals.Update"/>): CO2e and line count, either may be negative.</summary>
    public void Add(decimal co2eKg, int lines)
    {
        Co2eKg += co2eKg;
        Lines += lines;
    }

    /// <summary>Follows the inventory to its new status.</summary>
    public void Follow(InventoryStatus status) => Status = status;
}
