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
        };

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

        // Step 6, the calculator (no token): 12,000 kWh × 0.4999 kg CO2e/kWh (TGO-CFO-2022-04, valid for 2025) = 5,998.8 kg CO2e, scope 2.
        var calculated = JsonDocument.Parse(outputs.Single(o => o.Contains("\"town-hall\"", StringComparison.Ordinal))).RootElement;
        calculated.GetProperty("factorEdition").GetString().Should().Be("TGO-CFO-2022-04");
        var line = calculated.GetProperty("lines")[0];
        line.GetProperty("scope").GetString().Should().Be("Scope2");
        line.GetProperty("co2eKg").GetDecimal().Should().Be(5_998.8m);
        calculated.GetProperty("organisation").GetProperty("scope2Kg").GetDecimal().Should().Be(5_998.8m);
        Directory.Delete(workDir, recursive: true);
    }

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
