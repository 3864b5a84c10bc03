using System.ComponentModel.DataAnnotations;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>How a message is protected on its way to the SMTP server.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection, upgraded with STARTTLS (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same host or network.</summary>
    None,
}

/// <summary>
/// Outgoing e-mail (section <c>Email</c>). With no <see cref="SmtpHost"/> the app sends and queues nothing: people see
/// their notifications in the app and administrators hand over invitation links, as before e-mail existed. The
/// password comes from the environment or user-secrets, never from appsettings.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Sign in to the server with these; none when the server takes mail without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address ("no-reply@example.go.th").</summary>
    [EmailAddress]
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "LowCarbonCity";

    /// <summary>The app's public address, which the links in e-mails start with ("https://lowcarbon.example.go.th").</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How often the sender looks for messages to send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; it doubles with each failure up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether e-mail is on: a server is named.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(SmtpHost);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(FromAddress))
        {
            yield return new ValidationResult("Email:FromAddress is required when Email:SmtpHost is set.", [nameof(FromAddress)]);
        }

        if (PublicUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Email:PublicUrl must be the app's absolute http(s) address when Email:SmtpHost is set.", [nameof(PublicUrl)]);
        }

        if (string.IsNullOrWhiteSpace(UserName) != string.IsNullOrWhiteSpace(Password))
        {
            yield return new ValidationResult("Set both Email:UserName and Email:Password, or neither.", [nameof(UserName), nameof(Password)]);
        }
    }

    /// <summary>The absolute address of an app-relative <paramref name="path"/> ("/Inventories/Review/…").</summary>
    public Uri Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = PublicUrl!.AbsoluteUri.EndsWith('/') ? PublicUrl : new Uri(PublicUrl.AbsoluteUri + "/");
        return new Uri(root, path.TrimStart('/'));
    }
}
