using LowCarbonCity.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Healthy when the database has been migrated at start and answers now.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db, DatabaseOutage outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        !outage.IsReady ? HealthCheckResult.Unhealthy("The database has not been reached since start.")
        : await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
