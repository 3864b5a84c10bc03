using LowCarbonCity.Web.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>Opens a connection to the configured SMTP server (MailKit) and turns outbox rows into MIME messages.</summary>
public sealed class SmtpTransport(IOptions<EmailOptions> options)
{
    /// <summary>How long one connect, sign-in or send may take before it counts as a failure.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>A connected (and signed-in) client; the caller disconnects and disposes it.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var o = options.Value;
        var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, o.Security switch
            {
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.None => SecureSocketOptions.None,
            }, ct);
            if (!string.IsNullOrWhiteSpace(o.UserName))
            {
                await client.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public MimeMessage MessageOf(OutboxEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var o = options.Value;
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = email.CreatedAt,
            MessageId = email.MessageId.ToString("N") + "@" + o.FromAddress!.Split('@')[^1],
            Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(email.ToName ?? string.Empty, email.ToAddress));
        return message;
    }
}
