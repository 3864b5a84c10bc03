using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.ApiTokens;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Api;

/// <summary>
/// Runs the curl walk-through of docs/api.md, as written, with the real curl against the demo app on a real socket.
/// Step 1 (create a token on /Account/Tokens) is done through the same service the page uses; every later command
/// is taken from the document's bash blocks, run with bash, and must succeed (curl -f: no HTTP error).
/// </summary>
public sealed partial class ApiWalkthroughTests(SocketDemoAppFactory app) : IClassFixture<SocketDemoAppFactory>
{
    [Fact]
    public async Task Walkthrough_EveryCurlCommandOfTheDocument_Succeeds()
    {
        var token = await CreateTokenAsync("municipal@demo.lowcarboncity.local");
        var commands = CurlCommands(await File.ReadAllTextAsync(DocPath()));
        commands.Should().HaveCountGreaterThanOrEqualTo(6, "the walk-through lists, upserts, reads results, exports a roll-up and calculates");
        var workDir = Directory.CreateTempSubdirectory("lcc-walkthrough").FullName;
        var env = new Dictionary<string, string>
        {
            ["LCC"] = app.RootUri.ToString().TrimEnd('/'),
            ["TOKEN"] = token,
            ["INVENTORY"] = DemoIds.Cfo2025.ToString(),
            ["CITY"] = DemoIds.City2025.ToString(),
            ["APPROVED"] = DemoIds.Cfo2024.ToString(),
        };
        // The demo's approved year, sent to the demo verification body: what the verification read is about.
        var bodyId = await app.OrganisationIdAsync(Web.Data.Seed.DemoDataSeeder.VerificationBodyCode);
        await app.AssignForVerificationAsync(DemoIds.Cfo2024, bodyId, "walkthrough");

        var outputs = new List<string>();
        foreach (var command in commands)
        {
            var (exit, output, error) = await RunAsync(command.Replace("curl -s ", "curl -sS -f ", StringComparison.Ordinal), env, workDir);
            exit.Should().Be(0, $"`{command}` must succeed; stderr: {error}; stdout: {output}");
            outputs.Add(output);
        }

        JsonDocument.Parse(outputs[0]).RootElement.TryGetProperty("items", out _).Should().BeTrue("step 2 lists inventories");
        var results = outputs.Select(o => o.TrimStart()).First(o => o.Contains("kgCO2e", StringComparison.Ordinal));
        JsonDocument.Parse(results).RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        File.Exists(Path.Combine(workDir, "rollup.csv")).Should().BeTrue("step 5 saves the roll-up as CSV");
        outputs.Should().Contain(o => o.Contains("\"basicPlusKg\"", StringComparison.Ordinal), "step 4 reads the City inventory's GPC report");
        File.ReadAllBytes(Path.Combine(workDir, "gpc.pdf")).Take(4).Should().Equal("%PDF"u8.ToArray(), "and saves it as PDF");

        // Step 6, the calculator (no token): 12,000 kWh × 0.4999 kg CO2e/kWh (TGO-CFO-2022-04, valid for 2025) = 5,998.8 kg CO2e, scope 2.
        var calculated = JsonDocument.Parse(outputs.Single(o => o.Contains("\"town-hall\"", StringComparison.Ordinal))).RootElement;
        calculated.GetProperty("factorEdition").GetString().Should().Be("TGO-CFO-2022-04");
        var line = calculated.GetProperty("lines")[0];
        line.GetProperty("scope").GetString().Should().Be("Scope2");
        line.GetProperty("co2eKg").GetDecimal().Should().Be(5_998.8m);
        calculated.GetProperty("organisation").GetProperty("scope2Kg").GetDecimal().Should().Be(5_998.8m);

        // The calculator's worked examples, one per method family: each line's co2eKg is the document's result.
        var markdown = await File.ReadAllTextAsync(DocPath());
        var lines = outputs.Where(o => o.TrimStart().StartsWith("{\"year\"", StringComparison.Ordinal))
            .SelectMany(o => JsonDocument.Parse(o).RootElement.GetProperty("lines").EnumerateArray().Select(l => l.Clone()))
            .Where(l => l.GetProperty("id").ValueKind == JsonValueKind.String)
            .ToDictionary(l => l.GetProperty("id").GetString()!);
        foreach (var (id, expected, shown, tolerance) in WorkedExamples)
        {
            lines.Should().ContainKey(id, "docs/api.md calculates it");
            lines[id].GetProperty("co2eKg").GetDecimal().Should().BeApproximately(expected, tolerance, id);
            markdown.Should().Contain($"**{shown} kg CO2e**", $"the document gives {id}'s result");
        }

        lines["generator"].GetProperty("usesCustomFactor").GetBoolean().Should().BeTrue();
        Directory.Delete(workDir, recursive: true);
    }

    /// <summary>The results of docs/api.md's worked examples (id of the line, kg CO2e, as the document shows it), worked by hand.</summary>
    private static readonly (string Id, decimal Kg, string Shown, decimal Tolerance)[] WorkedExamples =
    [
        ("town-hall", 5_998.8m, "5,998.8", 0m),                          // 12,000 kWh × 0.4999
        ("trucks", 2_740.59m, "2,740.59", 0.000001m),                    // 1,000 L × (2.6987 + 0.000142 × 30 + 0.000142 × 265)
        ("chiller-refill", 3_847m, "3,847", 0m),                         // 1 kg HFC-32 × 677 + 1 kg HFC-125 × 3,170
        ("split-unit", 84.625m, "84.625", 0m),                           // 2.5 kg × 0.05 = 0.125 kg HFC-32 × 677
        ("dump", 369_241.548440084m, "369,241.55", 0.01m),               // 60 t × (1 − e^-0.4) × 0.5 × 16/12 = 13.187198 t CH4 × 28
        ("dump-own-k", 203_021.556552660m, "203,021.56", 0.01m),         // 60 t × (1 − e^-0.2) × 0.5 × 16/12 = 7.250770 t CH4 × 28
        ("compost", 17_560m, "17,560", 0m),                              // 400 kg CH4 × 28 + 24 kg N2O × 265
        ("incinerator", 138_825.56m, "138,825.56", 0.000001m),           // 137,500 kg CO2 + 0.02 kg CH4 × 28 + 5 kg N2O × 265
        ("open-burning", 10_073.25m, "10,073.25", 0.000001m),            // 7,975 kg CO2 + 65 kg CH4 × 28 + 1.05 kg N2O × 265
        ("pond", 520.9344m, "520.9344", 0m),                             // 775.2 × 0.120 × 0.25 × 0.8 = 18.6048 kg CH4 × 28
        ("septic-town", 1_325_045.682142857m, "1,325,045.68", 0.000001m), // 43,800 kg CH4 × 28 + 372.247857 kg N2O × 265
        ("generator", 1_375m, "1,375", 0m),                              // 500 L × 2.75 kg CO2e/L
    ];

    private async Task<string> CreateTokenAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LowCarbonCity.Web.Data.AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("demo user missing");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<LowCarbonCity.Web.Data.AppUser>>().CreateAsync(user);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
            .CreateAsync(principal, new CreateTokenInput { Name = "walk-through", Write = true, ExpiresInDays = 1 }, CancellationToken.None);
        created.Status.Should().Be(ResultStatus.Ok);
        return created.Value!.Token;
    }

    /// <summary>The bash blocks' curl commands (continuation lines joined), in document order.</summary>
    internal static IReadOnlyList<string> CurlCommands(string markdown)
    {
        var commands = new List<string>();
        foreach (Match block in BashBlock().Matches(markdown))
        {
            var text = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            var current = string.Empty;
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith("curl ", StringComparison.Ordinal))
                {
                    if (current.Length > 0)
                    {
                        commands.Add(current);
                    }

                    current = line;
                }
                else if (current.Length > 0 && line.Length > 0 && !line.StartsWith("export ", StringComparison.Ordinal))
                {
                    current += "\n" + line;
                }
            }

            if (current.Length > 0)
            {
                commands.Add(current);
            }
        }

        return commands;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string command, Dictionary<string, string> env, string workDir)
    {
        var start = new ProcessStartInfo("/bin/bash", ["-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDir,
        };
        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string DocPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LowCarbonCity.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "docs", "api.md");
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
