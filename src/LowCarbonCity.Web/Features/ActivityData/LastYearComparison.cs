using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>A line as the year-on-year comparison matches it: its own id, the line it was copied from, and its key.</summary>
public sealed record LineKey(Guid Id, Guid? PreviousLineId, ActivityCategory Category, string? Description, Guid? SolidWasteSiteId)
{
    public static LineKey Of(ActivityLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Id, line.PreviousLineId, line.Category, line.Description, line.SolidWasteSiteId);
    }
}

/// <summary>A line of the previous year's inventory: what it is (for matching) and what it had.</summary>
public sealed record PreviousLine(Guid Id, ActivityCategory Category, string? Description, Guid? SolidWasteSiteId, Quantity? Quantity, NotationKey? NotationKey);

/// <summary>The previous inventory's year and, for each of this year's lines that has one, the same line in it.</summary>
public sealed record LastYearLines(int? Year, IReadOnlyDictionary<Guid, PreviousLine> ByLine)
{
    public static readonly LastYearLines None = new(null, new Dictionary<Guid, PreviousLine>());

    public PreviousLine? Of(Guid lineId) => ByLine.GetValueOrDefault(lineId);
}

/// <summary>
/// The year-on-year check, line by line: a line is compared with the SAME line of the previous inventory (the
/// organisation's latest earlier inventory of the same kind), never with a category's total. The same line is the
/// one it was copied from (<see cref="ActivityLine.PreviousLineId"/>); for a line entered anew, the previous line
/// with the same category, description (trimmed, case and spacing ignored) and disposal site, when exactly one line
/// of each year has that key (otherwise there is nothing to compare with). A quantity more than
/// <see cref="Threshold"/> (30 %) away from the same line's needs a written explanation. Quantities in different
/// dimensions (litres against MJ) are not compared; a change from zero to anything is more than 30 %.
/// </summary>
public static class LastYearComparison
{
    /// <summary>The relative change above which an explanation is required: 0.30.</summary>
    public const decimal Threshold = 0.30m;

    /// <summary>The relative change from <paramref name="lastYear"/> to <paramref name="thisYear"/> (0.5 = +50 %), or null when they cannot be compared.</summary>
    public static decimal? Change(Quantity? lastYear, Quantity? thisYear)
    {
        if (lastYear is not { } last || thisYear is not { } current || !current.IsConvertibleTo(last.Unit))
        {
            return null;
        }

        var now = current.ConvertTo(last.Unit).Value;
        if (last.Value == 0m)
        {
            return now == 0m ? 0m : null;
        }

        return (now - last.Value) / last.Value;
    }

    /// <summary>Whether the change needs an explanation: more than 30 % either way, or from zero to a positive quantity.</summary>
    public static bool NeedsExplanation(Quantity? lastYear, Quantity? thisYear)
    {
        if (lastYear is not { } last || thisYear is not { } current || !current.IsConvertibleTo(last.Unit))
        {
            return false;
        }

        return last.Value == 0m ? current.Value != 0m : Math.Abs(Change(last, current)!.Value) > Threshold;
    }

    /// <summary>For each of <paramref name="lines"/> that has one, the same line among <paramref name="previous"/> (see the class summary).</summary>
    public static IReadOnlyDictionary<Guid, PreviousLine> Match(IReadOnlyCollection<LineKey> lines, IReadOnlyCollection<PreviousLine> previous)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(previous);
        var byId = previous.ToDictionary(p => p.Id);
        var matched = new Dictionary<Guid, PreviousLine>();
        var claimed = new HashSet<Guid>();
        foreach (var line in lines)
        {
            if (line.PreviousLineId is { } id && byId.TryGetValue(id, out var source) && claimed.Add(id))
            {
                matched[line.Id] = source;
            }
        }

        var candidates = previous.Where(p => !claimed.Contains(p.Id))
            .ToLookup(p => KeyOf(p.Category, p.Description, p.SolidWasteSiteId), StringComparer.Ordinal);
        foreach (var group in lines.Where(l => !matched.ContainsKey(l.Id))
                     .GroupBy(l => KeyOf(l.Category, l.Description, l.SolidWasteSiteId), StringComparer.Ordinal))
        {
            if (group.Count() == 1 && candidates[group.Key].ToList() is [var only])
            {
                matched[group.Single().Id] = only;
            }
        }

        return matched;
    }

    private static string KeyOf(ActivityCategory category, string? description, Guid? site) =>
        $"{category}|{site}|{string.Join(' ', (description ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant()}";
}

/// <summary>Reads the previous inventory's lines for <see cref="LastYearComparison"/>.</summary>
public sealed class LastYearLineReader(AppDbContext db)
{
    /// <summary>
    /// The same line last year for each of <paramref name="lines"/> of the organisation's inventory of
    /// <paramref name="year"/>; the caller has checked that the user may view that inventory.
    /// </summary>
    public async Task<LastYearLines> ForAsync(int organisationId, InventoryKind kind, int year, IReadOnlyCollection<LineKey> lines, CancellationToken ct, ActivityCategory? category = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var previous = await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind == kind && i.Year < year)
            .OrderByDescending(i => i.Year).Select(i => new { i.Id, i.Year }).FirstOrDefaultAsync(ct);
        if (previous is null)
        {
            return LastYearLines.None;
        }

        var query = db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == previous.Id);
        if (category is { } only)
        {
            query = query.Where(l => l.Category == only);
        }

        var rows = await query.ToListAsync(ct);
        var candidates = rows.Select(l => new PreviousLine(l.Id, l.Category, l.Description, l.SolidWasteSiteId, l.Quantity, l.NotationKey)).ToList();
        return new LastYearLines(previous.Year, LastYearComparison.Match(lines, candidates));
    }

    /// <summary>
    /// The same line last year of a line about to be saved (<paramref name="input"/>, as line <paramref name="lineId"/>,
    /// or a new line when null), matched among the inventory's stored lines. Only lines of the same category can be
    /// the same line, so only their keys are read: a write's cost does not grow with the rest of the inventory.
    /// </summary>
    public async Task<PreviousLine?> ForInputAsync(Inventory inventory, Guid? lineId, LineInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Category is not { } category)
        {
            return null;
        }

        var id = lineId ?? Guid.NewGuid();
        var stored = await db.ActivityLines.AsNoTracking()
            .Where(l => l.InventoryId == inventory.Id && l.Category == category)
            .Select(l => new { l.Id, l.PreviousLineId, l.Description, l.SolidWasteSiteId })
            .ToListAsync(ct);
        var keys = stored.Where(l => l.Id != id).Select(l => new LineKey(l.Id, l.PreviousLineId, category, l.Description, l.SolidWasteSiteId))
            .Append(new LineKey(id, stored.FirstOrDefault(l => l.Id == id)?.PreviousLineId, category, input.Description, input.SolidWasteSiteId))
            .ToList();
        return (await ForAsync(inventory.OrganisationId, inventory.Kind, inventory.Year, keys, ct, category)).Of(id);
    }
}
