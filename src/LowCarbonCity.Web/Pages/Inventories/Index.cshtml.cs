using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The officer's home: the inventories the user may see by year and status with their stored totals, and what
/// awaits them (drafts and returned inventories and unanswered comments for a municipal officer, submitted
/// inventories of the province for a provincial officer, approved ones for a TGO analyst).
/// </summary>
public sealed class IndexModel(InventoryService inventories, InventoryOverviewService overview, UserAccess access) : PageModel
{
    public IReadOnlyList<InventorySummary> Mine { get; private set; } = [];

    public IReadOnlyList<InventorySummary> Awaiting { get; private set; } = [];

    public IReadOnlyList<OpenComment> OpenComments { get; private set; } = [];

    public IReadOnlyDictionary<Guid, decimal> TotalsKg { get; private set; } = new Dictionary<Guid, decimal>();

    /// <summary>Whether the user reviews (provincial officer): awaiting items link to the review page.</summary>
    public bool IsReviewer { get; private set; }

    /// <summary>The latest return's reason of each returned inventory in <see cref="Awaiting"/>.</summary>
    public IReadOnlyDictionary<Guid, string> ReturnReasons { get; private set; } = new Dictionary<Guid, string>();

    public bool CanStart { get; private set; }

    /// <summary>A TGO analyst: approved inventories await their verification, and the national views are theirs.</summary>
    public bool IsVerifier => _scope.IsTgoAnalyst;

    /// <summary>A provincial officer: their province's board is where they see who has not started.</summary>
    public bool HasProvince => _scope.ProvinceIds.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Mine = await inventories.ListAsync(User, ct);
        Awaiting = await inventories.AwaitingAsync(User, ct);
        ReturnReasons = await overview.ReturnReasonsAsync(User, Awaiting.Where(i => i.Status == InventoryStatus.Returned).Select(i => i.Id).ToList(), ct);
        OpenComments = await overview.OpenCommentsAsync(User, ct);
        TotalsKg = await overview.TotalsAsync(User, Mine.Select(i => i.Id).ToList(), ct);
        var scope = await access.ScopeOfAsync(User, ct);
        IsReviewer = scope.ProvinceIds.Count > 0 || scope.IsTgoAnalyst;
        _scope = scope;
        CanStart = await inventories.CanCreateAsync(User, null, ct);
        return Page();
    }

    private AccessScope _scope = AccessScope.None;

    /// <summary>
    /// Whether the row offers "submit": a draft or returned inventory of an organisation whose data this user enters
    /// (the same rule the submit page applies); a reviewer sees the others' drafts without it. The list carries no
    /// province: with none, a rule that needed one would only hide the link, and the submit page still decides.
    /// </summary>
    public bool OffersSubmit(InventorySummary inventory) =>
        inventory is { Status: InventoryStatus.Draft or InventoryStatus.Returned }
        && OrganisationAuthorizationHandler.Allows(_scope, nameof(Operations.Submit), new OrganisationResource(inventory.OrganisationId, ProvinceId: 0));

    public string? TotalTonnes(Guid id) => TotalsKg.TryGetValue(id, out var kg) ? Display.Tonnes(kg / 1000m) : null;
}
