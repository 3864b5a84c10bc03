using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// Everything an inventory's calculation depends on besides its activity records: the factor edition, the GWP
/// set, the inventory kind (CFO or GPC city) and year, and options.
/// </summary>
/// <param name="Edition">The factor edition (see <see cref="FactorEditionSelector"/>); stored with every result.</param>
/// <param name="GwpSet">The GWP set CO2e is derived with (TGO CFO: AR5).</param>
/// <param name="Kind">Organisation (TGO CFO scopes) or City (GPC sub-sectors and reporting levels).</param>
/// <param name="Year">The inventory year (waste methods need it).</param>
public sealed record CalculationBasis(EmissionFactorEdition Edition, GwpSet GwpSet, InventoryKind Kind, int Year)
{
    /// <summary>
    /// Adds, for every grid-electricity line, the upstream of electricity (fuel extraction, refining, transport) as
    /// a separate scope-3 part (CFO scope 3 category 3; GPC VI.1), with the edition's UpstreamElectricity factor.
    /// </summary>
    public bool IncludeElectricityUpstream { get; init; }

    /// <summary>
    /// City inventories only: the share (0 to less than 1) of the grid factor that is due to transmission and
    /// distribution losses. When set, each grid-electricity line is split into x.2 (consumption, share 1 − L) and
    /// x.3 (T&amp;D losses, share L, BASIC+). The TGO factor already contains T&amp;D losses, so the split moves
    /// emissions between cells and never adds any. When null, the x.3 cells get the notation key IE (included in
    /// x.2). Must be null for an organisation (CFO): it would count T&amp;D losses twice.
    /// </summary>
    public decimal? GridLossShare { get; init; }
}
