using System.Security.Claims;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// An inventory's verification as the page and the API show it, to whoever may view the inventory
/// (<see cref="Operations.View"/> on its one resource, so the assigned body's verifiers and no other): the body,
/// stage, materiality against the stored total, findings with their threads, the statement, and what the user may do.
/// NotFound when the inventory has no verification.
/// </summary>
public sealed class VerificationReader(AppDbContext db, UserAccess access, ResourceGuard guard, StatementService statements)
{
    public async Task<Result<VerificationView>> GetAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<VerificationView>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<VerificationView>.Forbidden();
        }

        var v = await db.Verifications.AsNoTracking()
            .Include(x => x.Findings).ThenInclude(f => f.Responses)
            .Include(x => x.Statement)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.InventoryId == inventoryId, ct);
        if (v is null)
        {
            return Result<VerificationView>.NotFound();
        }

        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new { i.Year, i.Kind, i.Status, i.Version, i.CorrectionFindingId, i.Organisation!.NameTh, i.Organisation.NameEn })
            .SingleAsync(ct);
        var body = await db.Organisations.AsNoTracking().Where(o => o.Id == v.BodyOrganisationId)
            .Select(o => new { o.NameTh, o.NameEn, Registration = db.VerificationBodies.Where(b => b.OrganisationId == o.Id).Select(b => b.RegistrationNumber).FirstOrDefault() })
            .SingleAsync(ct);
        var lineIds = v.Findings.Where(f => f.LineId is not null).Select(f => f.LineId!.Value).Distinct().ToList();
        var lines = await db.ActivityLines.AsNoTracking().Where(l => lineIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Category, l.Description }).ToDictionaryAsync(l => l.Id, ct);
        var userIds = v.Findings.Select(f => f.RaisedByUserId).Concat(v.Findings.SelectMany(f => f.Responses).Select(r => r.UserId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        string Name(string id) => names.GetValueOrDefault(id) ?? id;

        var totals = await statements.TotalsAsync(user, inventoryId, ct);
        if (!totals.IsOk)
        {
            return totals.As<VerificationView>();
        }

        var total = totals.Value!.TotalKg;
        var found = v.MisstatementFoundKg;
        var uncorrected = v.UncorrectedMisstatementKg;
        var materiality = new MaterialityFigures(
            total, v.MaterialityPercent, Materiality.ThresholdKg(total, v.MaterialityPercent),
            found, Materiality.ShareOfTotalPercent(found, total), Materiality.IsMaterial(found, total, v.MaterialityPercent),
            uncorrected, Materiality.ShareOfTotalPercent(uncorrected, total), Materiality.IsMaterial(uncorrected, total, v.MaterialityPercent));

        var findings = v.Findings.OrderBy(f => f.Number).Select(f => new FindingSummary(
            f.Id, f.Number, f.Kind, f.Status, f.LineId,
            f.LineId is { } l && lines.TryGetValue(l, out var line) ? line.Category : null,
            f.LineId is { } l2 && lines.TryGetValue(l2, out var line2) ? line2.Description : null,
            f.Text, f.MisstatementKg, f.DueDate, Name(f.RaisedByUserId), f.RaisedAt,
            f.Responses.OrderBy(r => r.At).Select(r => new FindingReplySummary(r.Kind, r.Text, Name(r.UserId), r.At)).ToList())).ToList();
        var s = v.Statement;
        var statement = s is null ? null : new StatementSummary(
            s.Level, s.Standard, s.Opinion, s.OpinionText, s.IssuedOn, s.SignatoryName, s.SignatoryTitle, s.MaterialityPercent,
            s.Scope1Kg, s.Scope2Kg, s.Scope3Kg, s.TotalKg, s.PeriodStart, s.PeriodEnd, s.IssuedAt);

        var scope = await access.ScopeOfAsync(user, ct);
        var writes = ApiTokens.ApiScopes.MayWrite(user);
        bool Can(Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement op) =>
            writes && OrganisationAuthorizationHandler.Allows(scope, op.Name, resource);
        var inProgress = v.Stage == VerificationStage.InProgress;
        var permissions = new VerificationPermissions(
            CanActAsVerifier: inProgress && Can(Operations.VerifyAsBody),
            CanAnswer: inProgress && Can(Operations.EditActivity),
            CanIssue: inProgress && Can(Operations.VerifyAsBody),
            CanCertify: v.Stage == VerificationStage.StatementIssued && Can(Operations.Verify));

        var choices = permissions.CanActAsVerifier
            ? await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).OrderBy(l => l.Category)
                .Select(l => new LineChoice(l.Id, l.Category, l.Description)).ToListAsync(ct)
            : [];
        return Result<VerificationView>.Ok(new VerificationView(
            v.Id, inventoryId, v.Version, inventory.NameTh, inventory.NameEn, inventory.Year, inventory.Kind, inventory.Status, inventory.Version,
            inventory.CorrectionFindingId, body.NameTh, body.NameEn, body.Registration ?? string.Empty, v.Stage, v.CertifiedAt, materiality, totals.Value!,
            findings, statement, permissions)
        {
            Lines = choices,
        });
    }
}
