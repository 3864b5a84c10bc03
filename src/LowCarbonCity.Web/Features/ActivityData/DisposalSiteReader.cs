using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>
/// A disposal site as a landfill line's form shows it beside the pick-list: its name, how it is managed, its climate
/// zone, its cover and a summary of its deposit history (read-only here).
/// </summary>
public sealed record DisposalSiteSummary(
    Guid Id, string Name, SiteManagement Management, ClimateZone Climate, bool CoveredWithOxidisingMaterial,
    int? FirstYear, int? LastYear, decimal TotalTonnes, int DepositYears);

/// <summary>The disposal sites of an organisation, for the landfill lines of its inventories.</summary>
public sealed class DisposalSiteReader(AppDbContext db)
{
    /// <summary>
    /// The sites of <paramref name="organisationId"/> by name; the caller has checked that the user may view one of
    /// that organisation's inventories.
    /// </summary>
    public async Task<IReadOnlyList<DisposalSiteSummary>> OfOrganisationAsync(int organisationId, CancellationToken ct)
    {
        // A site and its deposits (owned, loaded with it) are small: one deposit per year and waste type.
        var sites = await db.SolidWasteSites.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(ct);
        return sites
            .Select(s => new DisposalSiteSummary(
                s.Id, s.Name, s.Management, s.Climate, s.CoveredWithOxidisingMaterial,
                s.Deposits.Count == 0 ? null : s.Deposits.Min(d => d.Year), s.Deposits.Count == 0 ? null : s.Deposits.Max(d => d.Year),
                s.Deposits.Sum(d => d.Tonnes), s.Deposits.Select(d => d.Year).Distinct().Count()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}
