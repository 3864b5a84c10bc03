using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Evidence;
using LowCarbonCity.Web.Features.Inventories;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>One line of the editor: the line, its stored results, the same line's value last year and what the user may do.</summary>
public sealed record LineCard(
    LineSummary Line,
    CategoryDefinition Definition,
    int Year,
    bool IsCity,
    bool Editable,
    IReadOnlyList<LineResultSummary> Results,
    string? GwpSetCode,
    Features.ActivityData.PreviousLine? LastYear,
    int? LastYearYear,
    int CommentCount)
{
    /// <summary>The view data key of the line's factor citations (by part and gas) its details show.</summary>
    public const string CitationsKey = "FactorCitations";

    /// <summary>The element id prefix of this line's fields: <c>l{id:N}-</c>.</summary>
    public string Prefix => "l" + Line.Id.ToString("N") + "-";

    /// <summary>The line's emissions in t CO2e (every part), or null when nothing was calculated (notation key).</summary>
    public decimal? Tonnes => Results.Any(r => r.Co2e is not null) ? Results.Sum(r => r.Co2e?.Value ?? 0m) / 1000m : null;

    /// <summary>Whether this card shows what the user posted (a failed save) instead of the stored values.</summary>
    public bool Posted { get; init; }

    /// <summary>A conflict message for this card (someone else saved the line meanwhile).</summary>
    public string? Conflict { get; init; }

    /// <summary>The evidence files attached to this line.</summary>
    public IReadOnlyList<EvidenceSummary> Evidence { get; init; } = [];

    /// <summary>The relative change from last year (0.5 = +50 %), or null.</summary>
    public decimal? Change => Features.ActivityData.LastYearComparison.Change(LastYear?.Quantity, Line.Amount is { } a && Line.UnitCode is { } u && Unit.TryFromCode(u, out var unit) ? new Quantity(a, unit) : null);
}

/// <summary>A group of lines (a scope and category, or a GPC sector and sub-sector) with its total.</summary>
public sealed record LineGroup(string Key, string Heading, IReadOnlyList<LineSubgroup> Subgroups)
{
    public decimal Tonnes => Subgroups.Sum(s => s.Tonnes);
}

public sealed record LineSubgroup(string Key, string Heading, IReadOnlyList<LineCard> Cards)
{
    public decimal Tonnes => Cards.Sum(c => c.Tonnes ?? 0m);
}

/// <summary>What the editor shows: the inventory, its lines grouped, evidence and results.</summary>
public sealed record EditorView(InventoryDetail Detail, IReadOnlyList<LineGroup> Groups, IReadOnlyList<EvidenceSummary> Evidence, decimal TotalTonnes)
{
    public bool IsCity => Detail.Summary.Kind == InventoryKind.City;

    public IEnumerable<LineCard> Cards => Groups.SelectMany(g => g.Subgroups).SelectMany(s => s.Cards);

    /// <summary>Groups by scope then category (organisations) or by GPC sector then sub-sector (cities).</summary>
    public static EditorView Build(
        InventoryDetail detail, InventoryResults? results, Features.ActivityData.LastYearLines lastYear,
        IReadOnlyList<EvidenceSummary> evidence, Resources.Texts texts)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lastYear);
        var isCity = detail.Summary.Kind == InventoryKind.City;
        // Results and comments grouped once by line, not searched per card (that grew with the square of the lines).
        var resultsOf = (results?.Lines ?? []).ToLookup(r => r.LineId);
        var commentsOf = detail.Comments.Where(c => c.LineId is not null).ToLookup(c => c.LineId);
        var evidenceOf = evidence.ToLookup(f => f.LineId);
        var cards = detail.Lines.Select(l => new LineCard(
            l, ActivityCategories.Get(l.Category), detail.Summary.Year, isCity, detail.Permissions.CanEdit,
            resultsOf[l.Id].ToList(), results?.GwpSetCode,
            lastYear.Of(l.Id), lastYear.Year,
            commentsOf[l.Id].Count())
        {
            Evidence = evidenceOf[l.Id].ToList(),
        }).ToList();
        List<LineGroup> groups;
        if (isCity)
        {
            groups = cards.GroupBy(c => c.Line.GpcSubsector ?? c.Definition.DefaultGpcSubsector)
                .GroupBy(g => GpcSubsectors.SectorOf(g.Key)).OrderBy(g => g.Key)
                .Select(sector => new LineGroup(
                    sector.Key.ToString(), EditorTexts.Sector(sector.Key),
                    sector.OrderBy(s => s.Key).Select(s => new LineSubgroup(
                        s.Key.ToString(), EditorTexts.Subsector(s.Key),
                        s.OrderBy(c => c.Line.Category).ThenBy(c => c.Line.Description, StringComparer.CurrentCulture).ThenBy(c => c.Line.Id).ToList())).ToList()))
                .ToList();
        }
        else
        {
            groups = cards.GroupBy(c => c.Definition.CfoScope).OrderBy(g => g.Key)
                .Select(scope => new LineGroup(
                    scope.Key.ToString(), texts["Editor_" + scope.Key].Value,
                    scope.GroupBy(c => c.Line.Category).OrderBy(g => g.Key).Select(c => new LineSubgroup(
                        c.Key.ToString(), Display.Pick(c.First().Definition.NameTh, c.First().Definition.NameEn),
                        c.OrderBy(x => x.Line.Description, StringComparer.CurrentCulture).ThenBy(x => x.Line.Id).ToList())).ToList()))
                .ToList();
        }

        return new EditorView(detail, groups, evidence, groups.Sum(g => g.Tonnes));
    }
}

/// <summary>The editor's texts named by an enum value (notation keys, GPC sub-sectors and sectors).</summary>
public static class EditorTexts
{
    public static string Notation(NotationKey key) => Text("Editor_Notation_" + key);

    public static string Subsector(GpcSubsector subsector) => GpcSubsectors.Reference(subsector) + " " + Text("Editor_Gpc_" + subsector);

    public static string Sector(GpcSector sector) => Text("Editor_Sector_" + sector);

    private static string Text(string key) => Resources.Texts.Instance[key].Value;
}
