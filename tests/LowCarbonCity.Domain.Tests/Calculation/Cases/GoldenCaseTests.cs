using System.Text.Json;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static System.FormattableString;

namespace LowCarbonCity.Domain.Tests.Calculation.Cases;

/// <summary>
/// Golden municipality cases (docs/conventions.md C4): each JSON file in this folder holds a small data set and, per run (year,
/// edition, GWP set), values worked by hand. The real engine runs with the real seeded edition and GWP set and every
/// expected value is compared within the case's tolerance. Format and how to add a case: README.md in this folder.
/// </summary>
public sealed class GoldenCaseTests
{
    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Calculation", "Cases");

    /// <summary>One row per (case file, run).</summary>
    public static TheoryData<string, int> Runs()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Directory.GetFiles(CasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var runs = document.RootElement.GetProperty("runs").GetArrayLength();
            for (var i = 0; i < runs; i++)
            {
                data.Add(Path.GetFileName(path), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Calculate_GoldenCase_MatchesHandWorkedValues(string file, int run)
    {
        var golden = GoldenCase.Load(file);
        var expected = golden.Runs[run];

        var result = EmissionCalculator.Calculate(golden.Records, expected.Basis);

        var errors = new List<string>();
        void Check(string what, decimal? expectedValue, decimal? actual, decimal tolerance)
        {
            if (expectedValue is null || actual is null)
            {
                if (expectedValue != actual)
                {
                    errors.Add(Invariant($"{what}: expected {Show(expectedValue)}, engine {Show(actual)}"));
                }
            }
            else if (Math.Abs(expectedValue.Value - actual.Value) > tolerance)
            {
                errors.Add(Invariant($"{what}: expected {expectedValue} (hand), engine {actual}, difference {actual - expectedValue}"));
            }
        }

        if (result.FactorEditionCode != expected.Basis.Edition.Code || result.GwpSetCode != expected.Basis.GwpSet.Code)
        {
            errors.Add($"result names {result.FactorEditionCode}/{result.GwpSetCode}");
        }

        foreach (var (id, line) in expected.Lines)
        {
            var lineId = golden.LineIds[id];
            var actual = result.Lines.Single(l => l.LineId == lineId && l.Part == LinePart.Activity);
            if (line.Scope is { } scope && actual.Scope.ToString() != scope)
            {
                errors.Add($"{id}: scope expected {scope}, engine {actual.Scope}");
            }

            if (line.Gpc is { } gpc && actual.GpcReference != gpc)
            {
                errors.Add($"{id}: GPC expected {gpc}, engine {actual.GpcReference}");
            }

            if (line.NotationKey is { } key && actual.NotationKey?.ToString() != key)
            {
                errors.Add($"{id}: notation key expected {key}, engine {actual.NotationKey}");
            }

            Check($"{id} CO2e", line.Co2eKg, actual.Co2eKg, golden.Co2eTolerance);
            if (line.MemoCo2eKg is { } memo)
            {
                Check($"{id} memo CO2e", memo, actual.MemoCo2eKg, golden.Co2eTolerance);
            }

            foreach (var (gas, mass) in line.Gases)
            {
                Check($"{id} {gas} mass", mass, actual.MassKg(gas), golden.MassTolerance);
            }
        }

        foreach (var (name, value) in expected.Totals)
        {
            Check($"total {name}", value, Total(result, name), golden.Co2eTolerance);
        }

        foreach (var (reference, cell) in expected.Cells)
        {
            var actual = result.City?.Cell(reference);
            if (actual is null)
            {
                errors.Add($"cell {reference}: missing");
                continue;
            }

            Check($"cell {reference} CO2e", cell.Co2eKg, actual.Co2eKg, golden.Co2eTolerance);
            if (cell.NotationKeys is { } keys && !keys.Order(StringComparer.Ordinal).SequenceEqual(actual.NotationKeys.Select(k => k.ToString()).Order(StringComparer.Ordinal)))
            {
                errors.Add($"cell {reference}: keys expected [{string.Join(", ", keys)}], engine [{string.Join(", ", actual.NotationKeys)}]");
            }

            CheckFlag(reference, "in BASIC", cell.InBasic, actual.InBasic);
            CheckFlag(reference, "in BASIC+", cell.InBasicPlus, actual.InBasicPlus);
            CheckFlag(reference, "in territorial", cell.InTerritorial, actual.InTerritorial);
        }

        string.Join(Environment.NewLine, errors).Should().BeEmpty($"{file}, run '{expected.Name}' must match its hand-worked values");

        void CheckFlag(string reference, string what, bool? expectedFlag, bool actual)
        {
            if (expectedFlag is { } flag && flag != actual)
            {
                errors.Add($"cell {reference}: {what} expected {flag}, engine {actual}");
            }
        }
    }

    [Fact]
    public void Cases_Folder_HoldsTheThreeGoldenCasesAwaitingSignOff()
    {
        var files = Directory.GetFiles(CasesDirectory, "*.json");

        files.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var file in files)
        {
            var golden = GoldenCase.Load(Path.GetFileName(file));
            golden.SignedOffBy.Should().NotBeNullOrWhiteSpace($"{file} must say who signed it off (or 'pending domain expert')");
        }
    }

    private static decimal? Total(InventoryResult result, string name) => name switch
    {
        "scope1_kg" => result.Organisation?.Scope1Kg ?? result.City?.Scope1Kg,
        "scope2_kg" => result.Organisation?.Scope2Kg ?? result.City?.Scope2Kg,
        "scope3_kg" => result.Organisation?.Scope3Kg ?? result.City?.Scope3Kg,
        "memo_kg" => result.Organisation?.MemoKg ?? result.City?.MemoKg,
        "total_kg" => result.Organisation?.TotalKg,
        "basic_kg" => result.City?.BasicKg,
        "basic_plus_kg" => result.City?.BasicPlusKg,
        "territorial_kg" => result.City?.TerritorialKg,
        _ => throw new InvalidOperationException($"Unknown total '{name}'."),
    };

    private static string Show(decimal? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null (no number)";
}

/// <summary>A golden case file, parsed: the activity records and, per run, the basis and the expected values.</summary>
internal sealed record GoldenCase(
    string SignedOffBy,
    decimal Co2eTolerance,
    decimal MassTolerance,
    IReadOnlyList<ActivityRecord> Records,
    IReadOnlyDictionary<string, Guid> LineIds,
    IReadOnlyList<GoldenRun> Runs)
{
    public static GoldenCase Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenCaseTests.CasesDirectory, file)));
        var root = document.RootElement;
        var kind = Enum.Parse<InventoryKind>(root.GetProperty("kind").GetString()!);
        var tolerance = root.GetProperty("tolerance");
        if (string.IsNullOrWhiteSpace(tolerance.GetProperty("why").GetString()))
        {
            throw new InvalidOperationException($"{file}: the tolerance needs a 'why'.");
        }

        // "lines_from": the runs use another case's activity data unchanged (same data, another basis).
        using var source = root.TryGetProperty("lines_from", out var from)
            ? JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenCaseTests.CasesDirectory, from.GetString()!)))
            : null;
        var linesElement = (source?.RootElement ?? root).GetProperty("lines");
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var records = new List<ActivityRecord>();
        foreach (var line in linesElement.EnumerateArray())
        {
            var id = line.GetProperty("id").GetString()!;
            var lineId = new Guid(records.Count + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            ids.Add(id, lineId);
            records.Add(Record(lineId, line));
        }

        var editions = SeedData.Editions;
        var runs = root.GetProperty("runs").EnumerateArray().Select(run =>
        {
            var basis = new CalculationBasis(
                editions.Single(e => e.Code == run.GetProperty("edition").GetString()),
                SeedData.GwpSets.Single(s => s.Code == run.GetProperty("gwp_set").GetString()),
                kind,
                run.GetProperty("year").GetInt32());
            var lines = run.GetProperty("expected_lines").EnumerateObject().ToDictionary(p => p.Name, p => ExpectedLine(p.Name, p.Value), StringComparer.Ordinal);
            var missing = ids.Keys.Except(lines.Keys).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"{file}: run '{run.GetProperty("name").GetString()}' has no expected values for {string.Join(", ", missing)}.");
            }

            var totals = run.GetProperty("expected_totals").EnumerateObject().ToDictionary(p => p.Name, p => Worked(p.Value, p.Name), StringComparer.Ordinal);
            var cells = run.TryGetProperty("expected_cells", out var c)
                ? c.EnumerateObject().ToDictionary(p => p.Name, p => ExpectedCell(p.Name, p.Value), StringComparer.Ordinal)
                : [];
            return new GoldenRun(run.GetProperty("name").GetString()!, basis, lines, totals, cells);
        }).ToList();

        return new GoldenCase(root.GetProperty("signed_off_by").GetString()!, tolerance.GetProperty("co2e_kg").GetDecimal(),
            tolerance.GetProperty("mass_kg").GetDecimal(), records, ids, runs);
    }

    private static ActivityRecord Record(Guid lineId, JsonElement line)
    {
        var category = Enum.Parse<ActivityCategory>(line.GetProperty("category").GetString()!);
        Quantity? quantity = null;
        if (line.TryGetProperty("monthly", out var monthly))
        {
            var months = monthly.EnumerateArray().Select(m => m.GetDecimal()).ToList();
            quantity = ActivityLine.WithMonthlyQuantities(lineId, Guid.Empty, category, months, Unit.FromCode(line.GetProperty("unit").GetString()!)).Quantity;
        }
        else if (line.TryGetProperty("amount", out var amount))
        {
            quantity = new Quantity(amount.GetDecimal(), Unit.FromCode(line.GetProperty("unit").GetString()!));
        }

        NotationKey? key = line.TryGetProperty("notation_key", out var k) ? Enum.Parse<NotationKey>(k.GetString()!) : null;
        GpcSubsector? subsector = line.TryGetProperty("gpc_subsector", out var s) ? Enum.Parse<GpcSubsector>(s.GetString()!) : null;
        var parameters = line.TryGetProperty("parameters", out var p)
            ? WasteMethods.ParseParameters(ActivityCategories.Get(category).Method, p.GetRawText())
            : null;
        return new ActivityRecord(lineId, category, quantity, key, subsector, Parameters: parameters)
        {
            NotationExplanation = line.TryGetProperty("notation_explanation", out var e) ? e.GetString() : null,
            WasteBoundary = line.TryGetProperty("waste_boundary", out var b) ? Enum.Parse<WasteTreatmentBoundary>(b.GetString()!) : null,
        };
    }

    private static ExpectedLine ExpectedLine(string id, JsonElement e) => new(
        e.TryGetProperty("scope", out var scope) ? scope.GetString() : null,
        e.TryGetProperty("gpc", out var gpc) ? gpc.GetString() : null,
        e.TryGetProperty("notation_key", out var key) ? key.GetString() : null,
        Worked(e.GetProperty("co2e_kg"), id + ".co2e_kg"),
        e.TryGetProperty("memo_co2e_kg", out var memo) ? Worked(memo, id + ".memo_co2e_kg") : null,
        e.TryGetProperty("gases", out var gases)
            ? gases.EnumerateObject().ToDictionary(g => Enum.Parse<Gas>(g.Name), g => Worked(g.Value, id + "." + g.Name)!.Value)
            : []);

    private static ExpectedCell ExpectedCell(string reference, JsonElement e) => new(
        Worked(e.GetProperty("co2e_kg"), reference),
        e.TryGetProperty("notation_keys", out var keys) ? keys.EnumerateArray().Select(k => k.GetString()!).ToList() : null,
        e.TryGetProperty("in_basic", out var basic) ? basic.GetBoolean() : null,
        e.TryGetProperty("in_basic_plus", out var plus) ? plus.GetBoolean() : null,
        e.TryGetProperty("in_territorial", out var territorial) ? territorial.GetBoolean() : null);

    /// <summary>An expected value: <c>{"value": number or null, "working": "the hand arithmetic"}</c>. No working, no value.</summary>
    private static decimal? Worked(JsonElement e, string what)
    {
        if (!e.TryGetProperty("working", out var working) || string.IsNullOrWhiteSpace(working.GetString()))
        {
            throw new InvalidOperationException($"Expected value {what} has no 'working': every golden value shows its arithmetic.");
        }

        var value = e.GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }
}

/// <summary>One run of a case: a basis and what the engine must produce with it.</summary>
internal sealed record GoldenRun(
    string Name,
    CalculationBasis Basis,
    IReadOnlyDictionary<string, ExpectedLine> Lines,
    IReadOnlyDictionary<string, decimal?> Totals,
    IReadOnlyDictionary<string, ExpectedCell> Cells);

/// <summary>Expected values of one line's activity part (null: not checked; Co2eKg null: a notation key, no number).</summary>
internal sealed record ExpectedLine(string? Scope, string? Gpc, string? NotationKey, decimal? Co2eKg, decimal? MemoCo2eKg, IReadOnlyDictionary<Gas, decimal> Gases);

/// <summary>Expected values of one GPC cell.</summary>
internal sealed record ExpectedCell(decimal? Co2eKg, IReadOnlyList<string>? NotationKeys, bool? InBasic, bool? InBasicPlus, bool? InTerritorial);
