using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.RollUps;

/// <summary>
/// Completeness of a roll-up, counted in SQL: per region/province/organisation type (as grouped) and year, the
/// organisations that keep inventories, how many inventories are at each status, and who has none reported.
/// </summary>
internal static class RollupCompleteness
{
    /// <summary>Inventories of one region/province/type cell (as grouped), year and status, of organisations that keep inventories.</summary>
    public sealed record StatusCount(Region? Region, string? Province, OrganisationType? Type, int Year, InventoryStatus Status, int Count);

    /// <summary>
    /// The expected organisations are counted here among <paramref name="visible"/> (the caller's); the inventories
    /// per status come in <paramref name="statuses"/>, counted by the roll-up's one scan of the years' inventories.
    /// </summary>
    public static async Task<IReadOnlyList<Completeness>> ComputeAsync(
        IQueryable<Organisation> visible, IReadOnlyList<StatusCount> statuses, Grouping g, int fromYear, int toYear, CancellationToken ct)
    {
        var keeping = Enum.GetValues<OrganisationType>().Where(OrganisationTypeRules.KeepsInventories).ToList();
        var expected = await visible.Where(o => keeping.Contains(o.Type))
            .GroupBy(o => new
            {
                Region = g.Region ? (Region?)o.Province!.Region : null,
                Province = g.Province ? o.Province!.Code : null,
                Type = g.Type ? (OrganisationType?)o.Type : null,
            })
            .Select(x => new { x.Key.Region, x.Key.Province, x.Key.Type, Count = x.Count() })
            .ToListAsync(ct);
        var list = new List<Completeness>();
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var e in expected.OrderBy(e => e.Region).ThenBy(e => e.Province, StringComparer.Ordinal).ThenBy(e => e.Type))
            {
                var cell = statuses.Where(s => s.Region == e.Region && s.Province == e.Province && s.Type == e.Type && s.Year == year).ToList();
                var byStatus = Enum.GetValues<InventoryStatus>().ToDictionary(s => s, s => cell.Where(c => c.Status == s).Sum(c => c.Count));
                var reporting = Counted.Statuses(CountingPurpose.Completeness).Sum(s => byStatus[s]);
                var withInventory = byStatus.Values.Sum();
                list.Add(new Completeness(e.Region, e.Province, year, e.Count, reporting, Math.Max(0, e.Count - reporting), e.Type,
                    Math.Max(0, e.Count - withInventory), byStatus));
            }
        }

        return list;
    }
}
