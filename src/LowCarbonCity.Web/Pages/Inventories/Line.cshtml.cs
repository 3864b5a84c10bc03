using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>Edits or deletes one activity line, on the version the user saw.</summary>
public sealed class LineModel(InventoryService inventories, ActivityDataService activity) : PageModel
{
    public Guid InventoryId { get; private set; }

    public LineSummary? Current { get; private set; }

    [BindProperty]
    public LineInput Line { get; set; } = new();

    [BindProperty]
    public int ExpectedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        if (inventoryId is null)
        {
            return NotFound();
        }

        var result = await inventories.GetAsync(User, inventoryId.Value, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        InventoryId = inventoryId.Value;
        Current = result.Value!.Lines.First(l => l.Id == id);
        if (!ModelState.IsValid || Request.Method == HttpMethods.Get)
        {
            ExpectedVersion = Current.Version;
            Line = new LineInput
            {
                Category = Current.Category, GpcSubsector = Current.GpcSubsector, Amount = Current.Amount, UnitCode = Current.UnitCode,
                NotationKey = Current.NotationKey, NotationExplanation = Current.NotationExplanation, Description = Current.Description,
                DataSource = Current.DataSource, DataQuality = Current.DataQuality,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await activity.UpdateLineAsync(User, id, ExpectedVersion, Line, ct);
        return await this.FailureAsync(result, () => Redisplay(id, ct), nameof(Line))
            ?? RedirectToPage("/Inventories/Detail", new { id = await activity.InventoryOfLineAsync(id, ct) });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var inventoryId = await activity.InventoryOfLineAsync(id, ct);
        var result = await activity.DeleteLineAsync(User, id, ExpectedVersion, ct);
        return await this.FailureAsync(result, () => Redisplay(id, ct)) ?? RedirectToPage("/Inventories/Detail", new { id = inventoryId });
    }

    private async Task<IActionResult> Redisplay(Guid id, CancellationToken ct)
    {
        var posted = Line;
        var result = await OnGetAsync(id, ct);
        Line = posted;
        return result;
    }
}
