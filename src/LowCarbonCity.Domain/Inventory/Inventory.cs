using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// One organisation's greenhouse-gas inventory for one (Gregorian) year and kind. It pins a factor edition and a GWP
/// set. Approved and verified inventories are locked. <see cref="Version"/> is the concurrency token.
/// </summary>
public sealed class Inventory
{
    private readonly List<ActivityLine> _lines = [];

    private Inventory()
    {
        GwpSetCode = null!;
    }

    public Inventory(Guid id, int organisationId, int year, InventoryKind kind, int factorEditionId, string gwpSetCode, DateTimeOffset createdAt)
    {
        InventoryYears.Validate(year, nameof(Year));
        if (string.IsNullOrWhiteSpace(gwpSetCode))
        {
            throw new DomainRuleException(nameof(GwpSetCode), "required", "A GWP set is required.");
        }

        Id = id;
        OrganisationId = organisationId;
        Year = year;
        Kind = kind;
        FactorEditionId = factorEditionId;
        GwpSetCode = gwpSetCode;
        Status = InventoryStatus.Draft;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>Gregorian year (shown as Buddhist Era, year + 543, in Thai).</summary>
    public int Year { get; private set; }

    public InventoryKind Kind { get; private set; }

    public InventoryStatus Status { get; private set; }

    public int FactorEditionId { get; private set; }

    public string GwpSetCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Bumped on every save; a save with a stale version is a conflict.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ActivityLine> Lines => _lines;

    /// <summary>Approved and verified data cannot be edited (an approved inventory only for a finding's correction).</summary>
    public bool IsLocked => Status is InventoryStatus.Approved or InventoryStatus.Verified;

    /// <summary>
    /// Activity data may be changed in Draft or Returned, and in an approved inventory opened for the correction a
    /// verifier's finding asks for.
    /// </summary>
    public bool IsEditable => Status is InventoryStatus.Draft or InventoryStatus.Returned || CorrectionFindingId is not null;

    /// <summary>
    /// The verification finding an approved inventory is open for: its data may be changed for exactly that, and the
    /// audit trail of those changes names the finding. Null when no correction is open.
    /// </summary>
    public Guid? CorrectionFindingId { get; private set; }

    /// <summary>Opens an approved inventory to correct what a verifier's finding asks (the caller checks the finding).</summary>
    public void OpenForCorrection(Guid findingId, DateTimeOffset now)
    {
        if (Status != InventoryStatus.Approved)
        {
            throw new DomainRuleException(nameof(CorrectionFindingId), "inventory.correction.notApproved", "Only an approved inventory under verification can be opened for a correction.");
        }

        if (CorrectionFindingId is { } open && open != findingId)
        {
            throw new DomainRuleException(nameof(CorrectionFindingId), "inventory.correction.otherOpen", "A correction for another finding is still open.");
        }

        CorrectionFindingId = findingId;
        Touch(now);
    }

    /// <summary>Ends the correction: the approved inventory is locked again.</summary>
    public void EndCorrection(DateTimeOffset now)
    {
        if (CorrectionFindingId is not null)
        {
            CorrectionFindingId = null;
            Touch(now);
        }
    }

    /// <summary>When the organisation published the inventory for anyone to read; null when it is not published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Published and still approved or verified: what an anonymous reader may see.</summary>
    public bool IsPublic => PublishedAt is not null && IsLocked;

    /// <summary>
    /// Publishes the inventory: only approved or verified data may be published (a draft or a submitted inventory
    /// has not been reviewed). Publishing a published inventory changes nothing.
    /// </summary>
    public void Publish(DateTimeOffset now)
    {
        if (!IsLocked)
        {
            throw new DomainRuleException(nameof(PublishedAt), "inventory.publish.notApproved", "Only an approved or verified inventory can be published.");
        }

        if (PublishedAt is null)
        {
            PublishedAt = now;
            Touch(now);
        }
    }

    /// <summary>Withdraws a publication; withdrawing an unpublished inventory changes nothing.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            PublishedAt = null;
            Touch(now);
        }
    }

    public ActivityLine AddLine(ActivityLine line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(line);
        EnsureEditable();
        if (line.InventoryId != Id)
        {
            throw new InvalidOperationException("The line belongs to another inventory.");
        }

        _lines.Add(line);
        Touch(now);
        return line;
    }

    public void RemoveLine(ActivityLine line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(line);
        EnsureEditable();
        _lines.Remove(line);
        Touch(now);
    }

    /// <summary>Pins another factor edition or GWP set (results must then be recalculated).</summary>
    public void ChangeBasis(int factorEditionId, string gwpSetCode, DateTimeOffset now)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(gwpSetCode))
        {
            throw new DomainRuleException(nameof(GwpSetCode), "required", "A GWP set is required.");
        }

        FactorEditionId = factorEditionId;
        GwpSetCode = gwpSetCode;
        Touch(now);
    }

    /// <summary>Moves the inventory to <paramref name="status"/>; the workflow rules live in <see cref="InventoryWorkflow"/>.</summary>
    public void MoveTo(InventoryStatus status, DateTimeOffset now)
    {
        if (!InventoryWorkflow.CanMove(Status, status))
        {
            throw new DomainRuleException(nameof(Status), "status.transition", $"An inventory cannot move from {Status} to {status}.");
        }

        Status = status;
        CorrectionFindingId = null;
        if (status == InventoryStatus.Returned)
        {
            // Reopened data is being changed: it leaves the public pages, and is published again only by choice
            // once approved again.
            PublishedAt = null;
        }

        Touch(now);
    }

    /// <summary>
    /// Approved -> Verified: only TGO's certification of a verifier's issued statement makes an inventory verified
    /// (<see cref="Verification.InventoryVerification.Certify"/>, the one caller). Verified is final.
    /// </summary>
    internal void MarkVerified(DateTimeOffset now)
    {
        if (Status != InventoryStatus.Approved)
        {
            throw new DomainRuleException(nameof(Status), "status.transition", $"An inventory cannot move from {Status} to {InventoryStatus.Verified}.");
        }

        if (CorrectionFindingId is not null)
        {
            throw new DomainRuleException(nameof(CorrectionFindingId), "inventory.correction.open", "A correction is still open.");
        }

        Status = InventoryStatus.Verified;
        Touch(now);
    }

    /// <summary>Marks a change so the concurrency token moves on.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    internal void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainRuleException(nameof(Status), "inventory.locked", $"The inventory is {Status} and cannot be edited.");
        }
    }
}

/// <summary>
/// The status moves a person makes through the review workflow (docs/design.md section 2). Verified is not among
/// them: it comes only from TGO's certification of a verification (<see cref="Inventory.MarkVerified"/>), and a
/// verified inventory never moves again (docs/adr/0019-verified-is-final.md).
/// </summary>
public static class InventoryWorkflow
{
    public static bool CanMove(InventoryStatus from, InventoryStatus to) => (from, to) switch
    {
        (InventoryStatus.Draft, InventoryStatus.Submitted) => true,
        (InventoryStatus.Returned, InventoryStatus.Submitted) => true,
        (InventoryStatus.Submitted, InventoryStatus.Returned) => true,
        (InventoryStatus.Submitted, InventoryStatus.Approved) => true,
        // Reopening (with a recorded reason) sends approved data back to Returned.
        (InventoryStatus.Approved, InventoryStatus.Returned) => true,
        _ => false,
    };
}
