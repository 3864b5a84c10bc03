using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// A correction a finding asks for: the LAO's municipal officers open their approved inventory for one corrective
/// action or clarification that is not closed (<see cref="Inventory.OpenForCorrection"/>), change lines in the
/// editor as usual (the audit trail names the finding), and finish, which locks it again and recalculates every
/// result as a change of lines does, in the same save.
/// </summary>
public sealed class CorrectionService(AppDbContext db, VerificationGate gate, IInventoryCalculator calculator, TimeProvider clock)
{
    /// <summary>Opens the inventory for <see cref="VerificationStepInput.FindingId"/>; returns the inventory's new version.</summary>
    public async Task<Result<int>> OpenAsync(ClaimsPrincipal user, VerificationStepInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, Operations.EditActivity, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        try
        {
            var finding = verification.FindingOf(input.FindingId ?? Guid.Empty);
            if (verification.Stage != VerificationStage.InProgress)
            {
                return Result<int>.Invalid([new LineFailure(nameof(verification.Stage), "verification.closed")]);
            }

            if (finding.Kind == FindingKind.Observation || finding.Status == FindingStatus.Closed)
            {
                return Result<int>.Invalid([new LineFailure(nameof(input.FindingId), VerificationCodes.CorrectionNotAllowed)]);
            }

            var inventory = await db.Inventories.FirstAsync(i => i.Id == input.InventoryId, ct);
            inventory.OpenForCorrection(finding.Id, clock.GetUtcNow());
            return await gate.SaveAsync(inventory.Version, ct);
        }
        catch (DomainRuleException e)
        {
            return gate.Refused<int>(e);
        }
    }

    /// <summary>Ends the open correction and recalculates the inventory's results; returns the inventory's new version.</summary>
    public async Task<Result<int>> FinishAsync(ClaimsPrincipal user, VerificationStepInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, Operations.EditActivity, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        var inventory = await db.Inventories.Include(i => i.Lines).FirstAsync(i => i.Id == input.InventoryId, ct);
        if (inventory.CorrectionFindingId is null)
        {
            return Result<int>.Invalid([new LineFailure(nameof(inventory.CorrectionFindingId), VerificationCodes.NoCorrection)]);
        }

        inventory.EndCorrection(clock.GetUtcNow());
        try
        {
            await calculator.RecalculateAsync(inventory, ct);
        }
        catch (Domain.Calculation.CalculationException e)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Invalid([new LineFailure(e.Field, e.Code, e.Arguments)]);
        }

        return await gate.SaveAsync(inventory.Version, ct);
    }
}
