using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Calculation;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// The end of a verification: the verifier issues the statement (<see cref="Operations.VerifyAsBody"/>) once every
/// corrective action request is closed, with the verified totals by scope read from the inventory's stored results
/// (<see cref="StoredResultsService"/>, never recalculated here); TGO certifies it (<see cref="Operations.Verify"/>),
/// which is the workflow's move to Verified (<see cref="InventoryWorkflowService.VerifyAsync"/>), in one save.
/// </summary>
public sealed class StatementService(AppDbContext db, VerificationGate gate, StoredResultsService results, InventoryWorkflowService workflow, TimeProvider clock)
{
    /// <summary>The totals a statement issued now would state: the inventory's stored results by scope, kg CO2e.</summary>
    public async Task<Result<VerifiedTotals>> TotalsAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var stored = await results.GetAsync(user, inventoryId, ct);
        if (!stored.IsOk)
        {
            return stored.As<VerifiedTotals>();
        }

        decimal Of(EmissionScope scope) => stored.Value!.ByScope.Where(s => s.Scope == scope).Sum(s => s.Co2e.Value);
        return Result<VerifiedTotals>.Ok(new VerifiedTotals(Of(EmissionScope.Scope1), Of(EmissionScope.Scope2), Of(EmissionScope.Scope3)));
    }

    public async Task<Result<int>> IssueAsync(ClaimsPrincipal user, IssueStatementInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, Operations.VerifyAsBody, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        var failures = new List<LineFailure>();
        if (input.Level is null || !Enum.IsDefined(input.Level.Value))
        {
            failures.Add(new LineFailure(nameof(input.Level), VerificationCodes.Required));
        }

        VerificationGate.CheckText(failures, nameof(input.Standard), input.Standard, VerificationStatement.MaxShortTextLength);
        if (input.Opinion is null || !Enum.IsDefined(input.Opinion.Value))
        {
            failures.Add(new LineFailure(nameof(input.Opinion), VerificationCodes.Required));
        }

        VerificationGate.CheckText(failures, nameof(input.OpinionText), input.OpinionText, VerificationStatement.MaxTextLength,
            required: input.Opinion is VerificationOpinion.Modified or VerificationOpinion.Adverse);
        if (input.IssuedOn is null)
        {
            failures.Add(new LineFailure(nameof(input.IssuedOn), VerificationCodes.Required));
        }

        VerificationGate.CheckText(failures, nameof(input.SignatoryName), input.SignatoryName, VerificationStatement.MaxShortTextLength);
        VerificationGate.CheckText(failures, nameof(input.SignatoryTitle), input.SignatoryTitle, VerificationStatement.MaxShortTextLength, required: false);
        if (failures.Count > 0)
        {
            return Result<int>.Invalid(failures);
        }

        var totals = await TotalsAsync(user, input.InventoryId, ct);
        if (!totals.IsOk)
        {
            return totals.As<int>();
        }

        var inventory = await db.Inventories.FirstAsync(i => i.Id == input.InventoryId, ct);
        try
        {
            var statement = verification.Issue(
                new StatementInput(input.Level!.Value, input.Standard!, input.Opinion!.Value, input.OpinionText, input.IssuedOn!.Value, input.SignatoryName!, input.SignatoryTitle),
                inventory, totals.Value!, UserAccess.UserIdOf(user)!, clock.GetUtcNow());
            db.Add(statement);
        }
        catch (DomainRuleException e)
        {
            return gate.Refused<int>(e);
        }

        return await gate.SaveAsync(verification.Version, ct);
    }

    /// <summary>TGO certifies the issued statement: the verification is certified and the inventory Verified, together.</summary>
    public async Task<Result<int>> CertifyAsync(ClaimsPrincipal user, VerificationStepInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, Operations.Verify, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        if (verification.Stage != VerificationStage.StatementIssued)
        {
            return Result<int>.Invalid([new LineFailure(nameof(verification.Stage), "verification.certify.noStatement")]);
        }

        var inventoryVersion = await db.Inventories.Where(i => i.Id == input.InventoryId).Select(i => i.Version).FirstAsync(ct);
        var moved = await workflow.VerifyAsync(user, new TransitionInput { InventoryId = input.InventoryId, ExpectedVersion = inventoryVersion, Reason = input.Reason }, ct);
        return moved.IsOk ? Result<int>.Ok(verification.Version) : moved;
    }
}
