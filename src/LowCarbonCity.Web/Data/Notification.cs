namespace LowCarbonCity.Web.Data;

/// <summary>
/// One thing one user is told in the app (the bell). Written in the same SaveChanges as the workflow step it reports;
/// its text is made when it is shown, in the reader's language, from the kind, the inventory and <see cref="Detail"/>.
/// </summary>
public sealed class Notification
{
    /// <summary>The longest <see cref="Detail"/> kept: a return reason or the start of a comment.</summary>
    public const int MaxDetailLength = 500;

    private Notification()
    {
        UserId = null!;
        Link = null!;
    }

    public Notification(string userId, NotificationKind kind, Guid? inventoryId, string? actorUserId, string? detail, string link, DateTimeOffset createdAt)
    {
        UserId = userId;
        Kind = kind;
        InventoryId = inventoryId;
        ActorUserId = actorUserId;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..(MaxDetailLength - 1)] + "…" : detail;
        Link = link;
        CreatedAt = createdAt;
    }

    /// <summary>Ascending with time: the list is ordered by it (both providers order integers in SQL).</summary>
    public long Id { get; private set; }

    /// <summary>The reader; nobody else may see or open it.</summary>
    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Guid? InventoryId { get; private set; }

    /// <summary>Who did it (the submitter, the reviewer, the commenter, the invitee).</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>The return reason or the comment's text (shortened), or null.</summary>
    public string? Detail { get; private set; }

    /// <summary>The app-relative address of the place it is about (<c>/Inventories/Review/…</c>).</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the reader opened it; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
