using System.Text.Json;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Inventories;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Verification;

/// <summary>
/// Names the verification finding each audit entry of an inventory is about: a finding, an entry of its thread, or a
/// change of the inventory or its lines made for its correction (the entry's <see cref="AuditInterceptor.CorrectionField"/>).
/// </summary>
public static class FindingAudit
{
    public static async Task<IReadOnlyList<AuditEntrySummary>> NameFindingsAsync(
        AppDbContext db, Guid inventoryId, IReadOnlyList<AuditEntrySummary> entries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var findings = await db.VerificationFindings.AsNoTracking()
            .Where(f => db.Verifications.Any(v => v.Id == f.VerificationId && v.InventoryId == inventoryId))
            .Select(f => new { f.Id, f.Kind, f.Number }).ToListAsync(ct);
        if (findings.Count == 0)
        {
            return entries;
        }

        var labels = findings.ToDictionary(f => f.Id.ToString(), f => FindingLabels.Of(f.Kind, f.Number), StringComparer.OrdinalIgnoreCase);
        string? Label(string? id) => id is not null && labels.TryGetValue(id, out var label) ? label : null;
        return entries.Select(e => e.EntityType switch
        {
            nameof(Domain.Verification.Finding) => e with { Finding = Label(e.EntityId) },
            nameof(Domain.Verification.FindingResponse) => e with { Finding = Label(Field(e.NewValues, "FindingId")) },
            _ when Label(Field(e.NewValues, AuditInterceptor.CorrectionField)) is { } corrected => e with { Finding = corrected, IsCorrection = true },
            _ => e,
        }).ToList();
    }

    private static string? Field(string? json, string name)
    {
        if (json is null || !json.Contains(name, StringComparison.Ordinal))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
