using LowCarbonCity.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Healthy when the database has been migrated at start and answers now. A database that stops answering is an
/// outage (<see cref="DatabaseOutage"/>), logged once, even when only the health check noticed it.
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db, DatabaseOutage outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!outage.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database has not been reached since start.");
        }

        if (await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Healthy();
        }

        outage.Report("the health check could not connect");
        return HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
