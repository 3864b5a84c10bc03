using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Features.Email;

/// <summary>
/// The background sender: every <see cref="EmailOptions.PollInterval"/> it runs one <see cref="OutboxDelivery"/> pass.
/// It does nothing when no SMTP server is configured (nothing is queued then either). A pass that finds the database
/// unreachable reports the outage (one log line for the app, not one per pass) and the next pass tries again.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, Hosting.DatabaseOutage outage, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                using var activity = Hosting.AppTelemetry.Source.StartActivity("email outbox pass");
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (Hosting.DatabaseUnavailable.Is(e))
            {
                // The outage is logged once for the whole app (and again when it ends), not once per pass; the
                // messages stay in the outbox and the first pass after it sends them.
                outage.Report(e);
            }
#pragma warning disable CA1031 // The loop must survive any failure of one pass (the database restarting, say); the next pass tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                PassFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the outbox's e-mails failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
