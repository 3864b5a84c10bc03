using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Domain.Verification;

/// <summary>
/// The verification of one approved inventory by one registered verification body: findings raised and answered,
/// then the statement, then TGO's certification (which makes the inventory Verified). One per inventory.
/// <see cref="Version"/> is the concurrency token.
/// </summary>
public sealed class InventoryVerification
{
    /// <summary>TGO's CFO verification uses 5 % of the total as its materiality threshold.</summary>
    public const decimal DefaultMaterialityPercent = 5m;

    private readonly List<Finding> _findings = [];

    private InventoryVerification()
    {
        AssignedByUserId = null!;
    }

    private InventoryVerification(Guid id, Guid inventoryId, int bodyOrganisationId, decimal materialityPercent, string userId, DateTimeOffset at)
    {
        Id = id;
        InventoryId = inventoryId;
        BodyOrganisationId = bodyOrganisationId;
        MaterialityPercent = materialityPercent;
        AssignedByUserId = userId;
        AssignedAt = at;
        Stage = VerificationStage.InProgress;
    }

    public Guid Id { get; private set; }

    public Guid InventoryId { get; private set; }

    /// <summary>The verification body's organisation.</summary>
    public int BodyOrganisationId { get; private set; }

    /// <summary>The programme's threshold at assignment, percent of the total (kept: a later change of the setting does not move it).</summary>
    public decimal MaterialityPercent { get; private set; }

    public string AssignedByUserId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public VerificationStage Stage { get; private set; }

    public VerificationStatement? Statement { get; private set; }

    public string? CertifiedByUserId { get; private set; }

    public DateTimeOffset? CertifiedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Sum of the corrective action requests' misstatements, kg CO2e: what the verifier found.</summary>
    public decimal MisstatementFoundKg => _findings.Where(f => f.Kind == FindingKind.CorrectiveAction).Sum(f => f.MisstatementKg ?? 0m);

    /// <summary>The part still uncorrected: corrective action requests not yet closed.</summary>
    public decimal UncorrectedMisstatementKg => _findings.Where(f => f.BlocksStatement).Sum(f => f.MisstatementKg ?? 0m);

    /// <summary>
    /// Assigns an approved inventory to a body registered on <paramref name="today"/>, at the programme's
    /// materiality threshold.
    /// </summary>
    public static InventoryVerification Assign(Guid id, Inventory.Inventory inventory, VerificationBody body, decimal materialityPercent,
        string userId, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(body);
        if (inventory.Status != InventoryStatus.Approved)
        {
            throw new DomainRuleException(nameof(InventoryId), "verification.notApproved", "Only an approved inventory can be assigned for verification.");
        }

        if (!body.IsValidOn(today))
        {
            throw new DomainRuleException(nameof(BodyOrganisationId), "verification.body.expired", "The verification body's registration does not cover today.");
        }

        if (materialityPercent is <= 0 or > 100)
        {
            throw new DomainRuleException(nameof(MaterialityPercent), "verification.materiality", "Materiality is a percentage above 0 and at most 100.");
        }

        return new InventoryVerification(id, inventory.Id, body.OrganisationId, materialityPercent, userId, at);
    }

    public Finding Raise(Guid id, FindingKind kind, Guid? lineId, string text, decimal? misstatementKg, DateOnly dueDate, string userId, DateTimeOffset at)
    {
        EnsureInProgress();
        var finding = new Finding(id, Id, _findings.Count + 1, kind, lineId, text, misstatementKg, dueDate, userId, at);
        _findings.Add(finding);
        Version++;
        return finding;
    }

    /// <summary>The organisation's answer.</summary>
    public FindingResponse Answer(Guid findingId, Guid responseId, string text, string userId, DateTimeOffset at)
    {
        EnsureInProgress();
        Version++;
        return FindingOf(findingId).Answer(responseId, text, userId, at);
    }

    /// <summary>The verifier accepts the answer.</summary>
    public FindingResponse Close(Guid findingId, Guid responseId, string? text, string userId, DateTimeOffset at)
    {
        EnsureInProgress();
        Version++;
        return FindingOf(findingId).Close(responseId, text, userId, at);
    }

    /// <summary>The verifier does not accept the answer (or a closing was premature).</summary>
    public FindingResponse Reopen(Guid findingId, Guid responseId, string text, string userId, DateTimeOffset at)
    {
        EnsureInProgress();
        Version++;
        return FindingOf(findingId).Reopen(responseId, text, userId, at);
    }

    /// <summary>
    /// Issues the statement with the inventory's totals as they stand: refused while a corrective action request is
    /// not closed, or while the inventory is open for a correction.
    /// </summary>
    public VerificationStatement Issue(StatementInput input, Inventory.Inventory inventory, VerifiedTotals totals, string userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        EnsureInProgress();
        if (inventory.Id != InventoryId)
        {
            throw new InvalidOperationException("The statement is for another inventory.");
        }

        if (_findings.Any(f => f.BlocksStatement))
        {
            throw new DomainRuleException(nameof(Statement), "verification.statement.openCorrectiveActions", "Every corrective action request must be closed before the statement.");
        }

        if (inventory.Status != InventoryStatus.Approved || inventory.CorrectionFindingId is not null)
        {
            throw new DomainRuleException(nameof(Statement), "verification.statement.notApproved", "The inventory must be approved, with no correction open.");
        }

        Statement = new VerificationStatement(Id, input, MaterialityPercent, totals,
            new DateOnly(inventory.Year, 1, 1), new DateOnly(inventory.Year, 12, 31), userId, at);
        Stage = VerificationStage.StatementIssued;
        Version++;
        return Statement;
    }

    /// <summary>
    /// TGO certifies the issued statement, and the inventory becomes Verified (the only way it does), to be saved
    /// together.
    /// </summary>
    public void Certify(Inventory.Inventory inventory, string userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (inventory.Id != InventoryId)
        {
            throw new InvalidOperationException("The certification is for another inventory.");
        }

        if (Stage != VerificationStage.StatementIssued)
        {
            throw new DomainRuleException(nameof(Stage), "verification.certify.noStatement", "Only a verification with an issued statement can be certified.");
        }

        inventory.MarkVerified(at);

        Stage = VerificationStage.Certified;
        CertifiedByUserId = userId;
        CertifiedAt = at;
        Version++;
    }

    public Finding FindingOf(Guid findingId) =>
        _findings.FirstOrDefault(f => f.Id == findingId)
        ?? throw new DomainRuleException("FindingId", "verification.finding.unknown", "No such finding in this verification.");

    private void EnsureInProgress()
    {
        if (Stage != VerificationStage.InProgress)
        {
            throw new DomainRuleException(nameof(Stage), "verification.closed", "The statement has been issued: findings can no longer change.");
        }
    }
}
