using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Targets;

/// <summary>
/// Creates, changes and deletes targets and their reduction measures, each call checked for the user on the target's
/// organisation or province (<see cref="TargetAccess"/>) before anything is read or changed; every write is in the
/// audit trail and carries the target version the user saw (a stale one is a conflict).
/// </summary>
public sealed class TargetService(AppDbContext db, TargetAccess access, TimeProvider clock, ILogger<TargetService> logger)
{
    internal const string StaleMessage =
        "Someone else changed this target after you opened it. Your change was not saved; reload to see theirs and try again.";

    /// <summary>The targets the user may see: provinces first, then organisations, by code.</summary>
    public async Task<IReadOnlyList<TargetSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var list = await Project(access.Visible(rights)).ToListAsync(ct);
        return list.OrderBy(t => t.ProvinceCode, StringComparer.Ordinal).ThenBy(t => t.ScopeKind == TargetScopeKind.Province ? 0 : 1)
            .ThenBy(t => t.OrganisationCode, StringComparer.Ordinal).ThenBy(t => t.InventoryKind).ToList();
    }

    public async Task<Result<TargetDetail>> GetAsync(ClaimsPrincipal user, int targetId, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var place = await PlaceOfAsync(targetId, ct);
        if (place is null)
        {
            return Result<TargetDetail>.NotFound();
        }

        if (!rights.CanView(place))
        {
            return Result<TargetDetail>.Forbidden();
        }

        var summary = await Project(db.Targets.AsNoTracking().Where(t => t.Id == targetId)).SingleAsync(ct);
        var measures = await db.ReductionMeasures.AsNoTracking().Where(m => m.TargetId == targetId)
            .OrderBy(m => m.StartYear).ThenBy(m => m.Id)
            .Select(m => new MeasureSummary(m.Id, m.Sector, m.DescriptionTh, m.DescriptionEn, m.ExpectedTonnesPerYear, m.StartYear, m.Status, m.ResponsibleOrganisation, m.ProgressPercent))
            .ToListAsync(ct);
        return Result<TargetDetail>.Ok(new TargetDetail(summary, measures, rights.CanEdit(place)));
    }

    /// <summary>
    /// Whether the user may create this target: for the named organisation or province when it exists, else whether
    /// they may keep a target anywhere, so a caller without the right is refused before the body's shape is judged.
    /// </summary>
    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, TargetInput? input, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var place = input is null ? null : await PlaceForAsync(input, ct);
        return place is null ? rights.CanEditAny : rights.CanEdit(place);
    }

    /// <summary>Whether the user may change the target (and its measures): Ok, NotFound or Forbidden. Lets a door refuse before judging a body.</summary>
    public async Task<Result<TargetPlace>> CheckEditAsync(ClaimsPrincipal user, int targetId, CancellationToken ct)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var place = await PlaceOfAsync(targetId, ct);
        if (place is null)
        {
            return Result<TargetPlace>.NotFound();
        }

        return rights.CanEdit(place) ? Result<TargetPlace>.Ok(place) : Result<TargetPlace>.Forbidden();
    }

    public async Task<Result<TargetWrite>> CreateAsync(ClaimsPrincipal user, TargetInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rights = await access.RightsOfAsync(user, ct);
        var place = await PlaceForAsync(input, ct);
        if (place is null)
        {
            return input.ScopeKind == TargetScopeKind.Organisation
                ? Result<TargetWrite>.Invalid(nameof(input.OrganisationId), "Choose an organisation.")
                : Result<TargetWrite>.Invalid(nameof(input.ProvinceId), "Choose a province.");
        }

        if (!rights.CanEdit(place))
        {
            return Result<TargetWrite>.Forbidden();
        }

        var exists = await db.Targets.AnyAsync(t => t.ScopeKind == place.ScopeKind && t.ProvinceId == place.ProvinceId
            && t.OrganisationId == place.OrganisationId && t.InventoryKind == input.InventoryKind, ct);
        if (exists)
        {
            return Result<TargetWrite>.Invalid(
                place.ScopeKind == TargetScopeKind.Organisation ? nameof(input.OrganisationId) : nameof(input.ProvinceId),
                "A target for this inventory kind already exists here.");
        }

        try
        {
            var target = new Target(place.ScopeKind, place.OrganisationId, place.ProvinceId, input.InventoryKind, Values(input), clock.GetUtcNow());
            access.Acting(rights);
            db.Targets.Add(target);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Target {TargetId} created for {ScopeKind} {OrganisationId} in province {ProvinceId}", target.Id, place.ScopeKind, place.OrganisationId, place.ProvinceId);
            return Result<TargetWrite>.Ok(new TargetWrite(target.Id, null, target.Version));
        }
        catch (DomainRuleException e)
        {
            return Result<TargetWrite>.Invalid(e.Field, e.Message);
        }
    }

    internal const string KindFixedMessage = "The inventory kind of a target cannot be changed; create another target for the other kind.";

    public Task<Result<TargetWrite>> UpdateAsync(ClaimsPrincipal user, int targetId, TargetInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WriteAsync(user, targetId, input.ExpectedVersion, (target, now) =>
        {
            // The kind chooses which inventories are the actuals: another kind is another target, never a silent no-op.
            if (input.InventoryKind != target.InventoryKind)
            {
                throw new DomainRuleException(nameof(input.InventoryKind), "target.kind", KindFixedMessage);
            }

            target.Update(Values(input), now);
            return null;
        }, ct);
    }

    public async Task<Result<TargetWrite>> DeleteAsync(ClaimsPrincipal user, int targetId, int expectedVersion, CancellationToken ct)
    {
        var result = await WriteAsync(user, targetId, expectedVersion, (target, _) =>
        {
            db.Targets.Remove(target);
            return null;
        }, ct);
        return result;
    }

    public Task<Result<TargetWrite>> AddMeasureAsync(ClaimsPrincipal user, int targetId, MeasureInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WriteAsync(user, targetId, input.ExpectedVersion, (target, now) => target.AddMeasure(Values(input), now), ct);
    }

    public Task<Result<TargetWrite>> UpdateMeasureAsync(ClaimsPrincipal user, int targetId, int measureId, MeasureInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WriteAsync(user, targetId, input.ExpectedVersion, (target, now) => target.UpdateMeasure(measureId, Values(input), now), ct, measureId);
    }

    public Task<Result<TargetWrite>> DeleteMeasureAsync(ClaimsPrincipal user, int targetId, int measureId, int expectedVersion, CancellationToken ct) =>
        WriteAsync(user, targetId, expectedVersion, (target, now) =>
        {
            target.RemoveMeasure(measureId, now);
            return null;
        }, ct, measureId);

    /// <summary>The place of a target, or null when there is no such target.</summary>
    internal async Task<TargetPlace?> PlaceOfAsync(int targetId, CancellationToken ct) =>
        await db.Targets.AsNoTracking().Where(t => t.Id == targetId)
            .Select(t => new TargetPlace(t.ScopeKind, t.OrganisationId, t.ProvinceId)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Checks, loads the target with its measures, checks the version, applies the change and saves once. A measure id
    /// that is not the target's is NotFound.
    /// </summary>
    private async Task<Result<TargetWrite>> WriteAsync(
        ClaimsPrincipal user, int targetId, int expectedVersion, Func<Target, DateTimeOffset, ReductionMeasure?> change, CancellationToken ct, int? measureId = null)
    {
        var rights = await access.RightsOfAsync(user, ct);
        var place = await PlaceOfAsync(targetId, ct);
        if (place is null)
        {
            return Result<TargetWrite>.NotFound();
        }

        if (!rights.CanEdit(place))
        {
            return Result<TargetWrite>.Forbidden();
        }

        var target = await db.Targets.Include(t => t.Measures).FirstAsync(t => t.Id == targetId, ct);
        if (measureId is { } mid && target.Measures.All(m => m.Id != mid))
        {
            return Result<TargetWrite>.NotFound();
        }

        if (target.Version != expectedVersion)
        {
            return Result<TargetWrite>.Conflict(StaleMessage);
        }

        ReductionMeasure? measure;
        try
        {
            db.Entry(target).Property(t => t.Version).OriginalValue = expectedVersion;
            measure = change(target, clock.GetUtcNow());
        }
        catch (DomainRuleException e)
        {
            return Result<TargetWrite>.Invalid(e.Field, e.Message);
        }

        access.Acting(rights);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<TargetWrite>.Conflict(StaleMessage);
        }

        return Result<TargetWrite>.Ok(new TargetWrite(targetId, measure?.Id ?? measureId, target.Version));
    }

    private async Task<TargetPlace?> PlaceForAsync(TargetInput input, CancellationToken ct)
    {
        if (input.ScopeKind == TargetScopeKind.Organisation)
        {
            if (input.OrganisationId is not { } orgId)
            {
                return null;
            }

            var province = await db.Organisations.AsNoTracking().Where(o => o.Id == orgId).Select(o => (int?)o.ProvinceId).FirstOrDefaultAsync(ct);
            return province is { } p ? new TargetPlace(TargetScopeKind.Organisation, orgId, p) : null;
        }

        if (input.ProvinceId is not { } provinceId || !await db.Provinces.AnyAsync(p => p.Id == provinceId, ct))
        {
            return null;
        }

        return new TargetPlace(TargetScopeKind.Province, null, provinceId);
    }

    private static TargetValues Values(TargetInput input) => new(
        input.BaseYear, input.TargetYear, input.ReductionKind, input.ReductionValue, input.Scopes ?? [], input.Sectors ?? [], input.BauMethod, input.BauRatePercent);

    private static MeasureValues Values(MeasureInput input) => new(
        input.Sector, input.DescriptionTh ?? string.Empty, input.DescriptionEn ?? string.Empty, input.ExpectedTonnesPerYear, input.StartYear,
        input.Status, input.ResponsibleOrganisation ?? string.Empty, input.ProgressPercent);

    internal IQueryable<TargetSummary> Project(IQueryable<Target> targets) =>
        from t in targets
        join p in db.Provinces on t.ProvinceId equals p.Id
        join o in db.Organisations on t.OrganisationId equals (int?)o.Id into orgs
        from o in orgs.DefaultIfEmpty()
        select new TargetSummary(
            t.Id, t.ScopeKind, t.OrganisationId, o == null ? null : o.Code, o == null ? null : o.NameTh, o == null ? null : o.NameEn,
            t.ProvinceId, p.Code, p.NameTh, p.NameEn, t.InventoryKind, t.BaseYear, t.TargetYear, t.ReductionKind, t.ReductionValue,
            t.Scopes, t.Sectors, t.BauMethod, t.BauRatePercent, t.Version, t.Measures.Count);
}
