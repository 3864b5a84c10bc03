using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>Opens an inventory of an organisation for a year.</summary>
public sealed record CreateInventoryInput
{
    [Range(1, int.MaxValue)]
    public int OrganisationId { get; init; }

    [Range(1990, 2100)]
    public int Year { get; init; }

    public InventoryKind Kind { get; init; } = InventoryKind.Organisation;
}

/// <summary>A workflow move on an inventory as its user last saw it (the version), with a reason where needed.</summary>
public sealed record TransitionInput
{
    public Guid InventoryId { get; init; }

    /// <summary>The inventory version the user saw; a newer one means someone else changed it meanwhile.</summary>
    public int ExpectedVersion { get; init; }

    [StringLength(InventoryStatusChange.MaxReasonLength)]
    public string? Reason { get; init; }
}

/// <summary>A comment on an inventory, or on one of its lines, or a reply.</summary>
public sealed record AddCommentInput
{
    public Guid InventoryId { get; init; }

    public Guid? LineId { get; init; }

    public Guid? ParentId { get; init; }

    [Required, StringLength(InventoryComment.MaxTextLength)]
    public string Text { get; init; } = string.Empty;
}

public sealed record InventorySummary(
    Guid Id, int OrganisationId, string OrganisationCode, string OrganisationNameEn, string OrganisationNameTh,
    int Year, InventoryKind Kind, InventoryStatus Status, int Version, DateTimeOffset UpdatedAt);

public sealed record LineSummary(
    Guid Id, ActivityCategory Category, GpcSubsector? GpcSubsector, string? Description, decimal? Amount, string? UnitCode,
    NotationKey? NotationKey, string? NotationExplanation, string? DataSource, DataQuality DataQuality, int Version,
    IReadOnlyList<decimal>? MonthlyValues = null, ActivityData.CustomFactorInput? CustomFactor = null, string? ParametersJson = null,
    Guid? SolidWasteSiteId = null, string? ChangeExplanation = null, Guid? PreviousLineId = null, bool AwaitsValue = false);

public sealed record StatusChangeSummary(InventoryStatus From, InventoryStatus To, string User, string? Reason, DateTimeOffset At);

public sealed record CommentSummary(Guid Id, Guid? LineId, Guid? ParentId, string User, string Text, DateTimeOffset At);

/// <summary>What the user may do next on an inventory (for showing forms; the services check again).</summary>
public sealed record InventoryPermissions(bool CanEdit, bool CanSubmit, bool CanReview, bool CanVerify, bool CanComment, bool CanReopen)
{
    /// <summary>May change what the organisation's reports carry (preparer, signatories, logo), whatever the inventory's status.</summary>
    public bool CanEditReportProfile { get; init; }
}

public sealed record InventoryDetail(
    InventorySummary Summary,
    IReadOnlyList<LineSummary> Lines,
    IReadOnlyList<StatusChangeSummary> History,
    IReadOnlyList<CommentSummary> Comments,
    IReadOnlyList<string> MissingForSubmission,
    InventoryPermissions Permissions)
{
    /// <summary>The verification finding the approved inventory is open for, when a correction is open.</summary>
    public CorrectionInProgress? Correction { get; init; }

    /// <summary>Whether the inventory has a verification (its page exists).</summary>
    public bool HasVerification { get; init; }
}

/// <summary>A correction open on an approved inventory: the finding ("CAR 1") and its text, and the verification's version (to finish it).</summary>
public sealed record CorrectionInProgress(Guid FindingId, string Label, string Text, int VerificationVersion);

public sealed record AuditEntrySummary(
    long Id, DateTimeOffset At, string? User, string EntityType, string EntityId, string Action, string? OldValues, string? NewValues)
{
    /// <summary>The verification finding the entry is about ("CAR 1"), if any.</summary>
    public string? Finding { get; init; }

    /// <summary>Whether the change was made while the inventory was open for that finding's correction.</summary>
    public bool IsCorrection { get; init; }
}

/// <summary>Filters and page of an inventory search; every filter is optional.</summary>
public sealed record InventoryQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Province code, e.g. <c>50</c>.</summary>
    public string? Province { get; init; }

    /// <summary>Organisation code, e.g. <c>CMI-CM</c>.</summary>
    public string? Organisation { get; init; }

    public int? Year { get; init; }

    public InventoryKind? Kind { get; init; }

    public InventoryStatus? Status { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>One page of a list, with the total number of items over all pages.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
