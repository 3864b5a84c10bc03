using LowCarbonCity.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>A line's CO2e (kg) before and after a change; null where the line has no value (new, or a notation key).</summary>
public sealed record LineEffect(decimal? BeforeKg, decimal? AfterKg)
{
    public decimal DifferenceKg => (AfterKg ?? 0m) - (BeforeKg ?? 0m);
}

/// <summary>The inventory's CO2e (kg) in one scope before and after a batch of changes.</summary>
public sealed record ScopeEffect(EmissionScope Scope, decimal BeforeKg, decimal AfterKg);

/// <summary>
/// What a batch of line changes would do to the figures, measured on the results the calculator staged for it (the
/// same ones an import saves): each change by its label, and the totals by scope. The other lines of a shared landfill
/// site that the change recalculates move the scope totals too, so the totals are not just the sum of the changes.
/// </summary>
public sealed record ChangeEffects(IReadOnlyDictionary<string, LineEffect> ByLabel, IReadOnlyList<ScopeEffect> Totals)
{
    /// <summary>Reads the staged result rows: removed ones are the figures before, added ones the figures after.</summary>
    public static ChangeEffects FromStaged(ChangeTracker tracker, IReadOnlyDictionary<string, Guid> lineOfLabel, IReadOnlyDictionary<EmissionScope, decimal> totalsBefore)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(lineOfLabel);
        ArgumentNullException.ThrowIfNull(totalsBefore);
        var results = tracker.Entries<ActivityLineResult>().Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        var before = Sum(results.Where(e => e.State == EntityState.Deleted));
        var after = Sum(results.Where(e => e.State == EntityState.Added));

        var byLabel = lineOfLabel.ToDictionary(
            p => p.Key,
            p => new LineEffect(before.GetValueOrDefault(p.Value), after.GetValueOrDefault(p.Value)),
            StringComparer.Ordinal);

        var delta = new Dictionary<EmissionScope, decimal>();
        foreach (var entry in results)
        {
            var sign = entry.State == EntityState.Added ? 1m : -1m;
            delta[entry.Entity.Scope] = delta.GetValueOrDefault(entry.Entity.Scope) + sign * (entry.Entity.Co2eKg ?? 0m);
        }

        var totals = totalsBefore.Keys.Union(delta.Keys).Order()
            .Select(scope => new ScopeEffect(scope, totalsBefore.GetValueOrDefault(scope), totalsBefore.GetValueOrDefault(scope) + delta.GetValueOrDefault(scope)))
            .ToList();
        return new ChangeEffects(byLabel, totals);
    }

    /// <summary>Per line, the sum of its result rows' CO2e; null for a line whose rows carry none (a notation key).</summary>
    private static Dictionary<Guid, decimal?> Sum(IEnumerable<EntityEntry<ActivityLineResult>> rows) =>
        rows.GroupBy(e => e.Entity.LineId).ToDictionary(
            g => g.Key,
            g => g.Any(e => e.Entity.Co2eKg is not null) ? g.Sum(e => e.Entity.Co2eKg ?? 0m) : (decimal?)null);
}
