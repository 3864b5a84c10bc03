using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>
/// One pass over the outbox: claims the messages that are due (a short lease, so a second instance of the app leaves
/// them alone), sends them over one SMTP connection, and marks each sent right after the server accepted it. A server
/// that cannot be reached or answers "try later" (4xx) postpones the message with a delay that doubles per failure;
/// a permanent refusal of the message or its recipient (5xx) marks it failed. Nothing is deleted, so a restart or an outage loses nothing.
/// </summary>
public sealed partial class OutboxDelivery(AppDbContext db, SmtpTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    /// <summary>How many messages one pass looks at.</summary>
    public const int BatchSize = 50;

    /// <summary>How long a claim keeps other senders away: far longer than sending one batch takes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Sends what is due; the number of messages the server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var claimed = await ClaimDueAsync(ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var messages = await db.OutboxEmails.Where(o => claimed.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(ct);
        SmtpClient client;
        try
        {
            client = await transport.ConnectAsync(ct);
        }
        catch (Exception e) when (IsTransient(e))
        {
            await PostponeAsync(messages, e, ct);
            return 0;
        }

        var sent = 0;
        using (client)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var message = messages[i];
                try
                {
                    await client.SendAsync(transport.MessageOf(message), ct);
                }
                catch (SmtpCommandException e) when (IsPermanentFor(e))
                {
                    message.MarkFailed(clock.GetUtcNow(), $"{(int)e.StatusCode} {e.Message}");
                    await db.SaveChangesAsync(CancellationToken.None);
                    AppTelemetry.EmailsFailed.Add(1);
                    Refused(logger, message.Id, (int)e.StatusCode);
                    continue;
                }
                catch (Exception e) when (IsTransient(e))
                {
                    await PostponeAsync(messages.Skip(i).ToList(), e, ct);
                    return sent;
                }

                // Accepted by the server: recorded at once, whatever happens to the rest of the batch.
                message.MarkSent(clock.GetUtcNow());
                await db.SaveChangesAsync(CancellationToken.None);
                AppTelemetry.EmailsSent.Add(1);
                sent++;
            }

            await client.DisconnectAsync(quit: true, ct);
        }

        return sent;
    }

    /// <summary>The delay before the attempt after <paramref name="failures"/> failed ones.</summary>
    public static TimeSpan DelayAfter(int failures, TimeSpan first, TimeSpan max)
    {
        var delay = first * Math.Pow(2, Math.Min(failures - 1, 20));
        return delay > max ? max : delay;
    }

    private async Task<List<long>> ClaimDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // SQLite cannot compare DateTimeOffset values in SQL: the due test runs on the (small) batch read here.
        var candidates = await db.OutboxEmails.AsNoTracking()
            .Where(o => o.SentAt == null && o.FailedAt == null)
            .OrderBy(o => o.Id)
            .Take(BatchSize)
            .Select(o => new { o.Id, o.NextAttemptAt, o.ClaimedUntil, o.Version })
            .ToListAsync(ct);
        var claimed = new List<long>();
        foreach (var c in candidates.Where(c => c.NextAttemptAt <= now && (c.ClaimedUntil is null || c.ClaimedUntil < now)))
        {
            var until = now + Lease;
            var won = await db.OutboxEmails.Where(o => o.Id == c.Id && o.Version == c.Version)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedUntil, until).SetProperty(o => o.Version, c.Version + 1), ct);
            if (won == 1)
            {
                claimed.Add(c.Id);
            }
        }

        return claimed;
    }

    private async Task PostponeAsync(List<OutboxEmail> messages, Exception error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var message in messages)
        {
            message.Postpone(now, DelayAfter(message.Attempts + 1, options.Value.RetryDelay, options.Value.MaxRetryDelay), error.GetType().Name + ": " + error.Message);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        AppTelemetry.EmailsPostponed.Add(messages.Count);
        Postponed(logger, messages.Count, error.GetType().Name);
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// A 5xx answer about this message or its recipient (an unknown mailbox, a message too large). A 5xx about the
    /// sender (relaying denied) is the configuration's fault and would refuse every message: it is retried instead.
    /// </summary>
    private static bool IsPermanentFor(SmtpCommandException e) =>
        (int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or IOException or System.Net.Sockets.SocketException or TimeoutException
            or MailKit.Security.SslHandshakeException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server could not take {Count} e-mail(s) now ({Error}); they will be tried again later")]
    private static partial void Postponed(ILogger logger, int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server refused e-mail {OutboxId} for good ({StatusCode}); it is not tried again")]
    private static partial void Refused(ILogger logger, long outboxId, int statusCode);
}
