using LowCarbonCity.Web.Features.Inventories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>The audit trail of one inventory.</summary>
public sealed class AuditModel(InventoryService inventories) : PageModel
{
    public Guid InventoryId { get; private set; }

    public IReadOnlyList<AuditEntrySummary> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await inventories.AuditTrailAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        InventoryId = id;
        Entries = result.Value!;
        return Page();
    }
}
