using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.ActivityData;

/// <summary>The tonnes of one waste type deposited in one (Common Era) year.</summary>
public sealed record DepositCell(int Year, WasteType Type, decimal Tonnes);

/// <summary>
/// A site as its form saves it: what the site is and its whole deposit history (a cell left out is nothing
/// deposited); for an existing site, the version the form was loaded with (a later change by someone else is a conflict).
/// </summary>
public sealed record SiteChange(
    string? Name, SiteManagement Management, ClimateZone Climate, bool CoveredWithOxidisingMaterial, IReadOnlyList<DepositCell> Deposits, int? ExpectedVersion = null);

/// <summary>One site with its deposit history and the version to send back with a change.</summary>
public sealed record SiteDetail(Guid Id, string Name, SiteManagement Management, ClimateZone Climate, bool CoveredWithOxidisingMaterial, IReadOnlyList<DepositCell> Deposits, int Version);

/// <summary>An organisation's sites for its sites page, and whether the user may change them.</summary>
public sealed record OrganisationSites(int OrganisationId, string NameTh, string NameEn, bool CanEdit, IReadOnlyList<DisposalSiteSummary> Sites);

/// <summary>What a save did: the site, how many editable inventories were recalculated, and the years of locked ones left as they are.</summary>
public sealed record SiteSaved(Guid SiteId, int Recalculated, IReadOnlyList<int> LockedYears);

/// <summary>
/// Creates and edits an organisation's disposal sites. Its municipal officers and administrators change them; whoever
/// may view the organisation reads them. Every rule on a site is the domain's (<see cref="SolidWasteSite"/>); a save
/// is one transaction with the recalculation of the editable inventories whose lines are on the site, so a refusal or
/// a line that cannot be calculated leaves nothing changed. Submitted, approved and verified inventories keep their results.
/// </summary>
public sealed class DisposalSiteService(AppDbContext db, ResourceGuard guard, DisposalSiteReader reader, InventoryCalculationService calculation)
{
    public async Task<Result<OrganisationSites>> ListAsync(ClaimsPrincipal user, int organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Id, o.ProvinceId, o.NameTh, o.NameEn }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<OrganisationSites>.NotFound();
        }

        var resource = new OrganisationResource(organisation.Id, organisation.ProvinceId);
        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<OrganisationSites>.Forbidden();
        }

        var canEdit = await guard.AllowsAsync(user, resource, Operations.ManageSites);
        return Result<OrganisationSites>.Ok(new OrganisationSites(organisation.Id, organisation.NameTh, organisation.NameEn, canEdit,
            await reader.OfOrganisationAsync(organisationId, ct)));
    }

    /// <summary>One site of the organisation (the caller has listed the organisation's sites, so may view them).</summary>
    public async Task<SiteDetail?> GetAsync(int organisationId, Guid siteId, CancellationToken ct)
    {
        var site = await db.SolidWasteSites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId && s.OrganisationId == organisationId, ct);
        return site is null ? null : DetailOf(site);
    }

    /// <summary>The years of the organisation's locked (submitted, approved, verified) inventories with a line on the site.</summary>
    public async Task<IReadOnlyList<int>> LockedYearsAsync(int organisationId, Guid siteId, CancellationToken ct) =>
        await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Status != InventoryStatus.Draft && i.Status != InventoryStatus.Returned
                && i.Lines.Any(l => l.SolidWasteSiteId == siteId))
            .Select(i => i.Year).Distinct().OrderBy(y => y).ToListAsync(ct);

    /// <summary>Creates a site (<paramref name="siteId"/> null) or replaces one's description and deposit history.</summary>
    public async Task<Result<SiteSaved>> SaveAsync(ClaimsPrincipal user, int organisationId, Guid? siteId, SiteChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Id, o.ProvinceId }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<SiteSaved>.NotFound();
        }

        if (!await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.ManageSites))
        {
            return Result<SiteSaved>.Forbidden();
        }

        SolidWasteSite site;
        if (siteId is { } id)
        {
            var existing = await db.SolidWasteSites.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, ct);
            if (existing is null)
            {
                return Result<SiteSaved>.NotFound();
            }

            if (existing.Version != change.ExpectedVersion)
            {
                return Result<SiteSaved>.Conflict(Texts.Instance["Sites_Conflict"].Value);
            }

            // Checked again by the save itself (the version is the row's concurrency token).
            db.Entry(existing).Property(s => s.Version).OriginalValue = existing.Version;
            site = existing;
        }
        else
        {
            site = null!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            if (siteId is null)
            {
                site = new SolidWasteSite(Guid.NewGuid(), organisationId, change.Name ?? string.Empty, change.Management, change.Climate, change.CoveredWithOxidisingMaterial);
            }
            else
            {
                site.Describe(change.Name ?? string.Empty, change.Management, change.Climate, change.CoveredWithOxidisingMaterial);
            }
        }
        catch (DomainRuleException)
        {
            errors["Name"] = [Texts.Instance["Sites_NameRequired"].Value];
            site ??= new SolidWasteSite(Guid.NewGuid(), organisationId, "-", change.Management, change.Climate, change.CoveredWithOxidisingMaterial);
        }

        ApplyDeposits(site, change.Deposits, errors);
        if (errors.Count > 0)
        {
            // Nothing is saved: the tracked site's changes die with this request's context.
            return Result<SiteSaved>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (siteId is null)
        {
            db.SolidWasteSites.Add(site);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<SiteSaved>.Conflict(Texts.Instance["Sites_Conflict"].Value);
        }

        var uses = await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Lines.Any(l => l.SolidWasteSiteId == site.Id))
            .Select(i => new { i.Id, i.Year, i.Status }).ToListAsync(ct);
        var editable = uses.Where(u => u.Status is InventoryStatus.Draft or InventoryStatus.Returned).ToList();
        foreach (var use in editable)
        {
            try
            {
                await calculation.RecalculateAndSaveAsync(use.Id, ct);
            }
            catch (CalculationException)
            {
                return Result<SiteSaved>.Invalid(string.Empty, Texts.Instance["Sites_RecalculationFailed", Texts.Instance["Sites_Year", Pages.Display.YearInCalendar(use.Year)].Value].Value);
            }
        }

        await transaction.CommitAsync(ct);
        var locked = uses.Except(editable).Select(u => u.Year).Distinct().Order().ToList();
        return Result<SiteSaved>.Ok(new SiteSaved(site.Id, editable.Count, locked));
    }

    /// <summary>
    /// Deletes a site no activity line uses, in any year: a site in use is refused with the years of the inventories
    /// whose lines use it (their results depend on its history). A site already gone is said so, nothing else happens.
    /// </summary>
    public async Task<Result<bool>> DeleteAsync(ClaimsPrincipal user, int organisationId, Guid siteId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Id, o.ProvinceId }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return Result<bool>.NotFound();
        }

        if (!await guard.AllowsAsync(user, new OrganisationResource(organisation.Id, organisation.ProvinceId), Operations.ManageSites))
        {
            return Result<bool>.Forbidden();
        }

        var site = await db.SolidWasteSites.SingleOrDefaultAsync(s => s.Id == siteId && s.OrganisationId == organisationId, ct);
        if (site is null)
        {
            return Result<bool>.Invalid(string.Empty, Texts.Instance["Sites_Gone"].Value);
        }

        if (await InUseAsync(siteId, ct) is { Count: > 0 } years)
        {
            return InUse(years);
        }

        db.SolidWasteSites.Remove(site);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A line was put on the site meanwhile: the foreign key keeps the site.
            db.ChangeTracker.Clear();
            return InUse(await InUseAsync(siteId, ct));
        }

        return Result<bool>.Ok(true);
    }

    private async Task<List<int>> InUseAsync(Guid siteId, CancellationToken ct) =>
        await db.ActivityLines.AsNoTracking().Where(l => l.SolidWasteSiteId == siteId)
            .Join(db.Inventories.AsNoTracking(), l => l.InventoryId, i => i.Id, (l, i) => i.Year).Distinct().OrderBy(y => y).ToListAsync(ct);

    private static Result<bool> InUse(IReadOnlyList<int> years) =>
        Result<bool>.Invalid(string.Empty, Texts.Instance["Sites_InUse", string.Join(", ", years.Select(Pages.Display.Year))].Value);

    /// <summary>Makes the site's deposits those of the form through the domain's rules, naming each refused cell.</summary>
    private static void ApplyDeposits(SolidWasteSite site, IReadOnlyList<DepositCell> cells, Dictionary<string, string[]> errors)
    {
        var wanted = cells.Select(c => (c.Year, c.Type)).ToHashSet();
        foreach (var gone in site.Deposits.Where(d => !wanted.Contains((d.Year, d.WasteType))).Select(d => (d.Year, d.WasteType)).ToList())
        {
            site.RemoveDeposit(gone.Year, gone.WasteType);
        }

        foreach (var cell in cells)
        {
            if (site.Deposits.Any(d => d.Year == cell.Year && d.WasteType == cell.Type && d.Tonnes == cell.Tonnes))
            {
                continue;
            }

            try
            {
                site.SetDeposit(cell.Year, cell.Type, cell.Tonnes, isBackCast: false);
            }
            catch (DomainRuleException e)
            {
                var year = Pages.Display.YearInCalendar(cell.Year);
                var type = Texts.Instance[$"Sites_WasteType_{cell.Type}"].Value;
                errors[SitesFields.Cell(cell.Year, cell.Type)] = [e.Field == nameof(WasteDeposit.Tonnes)
                    ? Texts.Instance["Sites_TonnesNegative", type, year].Value
                    : Texts.Instance["Sites_YearRange", year].Value];
            }
        }
    }

    private static SiteDetail DetailOf(SolidWasteSite s) => new(s.Id, s.Name, s.Management, s.Climate, s.CoveredWithOxidisingMaterial,
        s.Deposits.Select(d => new DepositCell(d.Year, d.WasteType, d.Tonnes)).OrderBy(d => d.Year).ThenBy(d => d.Type).ToList(), s.Version);
}

/// <summary>The form field names of the deposit table, shared by the page and the service's refusals.</summary>
public static class SitesFields
{
    public static string Cell(int year, WasteType type) => $"Deposit.{year}.{type}";
}
