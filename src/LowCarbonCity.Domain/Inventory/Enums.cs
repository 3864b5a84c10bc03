namespace LowCarbonCity.Domain.Inventory;

/// <summary>The two inventory kinds of docs/design.md section 2.</summary>
public enum InventoryKind
{
    /// <summary>TGO CFO: the organisation's own operations, scopes 1-3 (ISO 14064-1).</summary>
    Organisation,
    /// <summary>GPC v1.1: the whole territory, sectors I-VI, BASIC / BASIC+ / territorial.</summary>
    City,
}

/// <summary>Review workflow status (docs/design.md section 2).</summary>
public enum InventoryStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Verified,
}

/// <summary>GPC notation keys (docs/domain/methodology.md 3.3): reported as keys, never as zero (docs/conventions.md D4).</summary>
public enum NotationKey
{
    /// <summary>Not occurring.</summary>
    NO,
    /// <summary>Included elsewhere (say where).</summary>
    IE,
    /// <summary>Not estimated (give the reason).</summary>
    NE,
    /// <summary>Not applicable.</summary>
    NA,
    /// <summary>Confidential.</summary>
    C,
}

/// <summary>GPC data-quality rating of activity data (high / medium / low).</summary>
public enum DataQuality
{
    High,
    Medium,
    Low,
}

/// <summary>Scopes of the GHG Protocol / ISO 14064-1 / GPC.</summary>
public enum EmissionScope
{
    Scope1 = 1,
    Scope2 = 2,
    Scope3 = 3,
}
