using Microsoft.AspNetCore.Hosting;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>
/// The app with e-mail on, sending to a <see cref="TestSmtpServer"/> it starts first; the outbox is polled every
/// 100 ms and a failure is retried after 200 ms (doubling up to 1 s), so the tests wait briefly.
/// </summary>
public class MailAppFactory : AppFactory
{
    public const string PublicUrl = "https://lcc.example.go.th/";

    public TestSmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
    }

    protected override async Task OnDisposedAsync() => await Smtp.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
        builder.UseSetting("Email:UserName", TestSmtpServer.UserName);
        builder.UseSetting("Email:Password", TestSmtpServer.Password);
        builder.UseSetting("Email:FromAddress", "no-reply@lcc.example.go.th");
        builder.UseSetting("Email:PublicUrl", PublicUrl);
        builder.UseSetting("Email:PollInterval", "00:00:00.100");
        builder.UseSetting("Email:RetryDelay", "00:00:00.200");
        builder.UseSetting("Email:MaxRetryDelay", "00:00:01");
    }
}

/// <summary>The e-mail app on a real loopback socket, for browser journeys that read the messages back.</summary>
public sealed class LiveMailAppFactory : MailAppFactory
{
    protected override bool UseRealSocket => true;
}
