using System.Security.Claims;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Verification;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// The way into every change of a verification: the inventory's one resource (<see cref="InventoryService.ResourceOfAsync"/>)
/// checked for the operation before anything is read, the verification loaded with its findings, threads and statement
/// (tracked), at the version the user saw (a stale one is a Conflict); and the one save, which turns a concurrent
/// change into a Conflict too.
/// </summary>
public sealed class VerificationGate(AppDbContext db, ResourceGuard guard)
{
    internal const string StaleMessage =
        "Someone else changed this verification after you opened it. Your change was not saved; reload to see theirs and try again.";

    public async Task<(InventoryVerification? Verification, Result<bool>? Failure)> LoadAsync(
        ClaimsPrincipal user, Guid inventoryId, int expectedVersion, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return (null, Result<bool>.NotFound());
        }

        if (!await guard.AllowsAsync(user, resource, operation))
        {
            return (null, Result<bool>.Forbidden());
        }

        var verification = await db.Verifications
            .Include(v => v.Findings).ThenInclude(f => f.Responses)
            .Include(v => v.Statement)
            .AsSplitQuery()
            .FirstOrDefaultAsync(v => v.InventoryId == inventoryId, ct);
        if (verification is null)
        {
            return (null, Result<bool>.NotFound());
        }

        return verification.Version == expectedVersion
            ? (verification, null)
            : (null, Result<bool>.Conflict(StaleMessage));
    }

    /// <summary>Saves everything staged; a concurrent change of the verification or the inventory is a Conflict, nothing saved.</summary>
    public async Task<Result<T>> SaveAsync<T>(T value, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<T>.Ok(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<T>.Conflict(StaleMessage);
        }
    }

    /// <summary>A domain refusal as a coded failure naming its field; nothing staged is kept.</summary>
    public Result<T> Refused<T>(DomainRuleException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        db.ChangeTracker.Clear();
        return Result<T>.Invalid([new LineFailure(e.Field, e.Code, e.Arguments)]);
    }

    /// <summary>Required text of at most <paramref name="max"/> characters (the field's failure added to <paramref name="failures"/>).</summary>
    internal static void CheckText(List<LineFailure> failures, string field, string? text, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                failures.Add(new LineFailure(field, VerificationCodes.Required));
            }
        }
        else if (text.Trim().Length > max)
        {
            failures.Add(new LineFailure(field, LineCodes.TextTooLong, [max]));
        }
    }
}

/// <summary>The codes of the verification's refusals besides the domain's (each has its text in both languages).</summary>
public static class VerificationCodes
{
    public const string Required = "required";
    public const string LineUnknown = "verification.line.unknown";
    public const string CorrectionNotAllowed = "verification.correction.kind";
    public const string NoCorrection = "verification.correction.none";
}
