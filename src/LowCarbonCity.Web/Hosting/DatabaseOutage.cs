using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Whether the database is ready (migrated and seeded at start) and reachable now. An outage is logged once, as a
/// warning when the first request fails, and once more when a probe (one query a second) finds the database again;
/// requests in between answer 503 with <c>Retry-After</c> without a log line each.
/// </summary>
public sealed class DatabaseOutage(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<DatabaseOutage> logger)
{
    /// <summary>What the 503 answers tell clients to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    private int _down;
    private volatile bool _ready;
    private long _downSince;

    /// <summary>True once migrations and seeding have run in this process.</summary>
    public bool IsReady => _ready;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void MarkReady() => _ready = true;

    /// <summary>A request or job found the database unreachable: logs the first time and probes until it answers.</summary>
    public void Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Report(exception.GetBaseException().Message);
    }

    /// <summary>The database did not answer, for <paramref name="reason"/>: logs the first time and probes until it answers.</summary>
    public void Report(string reason)
    {
        if (Interlocked.CompareExchange(ref _down, 1, 0) != 0)
        {
            return;
        }

        _downSince = time.GetTimestamp();
        logger.LogWarning("The database cannot be reached ({Reason}); answering 503 until it answers again", reason);
        _ = Task.Run(ProbeUntilReachableAsync);
    }

    private async Task ProbeUntilReachableAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ProbeInterval, time, stopping);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("SELECT 1", stopping);
                Volatile.Write(ref _down, 0);
                logger.LogInformation("The database answers again after {Seconds:0.0} s", time.GetElapsedTime(_downSince).TotalSeconds);
                return;
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex) || ex is OperationCanceledException)
            {
                // Still down, or the app is stopping.
            }
        }
    }
}
