using System.Globalization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>Either a calculation result or the request's errors keyed by field (e.g. <c>lines[2].quantity.unit</c>).</summary>
public sealed record CalculationOutcome(CalculationResponse? Response, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The lines' coded refusals (field as in <see cref="Errors"/>, code, arguments); their text is in <see cref="Errors"/> too.</summary>
    public IReadOnlyList<LineFailure> Failures { get; init; } = [];

    public bool IsValid => Response is not null;
}

/// <summary>
/// Calculates activity lines sent by anyone, without a stored inventory: "a calculation anyone can check". Every
/// field is validated first and every error reported at once; then the pure engine runs.
/// </summary>
public sealed class CalculationRequestService(AppDbContext db)
{
    public const int MaxLines = 5_000;

    public async Task<CalculationOutcome> CalculateAsync(CalculationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var failures = new List<LineFailure>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
        void Fail(LineFailure failure)
        {
            failures.Add(failure);
            Error(failure.Field, LineMessages.Text(failure.Code, failure.Arguments, CultureInfo.CurrentUICulture) is var text
                && LineMessages.FieldLabel(FieldOfPath(failure.Field), CultureInfo.CurrentUICulture) is { } label ? $"{label}: {text}" : text);
        }

        var year = request.Year ?? 0;
        if (request.Year is null)
        {
            Error("year", "year is required.");
        }
        else if (year is < InventoryYears.Min or > InventoryYears.Max)
        {
            Error("year", $"year must be between {InventoryYears.Min} and {InventoryYears.Max}.");
        }

        var kind = InventoryKind.Organisation;
        if (request.Kind is not null && !TryParseEnum(request.Kind, out kind))
        {
            Error("kind", $"Unknown kind '{request.Kind}': use Organisation or City.");
        }

        if (request.Lines is null || request.Lines.Count == 0)
        {
            Error("lines", "At least one line is required.");
        }
        else if (request.Lines.Count > MaxLines)
        {
            Error("lines", $"At most {MaxLines} lines per request.");
        }

        var editions = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).ToListAsync(ct);
        EmissionFactorEdition? edition = null;
        if (request.FactorEdition is not null)
        {
            edition = editions.FirstOrDefault(e => string.Equals(e.Code, request.FactorEdition, StringComparison.Ordinal));
            if (edition is null)
            {
                Error("factorEdition", $"Unknown factor edition '{request.FactorEdition}'. Known: {string.Join(", ", editions.Select(e => e.Code))}.");
            }
        }
        else if (request.Year is not null && errors.Count == 0)
        {
            edition = editions.Where(e => e.AppliesToYear(year)).OrderByDescending(e => e.ValidFromYear).FirstOrDefault();
            if (edition is null)
            {
                Error("year", $"No factor edition is valid for {year}; name one in factorEdition.");
            }
        }

        // No set named: the convention of the inventory kind (CFO: the edition's, TGO's AR5; City: AR5 as GPC applies it).
        var gwpCode = request.GwpSet ?? (edition is null ? null : GwpConventions.DefaultFor(kind, edition.DefaultGwpSetCode));
        var gwp = gwpCode is null ? null : await db.GwpSets.AsNoTracking().FirstOrDefaultAsync(g => g.Code == gwpCode, ct);
        if (request.GwpSet is not null && gwp is null)
        {
            var known = await db.GwpSets.AsNoTracking().OrderBy(g => g.Code).Select(g => g.Code).ToListAsync(ct);
            Error("gwpSet", $"Unknown GWP set '{request.GwpSet}': use one of {string.Join(", ", known)}.");
        }

        if (request.GridLossShare is { } share && (share < 0 || share >= 1))
        {
            Error("gridLossShare", "gridLossShare must be at least 0 and less than 1.");
        }

        if (request.GridLossShare is not null && kind == InventoryKind.Organisation)
        {
            Error("gridLossShare", "gridLossShare applies to City inventories only: the TGO scope-2 factor already contains T&D losses.");
        }

        var records = new List<ActivityRecord>();
        var ids = new Dictionary<Guid, (int Index, string? Id)>();
        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            var record = ToRecord(request.Lines![i], kind, $"lines[{i}]", Fail);
            if (record is not null)
            {
                records.Add(record);
                ids[record.LineId] = (i, request.Lines[i].Id);
            }
        }

        if (errors.Count > 0 || edition is null || gwp is null)
        {
            return Invalid(errors, failures);
        }

        InventoryResult result;
        try
        {
            result = EmissionCalculator.Calculate(records, new CalculationBasis(edition, gwp, kind, year)
            {
                IncludeElectricityUpstream = request.IncludeElectricityUpstream,
                GridLossShare = request.GridLossShare,
            });
        }
        catch (CalculationException e) when (e.LineId is { } id && ids.TryGetValue(id, out var line))
        {
            // The engine refused a line (no factor for its unit, emissions beyond any real inventory): that line's field.
            var refusal = new LineFailure(LineFields.OfDomain(e.Field), e.Code, e.Arguments);
            Fail(refusal.At($"lines[{line.Index}].{PathOf(refusal, request.Lines![line.Index] is { Quantity: null, Monthly: not null })}"));
            return Invalid(errors, failures);
        }
        catch (CalculationException e)
        {
            Error(Camel(e.Field), e.Message[(e.Message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]);
            return Invalid(errors, failures);
        }

        return new CalculationOutcome(ToResponse(result, gwp, ids), new Dictionary<string, string[]>());
    }

    /// <summary>
    /// One request line through the one line intake (<see cref="LineIntake"/>, with a refrigerant screening estimate
    /// standing in for the quantity); each refusal is reported under the request's own JSON path for its field.
    /// </summary>
    private static ActivityRecord? ToRecord(CalculationLineDto line, InventoryKind kind, string path, Action<LineFailure> fail)
    {
        var monthly = line.Quantity is null && line.Monthly is not null;
        var draft = new LineDraft
        {
            Category = line.Category,
            GpcSubsector = line.GpcSubsector,
            Amount = line.Quantity?.Value,
            MonthlyValues = line.Monthly?.Values?.Select(v => (decimal?)v).ToList(),
            Unit = line.Quantity?.Unit ?? line.Monthly?.Unit,
            NotationKey = line.NotationKey,
            NotationExplanation = line.NotationExplanation,
            DataQuality = line.DataQuality,
            CustomFactor = line.CustomFactor is { } cf ? new CustomFactorDraft(cf.Gas, cf.KgPerUnit, cf.PerUnit, cf.Justification) : null,
            ParametersJson = line.Parameters is { ValueKind: not System.Text.Json.JsonValueKind.Null and not System.Text.Json.JsonValueKind.Undefined } json ? json.GetRawText() : null,
        };

        var failed = false;
        WasteTreatmentBoundary? boundary = null;
        if (line.WasteBoundary is not null)
        {
            if (TryParseEnum(line.WasteBoundary, out WasteTreatmentBoundary parsed))
            {
                boundary = parsed;
            }
            else
            {
                fail(new LineFailure($"{path}.wasteBoundary", LineCodes.WasteBoundaryUnknown, [line.WasteBoundary, LineIntake.Names<WasteTreatmentBoundary>()]));
                failed = true;
            }
        }

        var intake = LineIntake.Check(draft, kind, screeningReplacesQuantity: true);
        foreach (var failure in intake.Failures)
        {
            fail(failure.At($"{path}.{PathOf(failure, monthly)}"));
        }

        if (failed || intake.Line is not { } accepted)
        {
            return null;
        }

        return new ActivityRecord(Guid.NewGuid(), accepted.Category, accepted.Quantity, accepted.NotationKey, accepted.GpcSubsector, accepted.CustomFactor, accepted.Parameters, accepted.DataQuality)
        {
            WasteBoundary = boundary,
            NotationExplanation = accepted.NotationExplanation,
        };
    }

    /// <summary>Where a line field is in a request line (<c>quantity.value</c>, <c>monthly.values[3]</c>, <c>customFactor.perUnit</c>...).</summary>
    private static string PathOf(LineFailure failure, bool monthly) => failure.Field switch
    {
        _ when failure.Code is LineCodes.QuantityRequired or LineCodes.AnnualAndMonthly => "quantity",
        LineFields.Amount or LineFields.MonthlyValues => monthly ? "monthly.values" : "quantity.value",
        LineFields.Unit => monthly ? "monthly.unit" : "quantity.unit",
        LineFields.FactorPerUnit => "customFactor.perUnit",
        _ when failure.Field.StartsWith(LineFields.MonthlyValues + "[", StringComparison.Ordinal) => "monthly.values" + failure.Field[LineFields.MonthlyValues.Length..],
        _ when failure.Field.StartsWith(LineFields.Parameters, StringComparison.Ordinal) => "parameters" + failure.Field[LineFields.Parameters.Length..],
        _ => Camel(failure.Field),
    };

    private static CalculationResponse ToResponse(InventoryResult result, GwpSet gwp, Dictionary<Guid, (int Index, string? Id)> ids) =>
        new(
            result.Year,
            result.Kind,
            result.FactorEditionCode,
            result.GwpSetCode,
            gwp.NameTh,
            gwp.NameEn,
            gwp.Source,
            result.Lines.Select(l => new LineResultDto(
                ids[l.LineId].Index,
                ids[l.LineId].Id,
                l.Part,
                l.Category,
                l.Scope,
                l.GpcReference,
                l.Quantity is { } q ? new QuantityOutDto(q.Value, q.Unit.Code) : null,
                l.ConvertedQuantity is { } c ? new QuantityOutDto(c.Value, c.Unit.Code) : null,
                l.Gases.Select(g => new GasDto(g.Gas, g.MassKg, g.Gwp, g.Co2eKg, g.IsMemo,
                    g.Factor is { } f ? new FactorDto(f.KgPerUnit, f.PerUnit.Code, f.Source, f.EditionCode, f.IsCustom) : null)).ToList(),
                l.Co2eKg,
                l.MemoCo2eKg,
                l.Formula,
                l.UsesCustomFactor,
                l.NotationKey,
                l.Convention,
                l.DataQuality)).ToList(),
            result.Organisation is { } o ? new OrganisationTotalsDto(o.Scope1Kg, o.Scope2Kg, o.Scope3Kg, o.TotalKg, o.MemoKg) : null,
            result.City is { } c ? new CityTotalsDto(c.BasicKg, c.BasicPlusKg, c.TerritorialKg, c.Scope1Kg, c.Scope2Kg, c.Scope3Kg, c.MemoKg,
                c.Cells.Select(x => new GpcCellDto(x.Reference, x.Subsector, x.Scope, x.Co2eKg, x.NotationKeys, x.Notes, x.InBasic, x.InBasicPlus, x.InTerritorial)).ToList()) : null);

    private static CalculationOutcome Invalid(Dictionary<string, List<string>> errors, IReadOnlyList<LineFailure> failures) =>
        new(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal)) { Failures = failures };

    /// <summary>The line field a request path names, for its label: <c>lines[0].quantity.value</c> is line 1's quantity.</summary>
    private static string FieldOfPath(string path)
    {
        var line = path[..(path.IndexOf("].", StringComparison.Ordinal) + 2)];
        var field = path[line.Length..];
        return line + field switch
        {
            "quantity" or "quantity.value" or "monthly.values" => LineFields.Amount,
            "quantity.unit" or "monthly.unit" => LineFields.Unit,
            "customFactor.perUnit" => LineFields.FactorPerUnit,
            "wasteBoundary" => "WasteBoundary",
            _ when field.StartsWith("monthly.values[", StringComparison.Ordinal) => LineFields.MonthlyValues + field["monthly.values".Length..],
            _ when field.StartsWith("parameters", StringComparison.Ordinal) => LineFields.Parameters,
            _ => string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(p[0])}{p[1..]}"))),
        };
    }

    /// <summary>A defined name, case-insensitive; never a bare number ("3" is not a category).</summary>
    private static bool TryParseEnum<T>(string text, out T value)
        where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }

    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : string.Create(CultureInfo.InvariantCulture, $"{char.ToLowerInvariant(p[0])}{p[1..]}")));
}
