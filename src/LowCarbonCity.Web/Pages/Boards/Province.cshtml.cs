using System.Text.Json;
using LowCarbonCity.Web.Features.Boards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Boards;

/// <summary>
/// The province board: organisations by status for a year, the province's reported totals by scope and sector, and its
/// targets (each on or off track, the gap chart of the first or the chosen one).
/// </summary>
public sealed class ProvinceModel(BoardQueries boards, BoardTargetQueries boardTargets, Features.Organisations.OrganisationDirectory directory) : PageModel
{
    public ProvinceBoard Board { get; private set; } = null!;

    /// <summary>Provinces to choose from (national users only; empty otherwise).</summary>
    public IReadOnlyList<Features.Organisations.ProvinceSummary> Provinces { get; private set; } = [];

    /// <summary>The chart data block: labels and tonnes per scope and per sector, in the page's language.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>The province's targets the user may see, the organisations with a target, and whether the user may create one.</summary>
    public ProvinceTargets Targets { get; private set; } = new([], 0, false);

    /// <summary>The target whose gap chart shows: the one asked for (<c>?target=</c>) if it is the province's, else the first; null without targets.</summary>
    public BoardTarget? Charted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? province, int? year, int? target, CancellationToken ct)
    {
        var result = await boards.ProvinceAsync(User, province, year, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Board = result.Value!;
        var targets = await boardTargets.ProvinceAsync(User, Board.ProvinceCode, ct);
        if (await this.FailureAsync(targets, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        Targets = targets.Value!;
        Charted = Targets.Targets.FirstOrDefault(t => t.Target.Id == target) ?? (Targets.Targets.Count > 0 ? Targets.Targets[0] : null);
        if (User.IsInRole(Hosting.Roles.TgoAnalyst) || User.IsInRole(Hosting.Roles.Administrator))
        {
            Provinces = await directory.ListProvincesAsync(ct);
        }

        var t = Resources.Texts.Instance;
        ChartJson = JsonSerializer.Serialize(new
        {
            label = t["Board_ChartLabel"].Value,
            scopes = new { labels = Board.ByScope.Select(s => t["Scope_" + s.Key].Value), values = Board.ByScope.Select(s => Math.Round(s.Co2eTonnes, 3, MidpointRounding.AwayFromZero)) },
            sectors = new { labels = Board.BySector.Select(s => t["Board_Sector_" + s.Key].Value), values = Board.BySector.Select(s => Math.Round(s.Co2eTonnes, 3, MidpointRounding.AwayFromZero)) },
        });
        return Page();
    }
}
