using System.Globalization;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Calculation;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Commands run instead of the web server: <c>dotnet run --project src/LowCarbonCity.Web -- recalculate
/// [--edition CODE] [--include-locked]</c> recalculates stored inventories (after a factor edition is published);
/// <c>-- generate-national [--organisations 8000] [--years 15] [--lines 40]</c> fills an empty PostgreSQL database
/// with a generated nation (README, "A national data set"); <c>-- backup --to FILE</c> and <c>-- restore --from FILE</c>
/// copy the whole database (<see cref="DatabaseBackup"/>; docs/operations.md).
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "recalculate" or "generate-national" or "backup" or "restore";

    /// <summary>Backup and restore take the database as it is: no migration or seeding first (a restore needs it empty).</summary>
    public static bool NeedsInitializedDatabase(string[] args) => args.Length > 0 && args[0] is not ("backup" or "restore");

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args[0] == "generate-national")
        {
            return await GenerateNationalAsync(app, args);
        }

        if (args[0] is "backup" or "restore")
        {
            return await CopyDatabaseAsync(app, args);
        }

        var edition = Option(args, "--edition");
        var includeLocked = args.Contains("--include-locked");
        var service = app.Services.GetRequiredService<RecalculationService>();
        var progress = new Progress<(int Done, int Total)>(p => Console.Out.WriteLine(FormattableString.Invariant($"recalculated {p.Done}/{p.Total}")));
        var summary = await service.RecalculateAllAsync(edition, includeLocked, progress, CancellationToken.None);
        Console.Out.WriteLine(FormattableString.Invariant(
            $"done: {summary.Recalculated} recalculated, {summary.Skipped} locked skipped, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:0.0} s"));
        return summary.Failed == 0 ? 0 : 1;
    }

    private static async Task<int> GenerateNationalAsync(WebApplication app, string[] args)
    {
        var defaults = new NationalOptions();
        var options = new NationalOptions(
            IntOption(args, "--organisations") ?? defaults.Organisations, IntOption(args, "--years") ?? defaults.Years, IntOption(args, "--lines") ?? defaults.LinesPerInventory);
        await using var scope = app.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<NationalDataGenerator>().GenerateAsync(options, CancellationToken.None);
        Console.Out.WriteLine(FormattableString.Invariant(
            $"done: {summary.Organisations} organisations, {summary.Inventories} inventories, {summary.Lines} lines, {summary.Results} line results, {summary.GasResults} gas results in {summary.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static async Task<int> CopyDatabaseAsync(WebApplication app, string[] args)
    {
        var backup = args[0] == "backup";
        var file = Option(args, backup ? "--to" : "--from");
        if (string.IsNullOrWhiteSpace(file))
        {
            await Console.Error.WriteLineAsync(backup ? "usage: backup --to FILE" : "usage: restore --from FILE");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider;
        var copy = new DatabaseBackup(provider, db.Database.GetConnectionString()!);
        try
        {
            await (backup ? copy.BackupAsync(file, CancellationToken.None) : copy.RestoreAsync(file, CancellationToken.None));
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        Console.Out.WriteLine(backup ? $"backed up to {file}" : $"restored from {file}");
        return 0;
    }

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } value ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
