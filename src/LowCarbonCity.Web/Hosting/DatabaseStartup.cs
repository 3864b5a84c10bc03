using LowCarbonCity.Web.Data.Seed;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Migrates and seeds the database at start. When the database cannot be reached the app starts anyway: every
/// request but <c>/health</c> answers 503 and this service tries again every few seconds until it succeeds. Any other
/// failure stops the app, as before.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, DatabaseOutage outage, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<DatabaseStartup> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <summary>Migrates and seeds; throws on any failure (the commands need the database).</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        outage.MarkReady();
    }

    /// <summary>Migrates and seeds; false when the database cannot be reached (logged once, as a warning).</summary>
    public async Task<bool> TryInitializeAsync(CancellationToken ct)
    {
        try
        {
            await InitializeAsync(ct);
            return true;
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex))
        {
            logger.LogWarning("The database cannot be reached at start ({Reason}); the app answers 503 and retries every {Seconds} s", ex.GetBaseException().Message, RetryInterval.TotalSeconds);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!outage.IsReady && !stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(RetryInterval, time, stoppingToken);
                try
                {
                    await InitializeAsync(stoppingToken);
                    logger.LogInformation("The database answers: migrations and seeding done");
                }
                catch (Exception ex) when (DatabaseUnavailable.Is(ex))
                {
                    // Still unreachable: the first warning said so.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "Migrating or seeding the database failed; stopping");
            lifetime.StopApplication();
        }
    }
}
