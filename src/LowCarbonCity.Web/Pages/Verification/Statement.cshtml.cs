using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification;

/// <summary>
/// An inventory's verification statement as a PDF, in Thai (<c>?lang=th</c>, or <c>?culture=th</c>) or English, for
/// whoever may view the inventory (the service checks View); 404 while no statement is issued.
/// </summary>
public sealed class StatementModel(StatementReader statements, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid inventoryId, string? lang, string? culture, CancellationToken ct)
    {
        var result = await statements.ForUserAsync(User, inventoryId, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(NotFound())) is { } failure)
        {
            return failure;
        }

        var file = StatementPdfWriter.Write(result.Value!, Reports.InventoryModel.CultureOf(lang ?? culture), clock.GetUtcNow());
        return File(file.Content, file.ContentType, file.FileName);
    }
}
