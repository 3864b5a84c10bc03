namespace LowCarbonCity.Web.Data;

/// <summary>
/// One append-only line of the audit trail: who changed what, when, from which value to which (JSON). Written by
/// <see cref="AuditInterceptor"/> inside the same SaveChanges as the change; the code has no update or delete path.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = null!;
        EntityId = null!;
        Action = null!;
    }

    public AuditEntry(DateTimeOffset at, string? userId, string entityType, string entityId, Guid? inventoryId, string action, string? oldValues, string? newValues)
    {
        At = at;
        UserId = userId;
        EntityType = entityType;
        EntityId = entityId;
        InventoryId = inventoryId;
        Action = action;
        OldValues = oldValues;
        NewValues = newValues;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The acting user, or null for the system (seeding, bootstrap).</summary>
    public string? UserId { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The inventory the change belongs to, so the trail can be shown per inventory.</summary>
    public Guid? InventoryId { get; private set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; }

    /// <summary>The changed fields' previous values as a JSON object (null when added).</summary>
    public string? OldValues { get; private set; }

    /// <summary>The changed fields' new values as a JSON object (null when deleted).</summary>
    public string? NewValues { get; private set; }
}
