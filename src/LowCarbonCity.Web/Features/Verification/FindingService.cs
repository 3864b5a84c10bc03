using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// Findings and their threads: the assigned body's verifiers raise, close and re-open them
/// (<see cref="Operations.VerifyAsBody"/>); the LAO's municipal officers answer (<see cref="Operations.EditActivity"/>).
/// Each call returns the verification's new version; a stale version is a Conflict; a refusal names its field.
/// </summary>
public sealed class FindingService(AppDbContext db, VerificationGate gate, TimeProvider clock)
{
    public async Task<Result<int>> RaiseAsync(ClaimsPrincipal user, RaiseFindingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, Operations.VerifyAsBody, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        var failures = new List<LineFailure>();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            failures.Add(new LineFailure(nameof(input.Kind), VerificationCodes.Required));
        }

        if (input.LineId is { } lineId && !await db.ActivityLines.AnyAsync(l => l.Id == lineId && l.InventoryId == input.InventoryId, ct))
        {
            failures.Add(new LineFailure(nameof(input.LineId), VerificationCodes.LineUnknown));
        }

        VerificationGate.CheckText(failures, nameof(input.Text), input.Text, Finding.MaxTextLength);
        if (input.MisstatementKg is < 0)
        {
            failures.Add(new LineFailure(nameof(input.MisstatementKg), LineCodes.Negative));
        }

        if (input.DueDate is null)
        {
            failures.Add(new LineFailure(nameof(input.DueDate), VerificationCodes.Required));
        }

        if (failures.Count > 0)
        {
            return Result<int>.Invalid(failures);
        }

        try
        {
            var finding = verification.Raise(Guid.NewGuid(), input.Kind!.Value, input.LineId, input.Text!, input.MisstatementKg, input.DueDate!.Value,
                UserAccess.UserIdOf(user)!, clock.GetUtcNow());
            db.Add(finding);
        }
        catch (DomainRuleException e)
        {
            return gate.Refused<int>(e);
        }

        return await gate.SaveAsync(verification.Version, ct);
    }

    /// <summary>The organisation's answer to a finding that is not closed.</summary>
    public Task<Result<int>> AnswerAsync(ClaimsPrincipal user, FindingReplyInput input, CancellationToken ct) =>
        ReplyAsync(user, input, Operations.EditActivity, textRequired: true,
            (v, id, text, userId, at) => v.Answer(input.FindingId, id, text!, userId, at), ct);

    /// <summary>The verifier accepts the answer (a comment is optional).</summary>
    public Task<Result<int>> CloseAsync(ClaimsPrincipal user, FindingReplyInput input, CancellationToken ct) =>
        ReplyAsync(user, input, Operations.VerifyAsBody, textRequired: false,
            (v, id, text, userId, at) => v.Close(input.FindingId, id, text, userId, at), ct);

    /// <summary>The verifier does not accept the answer, saying why.</summary>
    public Task<Result<int>> ReopenAsync(ClaimsPrincipal user, FindingReplyInput input, CancellationToken ct) =>
        ReplyAsync(user, input, Operations.VerifyAsBody, textRequired: true,
            (v, id, text, userId, at) => v.Reopen(input.FindingId, id, text!, userId, at), ct);

    private async Task<Result<int>> ReplyAsync(
        ClaimsPrincipal user, FindingReplyInput input, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, bool textRequired,
        Func<InventoryVerification, Guid, string?, string, DateTimeOffset, FindingResponse> reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (verification, failure) = await gate.LoadAsync(user, input.InventoryId, input.ExpectedVersion, operation, ct);
        if (verification is null)
        {
            return failure!.As<int>();
        }

        var failures = new List<LineFailure>();
        VerificationGate.CheckText(failures, nameof(input.Text), input.Text, Finding.MaxTextLength, textRequired);
        if (failures.Count > 0)
        {
            return Result<int>.Invalid(failures);
        }

        try
        {
            db.Add(reply(verification, Guid.NewGuid(), input.Text, UserAccess.UserIdOf(user)!, clock.GetUtcNow()));
        }
        catch (DomainRuleException e)
        {
            return gate.Refused<int>(e);
        }

        return await gate.SaveAsync(verification.Version, ct);
    }
}
