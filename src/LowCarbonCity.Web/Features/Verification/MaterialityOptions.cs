using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// The materiality threshold of each programme, percent of the inventory's total (configuration
/// <c>Verification:MaterialityPercent:Organisation</c> and <c>:City</c>; TGO's CFO verification uses 5 %). An
/// assignment keeps the value of its day. Checked at start: above 0, at most 100.
/// </summary>
public sealed class MaterialityOptions
{
    public const string Section = "Verification:MaterialityPercent";

    /// <summary>The TGO CFO programme (inventories of kind Organisation).</summary>
    [Range(typeof(decimal), "0.0001", "100")]
    public decimal Organisation { get; set; } = InventoryVerification.DefaultMaterialityPercent;

    /// <summary>The city (GPC) programme.</summary>
    [Range(typeof(decimal), "0.0001", "100")]
    public decimal City { get; set; } = InventoryVerification.DefaultMaterialityPercent;

    public decimal For(InventoryKind kind) => kind switch
    {
        InventoryKind.Organisation => Organisation,
        InventoryKind.City => City,
    };
}
