using LowCarbonCity.Web.Features.Calculation;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Commands run instead of the web server: <c>dotnet run --project src/LowCarbonCity.Web -- recalculate
/// [--edition CODE] [--include-locked]</c> recalculates stored inventories (after a factor edition is published).
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "recalculate";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var edition = Option(args, "--edition");
        var includeLocked = args.Contains("--include-locked");
        var service = app.Services.GetRequiredService<RecalculationService>();
        var progress = new Progress<(int Done, int Total)>(p => Console.Out.WriteLine(FormattableString.Invariant($"recalculated {p.Done}/{p.Total}")));
        var summary = await service.RecalculateAllAsync(edition, includeLocked, progress, CancellationToken.None);
        Console.Out.WriteLine(FormattableString.Invariant(
            $"done: {summary.Recalculated} recalculated, {summary.Skipped} locked skipped, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:0.0} s"));
        return summary.Failed == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
