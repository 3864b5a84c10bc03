using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>A top-level comment by someone else on one of the user's inventories that nobody has answered yet.</summary>
public sealed record OpenComment(Guid CommentId, Guid InventoryId, string OrganisationNameEn, string OrganisationNameTh, int Year, string User, string Text, DateTimeOffset At);

/// <summary>One year of an organisation's inventories (same kind), with its stored total.</summary>
public sealed record YearTotal(Guid InventoryId, int Year, InventoryStatus Status, decimal Co2eKg);

/// <summary>What still stops a submission: required items no line covers, and placeholder lines without data.</summary>
public sealed record SubmissionChecklist(IReadOnlyList<RequiredItem> MissingItems, IReadOnlyList<(Guid LineId, ActivityCategory Category, string? Description)> Placeholders)
{
    public bool IsComplete => MissingItems.Count == 0 && Placeholders.Count == 0;
}

/// <summary>What the officer's home and summary pages need beyond <see cref="InventoryService"/>: stored totals, open comments, trend.</summary>
public sealed class InventoryOverviewService(AppDbContext db, UserAccess access, ResourceGuard guard)
{
    /// <summary>The stored total (kg CO2e) of each inventory the user may see among <paramref name="inventoryIds"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> TotalsAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> inventoryIds, CancellationToken ct)
    {
        var ids = inventoryIds.ToList();
        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var rows = await db.ActivityLineResults.AsNoTracking()
            .Where(r => ids.Contains(r.InventoryId) && db.Inventories.Any(i => i.Id == r.InventoryId && visible.Any(o => o.Id == i.OrganisationId)))
            .Select(r => new { r.InventoryId, r.Co2eKg })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.InventoryId).ToDictionary(g => g.Key, g => g.Sum(r => r.Co2eKg ?? 0m));
    }

    /// <summary>Why each returned inventory the user may see among <paramref name="inventoryIds"/> came back: its latest return's reason.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ReturnReasonsAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> inventoryIds, CancellationToken ct)
    {
        var ids = inventoryIds.ToList();
        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var returns = await db.InventoryStatusChanges.AsNoTracking()
            .Where(c => ids.Contains(c.InventoryId) && c.To == InventoryStatus.Returned && c.Reason != null
                && db.Inventories.Any(i => i.Id == c.InventoryId && i.Status == InventoryStatus.Returned && visible.Any(o => o.Id == i.OrganisationId)))
            .Select(c => new { c.InventoryId, c.Reason, c.At })
            .ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset in SQL; an inventory has a handful of returns at most.
        return returns.GroupBy(r => r.InventoryId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.At)!.Reason!);
    }

    /// <summary>Comments by others on the inventories of the municipal officer's organisations that have no reply yet, oldest first.</summary>
    public async Task<IReadOnlyList<OpenComment>> OpenCommentsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        var orgIds = scope.MunicipalOrganisationIds.ToList();
        if (orgIds.Count == 0)
        {
            return [];
        }

        var userId = UserAccess.UserIdOf(user);
        var rows = await (from c in db.InventoryComments.AsNoTracking()
                          join i in db.Inventories on c.InventoryId equals i.Id
                          join u in db.Users on c.UserId equals u.Id
                          where orgIds.Contains(i.OrganisationId) && c.ParentId == null && c.UserId != userId
                                && !db.InventoryComments.Any(r => r.ParentId == c.Id)
                          select new OpenComment(c.Id, i.Id, i.Organisation!.NameEn, i.Organisation.NameTh, i.Year, u.DisplayName ?? u.Email ?? u.Id, c.Text, c.At))
            .ToListAsync(ct);
        return rows.OrderBy(c => c.At).ToList();
    }

    /// <summary>The organisation's inventories of the same kind up to this one's year, oldest first, with stored totals.</summary>
    public async Task<Result<IReadOnlyList<YearTotal>>> TrendAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<IReadOnlyList<YearTotal>>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<IReadOnlyList<YearTotal>>.Forbidden();
        }

        var current = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId).Select(i => new { i.OrganisationId, i.Kind, i.Year }).SingleAsync(ct);
        var years = await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == current.OrganisationId && i.Kind == current.Kind && i.Year <= current.Year)
            .Select(i => new { i.Id, i.Year, i.Status })
            .ToListAsync(ct);
        var ids = years.Select(y => y.Id).ToList();
        var results = await db.ActivityLineResults.AsNoTracking().Where(r => ids.Contains(r.InventoryId))
            .Select(r => new { r.InventoryId, r.Co2eKg }).ToListAsync(ct);
        return Result<IReadOnlyList<YearTotal>>.Ok(years.OrderBy(y => y.Year)
            .Select(y => new YearTotal(y.Id, y.Year, y.Status, results.Where(r => r.InventoryId == y.Id).Sum(r => r.Co2eKg ?? 0m)))
            .ToList());
    }

    /// <summary>The submission checklist of an inventory the user may view (the same rules <see cref="InventoryWorkflowService.SubmitAsync"/> applies).</summary>
    public async Task<Result<SubmissionChecklist>> ChecklistAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<SubmissionChecklist>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<SubmissionChecklist>.Forbidden();
        }

        var inventory = await db.Inventories.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == inventoryId, ct);
        return Result<SubmissionChecklist>.Ok(new SubmissionChecklist(
            RequiredCategories.Missing(inventory.Kind, inventory.Lines),
            inventory.Lines.Where(LinePlaceholders.Is).OrderBy(l => l.Category).Select(l => (l.Id, l.Category, l.Description)).ToList()));
    }

    /// <summary>Whether the user may do <paramref name="operation"/> on the inventory's organisation (null: no such inventory).</summary>
    public async Task<bool?> AllowsAsync(ClaimsPrincipal user, Guid inventoryId, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        return resource is null ? null : await guard.AllowsAsync(user, resource, operation);
    }

    /// <summary>The organisations the user may open inventories for (EditActivity), by code.</summary>
    public async Task<IReadOnlyList<(int Id, string Code, string NameEn, string NameTh)>> EditableOrganisationsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        var ids = scope.MunicipalOrganisationIds.ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Code)
            .Select(o => new { o.Id, o.Code, o.NameEn, o.NameTh, o.ProvinceId }).ToListAsync(ct);
        var result = new List<(int, string, string, string)>();
        foreach (var o in organisations)
        {
            if (await guard.AllowsAsync(user, new OrganisationResource(o.Id, o.ProvinceId), Operations.EditActivity))
            {
                result.Add((o.Id, o.Code, o.NameEn, o.NameTh));
            }
        }

        return result;
    }
}
