using System.Globalization;
using System.Text.Json;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// Writes the audit trail centrally: before each SaveChanges, every tracked change to an audited entity (activity
/// lines, inventories and their status, comments, status history, factor editions and factors, users, roles,
/// memberships, invitations, evidence files without their bytes, targets and reduction measures, verifications with
/// their findings, threads and statement) becomes an <see cref="AuditEntry"/> with the changed fields' old and new values, saved in the
/// same transaction. A change of an inventory or its lines made while the inventory is open for a verification
/// finding's correction records that finding (<see cref="CorrectionField"/>). Audit entries themselves can only be added.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Fields never written to the trail (secrets and bookkeeping).</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(AppUser.NormalizedEmail), nameof(AppUser.NormalizedUserName), nameof(AppUser.AccessFailedCount),
        nameof(IdentityRole.NormalizedName), nameof(ApiToken.SecretHash), nameof(Invitation.TokenHash),
        nameof(EvidenceFile.Content), nameof(ReportProfile.Logo),
    };

    /// <summary>The field naming the finding a change was made for (the inventory's <see cref="Inventory.CorrectionFindingId"/>).</summary>
    public const string CorrectionField = "CorrectionFindingId";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static bool IsAudited(object entity) => entity is ActivityLine or Inventory or InventoryComment or InventoryStatusChange
        or EmissionFactorEdition or EmissionFactor or AppUser or IdentityUserRole<string> or IdentityRole or OrganisationMembership or ApiToken or Invitation
        or EvidenceFile or Organisation or OrganisationYearContext or ReportProfile or Domain.Targets.Target or Domain.Targets.ReductionMeasure
        or Domain.Verification.VerificationBody or Domain.Verification.InventoryVerification or Domain.Verification.Finding or Domain.Verification.FindingResponse or Domain.Verification.VerificationStatement;

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        var tracked = new Tracked(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only.");
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Entity))
            {
                continue;
            }

            var audit = Describe(entry, now, tracked);
            if (audit is not null)
            {
                entries.Add(audit);
            }
        }

        context.AddRange(entries);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now, Tracked tracked)
    {
        var old = new Dictionary<string, object?>(StringComparer.Ordinal);
        var @new = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Hidden.Contains(name))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    @new[name] = Plain(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    old[name] = Plain(property.OriginalValue);
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        old[name] = Plain(property.OriginalValue);
                        @new[name] = Plain(property.CurrentValue);
                    }

                    break;
            }
        }

        // Owned custom factor of a line: its fields belong to the line's change.
        foreach (var reference in entry.References.Where(r => r.TargetEntry is not null && r.Metadata.TargetEntityType.IsOwned()))
        {
            foreach (var property in reference.TargetEntry!.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
            {
                var name = $"{reference.Metadata.Name}.{property.Metadata.Name}";
                var state = reference.TargetEntry.State;
                if (state is EntityState.Added || (state is EntityState.Modified && property.IsModified))
                {
                    @new[name] = Plain(property.CurrentValue);
                }

                if (state is EntityState.Deleted || (state is EntityState.Modified && property.IsModified))
                {
                    old[name] = Plain(property.OriginalValue);
                }
            }
        }

        if (entry.State == EntityState.Modified && @new.Count == 0)
        {
            return null;
        }

        var (id, inventoryId) = Identify(entry.Entity, entry, tracked);
        if (entry.Entity is ActivityLine or Inventory && inventoryId is { } inv && tracked.CorrectionOf(inv) is { } finding)
        {
            // Ending the correction records the finding it ended, not null.
            @new[CorrectionField] = @new.GetValueOrDefault(CorrectionField) ?? finding;
        }

        return new AuditEntry(
            now,
            actor.UserId,
            entry.Metadata.ClrType.Name,
            id,
            inventoryId,
            entry.State.ToString(),
            old.Count == 0 ? null : JsonSerializer.Serialize(old),
            @new.Count == 0 ? null : JsonSerializer.Serialize(@new));
    }

    private static (string Id, Guid? InventoryId) Identify(object entity, EntityEntry entry, Tracked tracked) => entity switch
    {
        Domain.Verification.InventoryVerification v => (v.Id.ToString(), v.InventoryId),
        Domain.Verification.Finding f => (f.Id.ToString(), tracked.InventoryOfVerification(f.VerificationId)),
        Domain.Verification.FindingResponse r => (r.Id.ToString(), tracked.InventoryOfFinding(r.FindingId)),
        Domain.Verification.VerificationStatement s => (s.VerificationId.ToString(), tracked.InventoryOfVerification(s.VerificationId)),
        ActivityLine l => (l.Id.ToString(), l.InventoryId),
        Inventory i => (i.Id.ToString(), i.Id),
        InventoryComment c => (c.Id.ToString(), c.InventoryId),
        InventoryStatusChange s => (s.Id.ToString(), s.InventoryId),
        EvidenceFile e => (e.Id.ToString(), e.InventoryId),
        IdentityUserRole<string> ur => ($"{ur.UserId}/{ur.RoleId}", null),
        _ => (string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture))), null),
    };

    private static object? Plain(object? value) => value switch
    {
        null => null,
        Domain.Quantities.Unit unit => unit.Code,
        Enum e => e.ToString(),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        _ => value,
    };
}

/// <summary>
/// What the tracked entities of one save tell about each other: the inventory of a verification or finding (a
/// verification is always changed as a whole, so it is tracked), and the finding an inventory is open for.
/// </summary>
internal sealed class Tracked(DbContext context)
{
    private readonly Dictionary<Guid, Guid> _verifications = context.ChangeTracker.Entries<Domain.Verification.InventoryVerification>()
        .ToDictionary(e => e.Entity.Id, e => e.Entity.InventoryId);

    private readonly Dictionary<Guid, Guid> _findings = context.ChangeTracker.Entries<Domain.Verification.Finding>()
        .ToDictionary(e => e.Entity.Id, e => e.Entity.VerificationId);

    // Current or, when this save ends the correction, original: the finding the change is made for.
    private readonly Dictionary<Guid, Guid?> _corrections = context.ChangeTracker.Entries<Inventory>()
        .ToDictionary(e => e.Entity.Id, e => e.Entity.CorrectionFindingId ?? e.Property(i => i.CorrectionFindingId).OriginalValue);

    public Guid? InventoryOfVerification(Guid verificationId) => _verifications.TryGetValue(verificationId, out var inventory) ? inventory : null;

    public Guid? InventoryOfFinding(Guid findingId) => _findings.TryGetValue(findingId, out var verification) ? InventoryOfVerification(verification) : null;

    public Guid? CorrectionOf(Guid inventoryId) => _corrections.GetValueOrDefault(inventoryId);
}
