namespace LowCarbonCity.Web.Data;

/// <summary>
/// An e-mail waiting to be sent, written in the same SaveChanges as what it reports, already rendered in the
/// recipient's language. The sender marks it sent only after the SMTP server accepted it, retries with growing delays
/// while the server is unreachable, and gives up only on a permanent refusal (<see cref="FailedAt"/>). Once sent, its
/// bodies are erased (an invitation's body holds the link whose token the database otherwise keeps only hashed); the
/// row stays as the record of what went to whom and when.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxSubjectLength = 300;
    public const int MaxErrorLength = 500;

    private OutboxEmail()
    {
        ToAddress = null!;
        Subject = null!;
        TextBody = null!;
        HtmlBody = null!;
    }

    public OutboxEmail(Guid messageId, string toAddress, string? toName, string subject, string textBody, string htmlBody, DateTimeOffset createdAt)
    {
        MessageId = messageId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    /// <summary>The order messages go out in (both providers order integers in SQL).</summary>
    public long Id { get; private set; }

    /// <summary>The e-mail's Message-ID, so a receiver sees a repeated delivery as the same message.</summary>
    public Guid MessageId { get; private set; }

    public string ToAddress { get; private set; }

    public string? ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not sent before this time (the back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A sender working on it until then; another sender (another instance of the app) leaves it alone.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Bumped by every claim, so two senders cannot both claim the same message.</summary>
    public int Version { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the server refused it for good (an unknown mailbox, say); it is not tried again.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        ClaimedUntil = null;
        TextBody = string.Empty;
        HtmlBody = string.Empty;
        LastError = null;
    }

    /// <summary>A failure worth retrying: the next attempt waits <paramref name="delay"/>.</summary>
    public void Postpone(DateTimeOffset now, TimeSpan delay, string error)
    {
        Attempts++;
        NextAttemptAt = now + delay;
        ClaimedUntil = null;
        LastError = Shorten(error);
    }

    public void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        FailedAt = now;
        ClaimedUntil = null;
        LastError = Shorten(error);
    }

    private static string Shorten(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
}
