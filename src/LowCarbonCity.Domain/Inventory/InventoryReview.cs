namespace LowCarbonCity.Domain.Inventory;

/// <summary>One step of an inventory's status history: who moved it, when, from what to what, and why.</summary>
public sealed class InventoryStatusChange
{
    public const int MaxReasonLength = 2000;

    private InventoryStatusChange()
    {
        UserId = null!;
    }

    public InventoryStatusChange(Guid id, Guid inventoryId, InventoryStatus from, InventoryStatus to, string userId, string? reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainRuleException(nameof(UserId), "required", "A status change needs the user who made it.");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            throw new DomainRuleException(nameof(Reason), "text.length", $"A reason is at most {MaxReasonLength} characters.");
        }

        Id = id;
        InventoryId = inventoryId;
        From = from;
        To = to;
        UserId = userId;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid InventoryId { get; private set; }

    public InventoryStatus From { get; private set; }

    public InventoryStatus To { get; private set; }

    public string UserId { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>A review comment on an inventory or on one of its lines, optionally replying to another comment.</summary>
public sealed class InventoryComment
{
    public const int MaxTextLength = 4000;

    private InventoryComment()
    {
        UserId = null!;
        Text = null!;
    }

    public InventoryComment(Guid id, Guid inventoryId, Guid? lineId, Guid? parentId, string userId, string text, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(nameof(Text), "required", "A comment needs text.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new DomainRuleException(nameof(Text), "text.length", $"A comment is at most {MaxTextLength} characters.");
        }

        Id = id;
        InventoryId = inventoryId;
        LineId = lineId;
        ParentId = parentId;
        UserId = userId;
        Text = text.Trim();
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid InventoryId { get; private set; }

    /// <summary>The line the comment is about, or null for the inventory as a whole.</summary>
    public Guid? LineId { get; private set; }

    /// <summary>The comment this one replies to, or null.</summary>
    public Guid? ParentId { get; private set; }

    public string UserId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}
