using System.Security.Claims;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>Creates, lists and shows inventories, each call checked for the user on the inventory's organisation.</summary>
public sealed class InventoryService(AppDbContext db, UserAccess access, ResourceGuard guard, TimeProvider clock)
{
    /// <summary>
    /// Whether the user may open an inventory: for that organisation when it exists (EditActivity on it), else
    /// (no or unknown organisation) whether they may open one for any organisation, so a caller without the right
    /// is refused before the body's shape is judged.
    /// </summary>
    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, int? organisationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (organisationId is { } id)
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new { o.Id, o.ProvinceId }).FirstOrDefaultAsync(ct);
            if (organisation is not null)
            {
                return await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.EditActivity);
            }
        }

        var scope = await access.ScopeOfAsync(user, ct);
        if (scope.MunicipalOrganisationIds.Count == 0)
        {
            return false;
        }

        var own = scope.MunicipalOrganisationIds.Min();
        var province = await db.Organisations.AsNoTracking().Where(o => o.Id == own).Select(o => o.ProvinceId).FirstOrDefaultAsync(ct);
        return await guard.AllowsAsync(user, new OrganisationResource(own, province), Operations.EditActivity);
    }

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, CreateInventoryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == input.OrganisationId)
            .Select(o => new { o.Id, o.ProvinceId, o.Type }).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.EditActivity))
        {
            return Result<Guid>.Forbidden();
        }

        if (await db.Inventories.AnyAsync(i => i.OrganisationId == input.OrganisationId && i.Year == input.Year && i.Kind == input.Kind, ct))
        {
            return Result<Guid>.Invalid(nameof(input.Year), $"A {input.Kind} inventory for {input.Year} already exists.");
        }

        var edition = await db.EmissionFactorEditions.AsNoTracking()
            .Where(e => e.ValidFromYear <= input.Year && (e.ValidToYear == null || e.ValidToYear >= input.Year))
            .OrderByDescending(e => e.ValidFromYear)
            .Select(e => new { e.Id, e.DefaultGwpSetCode })
            .FirstOrDefaultAsync(ct);
        if (edition is null)
        {
            return Result<Guid>.Invalid(nameof(input.Year), $"No emission-factor edition applies to {input.Year}.");
        }

        try
        {
            var inventory = new Inventory(Guid.NewGuid(), input.OrganisationId, input.Year, input.Kind, edition.Id, GwpConventions.DefaultFor(input.Kind, edition.DefaultGwpSetCode), clock.GetUtcNow());
            db.Inventories.Add(inventory);
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(inventory.Id);
        }
        catch (LowCarbonCity.Domain.DomainRuleException e)
        {
            return Result<Guid>.Invalid(e.Field, e.Message);
        }
    }

    /// <summary>The inventories the user may see, newest year first (filtered in SQL).</summary>
    public async Task<IReadOnlyList<InventorySummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = await access.VisibleOrganisationsAsync(user, ct);
        return await Project(db.Inventories.AsNoTracking().Where(i => visible.Any(o => o.Id == i.OrganisationId))
                .OrderByDescending(i => i.Year).ThenBy(i => i.Organisation!.Code).ThenBy(i => i.Kind))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The inventories the user may see that match the filters, newest year first, one page at a time with the total
    /// (filtered and paged in SQL, docs/conventions.md A3).
    /// </summary>
    public async Task<Result<PageOf<InventorySummary>>> SearchAsync(ClaimsPrincipal user, InventoryQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1)
        {
            return Result<PageOf<InventorySummary>>.Invalid(nameof(query.Page), "Pages start at 1.");
        }

        if (query.PageSize is < 1 or > InventoryQuery.MaxPageSize)
        {
            return Result<PageOf<InventorySummary>>.Invalid(nameof(query.PageSize), $"A page holds 1 to {InventoryQuery.MaxPageSize} items.");
        }

        var visible = await access.VisibleOrganisationsAsync(user, ct);
        var inventories = db.Inventories.AsNoTracking().Where(i => visible.Any(o => o.Id == i.OrganisationId));
        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            inventories = inventories.Where(i => i.Organisation!.Province!.Code == query.Province);
        }

        if (!string.IsNullOrWhiteSpace(query.Organisation))
        {
            inventories = inventories.Where(i => i.Organisation!.Code == query.Organisation);
        }

        if (query.Year is { } year)
        {
            inventories = inventories.Where(i => i.Year == year);
        }

        if (query.Kind is { } kind)
        {
            inventories = inventories.Where(i => i.Kind == kind);
        }

        if (query.Status is { } status)
        {
            inventories = inventories.Where(i => i.Status == status);
        }

        var total = await inventories.CountAsync(ct);
        var items = await Project(inventories
                .OrderByDescending(i => i.Year).ThenBy(i => i.Organisation!.Code).ThenBy(i => i.Kind).ThenBy(i => i.Id)
                .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize))
            .ToListAsync(ct);
        return Result<PageOf<InventorySummary>>.Ok(new PageOf<InventorySummary>(items, query.Page, query.PageSize, total));
    }

    /// <summary>
    /// What awaits the user: a municipal officer's drafts and returned inventories, a provincial officer's submitted
    /// inventories of the province, a TGO analyst's approved inventories whose verification statement awaits certification.
    /// </summary>
    public async Task<IReadOnlyList<InventorySummary>> AwaitingAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.ScopeOfAsync(user, ct);
        var orgIds = scope.MunicipalOrganisationIds.ToList();
        var provinceIds = scope.ProvinceIds.ToList();
        var tgo = scope.IsTgoAnalyst;
        var query = db.Inventories.AsNoTracking().Where(i =>
            (orgIds.Contains(i.OrganisationId) && (i.Status == InventoryStatus.Draft || i.Status == InventoryStatus.Returned))
            || (provinceIds.Contains(i.Organisation!.ProvinceId) && i.Status == InventoryStatus.Submitted)
            || (tgo && i.Status == InventoryStatus.Approved
                && db.Verifications.Any(v => v.InventoryId == i.Id && v.Stage == Domain.Verification.VerificationStage.StatementIssued)));
        // SQLite cannot order by DateTimeOffset in SQL; the list is short, so it is ordered here.
        return (await Project(query).ToListAsync(ct)).OrderBy(i => i.UpdatedAt).ToList();
    }

    public async Task<Result<InventoryDetail>> GetAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<InventoryDetail>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<InventoryDetail>.Forbidden();
        }

        var summary = await Project(db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)).SingleAsync(ct);
        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var history = await (from c in db.InventoryStatusChanges.AsNoTracking()
                             join u in db.Users on c.UserId equals u.Id
                             where c.InventoryId == inventoryId
                             select new StatusChangeSummary(c.From, c.To, u.DisplayName ?? u.Email ?? u.Id, c.Reason, c.At)).ToListAsync(ct);
        var comments = await (from c in db.InventoryComments.AsNoTracking()
                              join u in db.Users on c.UserId equals u.Id
                              where c.InventoryId == inventoryId
                              select new CommentSummary(c.Id, c.LineId, c.ParentId, u.DisplayName ?? u.Email ?? u.Id, c.Text, c.At)).ToListAsync(ct);
        var scope = await access.ScopeOfAsync(user, ct);
        bool Can(Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement op) =>
            OrganisationAuthorizationHandler.Allows(scope, op.Name, resource);
        var verification = await db.Verifications.AsNoTracking().Where(v => v.InventoryId == inventoryId)
            .Select(v => new { v.Version, Correction = v.Findings.Where(f => db.Inventories.Any(i => i.Id == inventoryId && i.CorrectionFindingId == f.Id))
                .Select(f => new { f.Id, f.Kind, f.Number, f.Text }).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var correction = verification?.Correction is { } open
            ? new CorrectionInProgress(open.Id, Verification.FindingLabels.Of(open.Kind, open.Number), open.Text, verification.Version)
            : null;
        // Open for a finding's correction, an approved inventory's lines may be changed (not submitted: it stays approved).
        var editable = summary.Status is InventoryStatus.Draft or InventoryStatus.Returned || correction is not null;
        var permissions = new InventoryPermissions(
            CanEdit: editable && Can(Operations.EditActivity),
            CanSubmit: summary.Status is InventoryStatus.Draft or InventoryStatus.Returned && Can(Operations.Submit),
            CanReview: summary.Status == InventoryStatus.Submitted && Can(Operations.Review),
            CanVerify: summary.Status == InventoryStatus.Approved && Can(Operations.Verify)
                && await db.Verifications.AnyAsync(v => v.InventoryId == inventoryId && v.Stage == Domain.Verification.VerificationStage.StatementIssued, ct),
            CanComment: Can(Operations.Comment),
            CanReopen: summary.Status == InventoryStatus.Approved && Can(Operations.Review))
        {
            CanEditReportProfile = Can(Operations.EditReportProfile),
        };
        return Result<InventoryDetail>.Ok(new InventoryDetail(
            summary,
            lines.OrderBy(l => l.Category).Select(l => new LineSummary(
                l.Id, l.Category, l.GpcSubsector, l.Description, l.Amount, l.Unit?.Code, l.NotationKey, l.NotationExplanation, l.DataSource, l.DataQuality, l.Version,
                l.MonthlyValues,
                l.CustomFactor is { } f ? new ActivityData.CustomFactorInput { Gas = f.Gas, KgPerUnit = f.KgPerUnit, PerUnitCode = f.PerUnit.Code, Justification = f.Justification } : null,
                l.ParametersJson, l.SolidWasteSiteId, l.ChangeExplanation, l.PreviousLineId, l.AwaitsValue)).ToList(),
            history.OrderBy(h => h.At).ToList(),
            comments.OrderBy(c => c.At).ToList(),
            RequiredCategories.Missing(summary.Kind, lines).Select(m => m.NameEn).ToList(),
            permissions)
        {
            Correction = correction,
            HasVerification = verification is not null,
        });
    }

    /// <summary>The audit trail of one inventory (its own changes, its lines, comments and status moves), oldest first.</summary>
    public async Task<Result<IReadOnlyList<AuditEntrySummary>>> AuditTrailAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<IReadOnlyList<AuditEntrySummary>>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<IReadOnlyList<AuditEntrySummary>>.Forbidden();
        }

        var entries = await (from a in db.AuditEntries.AsNoTracking()
                             join u in db.Users on a.UserId equals u.Id into users
                             from u in users.DefaultIfEmpty()
                             where a.InventoryId == inventoryId
                             orderby a.Id
                             select new AuditEntrySummary(a.Id, a.At, u == null ? null : u.DisplayName ?? u.Email, a.EntityType, a.EntityId, a.Action, a.OldValues, a.NewValues))
            .ToListAsync(ct);
        return Result<IReadOnlyList<AuditEntrySummary>>.Ok(await Verification.FindingAudit.NameFindingsAsync(db, inventoryId, entries, ct));
    }

    /// <summary>
    /// The one resource every check about one inventory is made on: its organisation and province, and the
    /// verification body it is assigned to (so that body's verifiers may read it, and only it).
    /// </summary>
    internal static async Task<OrganisationResource?> ResourceOfAsync(AppDbContext db, Guid inventoryId, CancellationToken ct) =>
        await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new OrganisationResource(i.OrganisationId, i.Organisation!.ProvinceId)
            {
                VerificationBodyId = db.Verifications.Where(v => v.InventoryId == i.Id).Select(v => (int?)v.BodyOrganisationId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);

    private static IQueryable<InventorySummary> Project(IQueryable<Inventory> query) =>
        query.Select(i => new InventorySummary(
            i.Id, i.OrganisationId, i.Organisation!.Code, i.Organisation.NameEn, i.Organisation.NameTh,
            i.Year, i.Kind, i.Status, i.Version, i.UpdatedAt));
}
