using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// Resumes recalculations that a stopped process left unfinished. Publishing an edition re-pins the editable
/// inventories in one save and recalculates them in others; a process stopped in between leaves inventories whose
/// stored results are not on their basis (<see cref="ResultsBasis"/>). Once the database answers after a start, this
/// finds them and recalculates them (each inventory in its own transaction, as any recalculation), logging one line
/// for what it found and one for what it did. A failure is logged once and leaves the app running: the next write to
/// such an inventory recalculates it whole, and the <c>recalculate</c> command does them all.
/// Switched off with <c>Recalculation:ResumeAtStart=false</c>.
/// </summary>
public sealed partial class ResultsRecovery(
    IServiceScopeFactory scopes, RecalculationService recalculation, DatabaseOutage outage, IConfiguration configuration,
    TimeProvider time, ILogger<ResultsRecovery> logger) : BackgroundService
{
    /// <summary>The setting that switches the recovery off (on by default).</summary>
    public const string ResumeAtStartSetting = "Recalculation:ResumeAtStart";

    private static readonly TimeSpan ReadyPoll = TimeSpan.FromSeconds(1);

    /// <summary>Finds the inventories whose results are not on their basis and recalculates them; returns how many it found.</summary>
    public async Task<int> ResumeAsync(CancellationToken ct)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ids = await ResultsBasis.OffBasis(db, ResultsBasis.Stored(db)).OrderBy(id => id).ToListAsync(ct);
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        Found(logger, ids.Count);
        var summary = await recalculation.RecalculateAsync(ids, progress: null, ct);
        Resumed(logger, summary.Recalculated, summary.Failed);
        return ids.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(ResumeAtStartSetting, true))
        {
            return;
        }

        try
        {
            while (!outage.IsReady)
            {
                await Task.Delay(ReadyPoll, time, stoppingToken);
            }

            await ResumeAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; the next start looks again.
        }
#pragma warning disable CA1031 // A failed recovery must not stop the app: the next write or the recalculate command repairs.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(logger, e.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} inventories have stored results not on their factor edition or GWP set (a recalculation did not finish); recalculating them")]
    private static partial void Found(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unfinished recalculation resumed: {Recalculated} inventories recalculated, {Failed} could not be")]
    private static partial void Resumed(ILogger logger, int recalculated, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming an unfinished recalculation failed ({Reason}); the next write to each inventory or the recalculate command repairs it")]
    private static partial void Failed(ILogger logger, string reason);
}
