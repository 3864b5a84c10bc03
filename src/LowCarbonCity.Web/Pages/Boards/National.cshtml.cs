using System.Text.Json;
using LowCarbonCity.Web.Features.Boards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Boards;

/// <summary>The national board: per province for a year, ranked server-side by the figure in <c>?sort=</c>, and the targets panel.</summary>
public sealed class NationalModel(BoardQueries boards, BoardTargetQueries boardTargets) : PageModel
{
    public NationalBoard Board { get; private set; } = null!;

    /// <summary>How many provinces and organisations have a target, and every province target with its status.</summary>
    public NationalTargets Targets { get; private set; } = new(0, 0, []);

    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int? year, NationalSort sort = NationalSort.Total, CancellationToken ct = default)
    {
        var result = await boards.NationalAsync(User, year, Enum.IsDefined(sort) ? sort : NationalSort.Total, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Board = result.Value!;
        var targets = await boardTargets.NationalAsync(User, ct);
        if (await this.FailureAsync(targets, () => Task.FromResult<IActionResult>(Page())) is { } refused)
        {
            return refused;
        }

        Targets = targets.Value!;
        var reportingProvinces = Board.Provinces.Where(p => p.ReportedTonnes is not null).ToList();
        ChartJson = JsonSerializer.Serialize(new
        {
            label = Resources.Texts.Instance["Board_ChartLabel"].Value,
            provinces = new
            {
                labels = reportingProvinces.Select(p => Display.Pick(p.NameTh, p.NameEn)),
                values = reportingProvinces.Select(p => Math.Round(p.ReportedTonnes!.Value, 3, MidpointRounding.AwayFromZero)),
            },
        });
        return Page();
    }
}
