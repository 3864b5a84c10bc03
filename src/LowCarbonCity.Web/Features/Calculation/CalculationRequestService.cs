using System.Globalization;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>Either a calculation result or the request's errors keyed by field (e.g. <c>lines[2].quantity.unit</c>).</summary>
public sealed record CalculationOutcome(CalculationResponse? Response, IReadOnlyDictionary<string, string[]> Errors)
{
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
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

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

        var gwpCode = request.GwpSet ?? edition?.DefaultGwpSetCode;
        var gwp = gwpCode is null ? null : await db.GwpSets.AsNoTracking().FirstOrDefaultAsync(g => g.Code == gwpCode, ct);
        if (request.GwpSet is not null && gwp is null)
        {
            Error("gwpSet", $"Unknown GWP set '{request.GwpSet}': use AR4, AR5 or AR6.");
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
            var record = ToRecord(request.Lines![i], $"lines[{i}]", Error);
            if (record is not null)
            {
                records.Add(record);
                ids[record.LineId] = (i, request.Lines[i].Id);
            }
        }

        if (errors.Count > 0 || edition is null || gwp is null)
        {
            return Invalid(errors);
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
        catch (CalculationException e)
        {
            var field = e.LineId is { } id && ids.TryGetValue(id, out var line) ? $"lines[{line.Index}].{Camel(e.Field)}" : Camel(e.Field);
            Error(field, e.Message[(e.Message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]);
            return Invalid(errors);
        }

        return new CalculationOutcome(ToResponse(result, ids), new Dictionary<string, string[]>());
    }

    private static ActivityRecord? ToRecord(CalculationLineDto line, string path, Action<string, string> error)
    {
        var failed = false;
        void Fail(string field, string message)
        {
            failed = true;
            error($"{path}.{field}", message);
        }

        if (line.Category is null || !TryParseEnum(line.Category, out ActivityCategory category))
        {
            Fail("category", line.Category is null ? "category is required." : $"Unknown category '{line.Category}'.");
            return null;
        }

        var definition = ActivityCategories.Get(category);
        Quantity? quantity = null;
        var given = (line.Quantity is not null ? 1 : 0) + (line.Monthly is not null ? 1 : 0) + (line.NotationKey is not null ? 1 : 0);
        var screening = definition.Method == CalculationMethod.Refrigerant && line.Parameters is { ValueKind: System.Text.Json.JsonValueKind.Object };
        if (given > 1 || (given == 0 && !screening))
        {
            Fail("quantity", "Give exactly one of quantity, monthly or notationKey (a refrigerant line may instead give screening parameters).");
        }

        if (line.Quantity is { } q)
        {
            quantity = ReadQuantity(q.Value, q.Unit, definition, "quantity", Fail);
        }
        else if (line.Monthly is { } m)
        {
            if (m.Values is not { Count: 12 })
            {
                Fail("monthly.values", "monthly.values needs exactly twelve numbers.");
            }
            else
            {
                for (var month = 0; month < 12; month++)
                {
                    if (m.Values[month] < 0)
                    {
                        Fail($"monthly.values[{month}]", "A monthly value cannot be negative.");
                    }
                }

                quantity = ReadQuantity(m.Values.Sum(), m.Unit, definition, "monthly", Fail);
            }
        }

        NotationKey? key = null;
        if (line.NotationKey is not null)
        {
            if (!TryParseEnum(line.NotationKey, out NotationKey parsedKey))
            {
                Fail("notationKey", $"Unknown notation key '{line.NotationKey}': use NO, IE, NE, NA or C.");
            }
            else if (string.IsNullOrWhiteSpace(line.NotationExplanation))
            {
                Fail("notationExplanation", "A notation key needs an explanation.");
            }
            else
            {
                key = parsedKey;
            }
        }

        GpcSubsector? subsector = null;
        if (line.GpcSubsector is not null)
        {
            if (TryParseEnum(line.GpcSubsector, out GpcSubsector parsed))
            {
                subsector = parsed;
            }
            else
            {
                Fail("gpcSubsector", $"Unknown GPC sub-sector '{line.GpcSubsector}'.");
            }
        }

        WasteTreatmentBoundary? boundary = null;
        if (line.WasteBoundary is not null)
        {
            if (TryParseEnum(line.WasteBoundary, out WasteTreatmentBoundary parsed))
            {
                boundary = parsed;
            }
            else
            {
                Fail("wasteBoundary", $"Unknown waste boundary '{line.WasteBoundary}'.");
            }
        }

        var quality = DataQuality.Medium;
        if (line.DataQuality is not null && !TryParseEnum(line.DataQuality, out quality))
        {
            Fail("dataQuality", $"Unknown data quality '{line.DataQuality}': use High, Medium or Low.");
        }

        CustomFactor? custom = null;
        if (line.CustomFactor is { } cf)
        {
            custom = ReadCustomFactor(cf, quantity, Fail);
        }

        MethodParameters? parameters = null;
        if (line.Parameters is { } json && json.ValueKind is not System.Text.Json.JsonValueKind.Null and not System.Text.Json.JsonValueKind.Undefined)
        {
            try
            {
                parameters = MethodParametersJson.Parse(definition.Method, json.GetRawText());
            }
            catch (DomainRuleException e)
            {
                Fail("parameters", e.Message);
            }
            catch (ArgumentException e)
            {
                Fail(e.ParamName is { Length: > 0 } p ? $"parameters.{p}" : "parameters", e.Message);
            }
            catch (FormatException e)
            {
                Fail("parameters", e.Message);
            }
        }

        if (failed)
        {
            return null;
        }

        // The refrigerant screening method derives the mass from charge × leak rate and takes no quantity.
        if (parameters is Domain.Calculation.Refrigerants.RefrigerantScreeningParameters)
        {
            quantity = null;
        }

        return new ActivityRecord(Guid.NewGuid(), category, quantity, key, subsector, custom, parameters, quality)
        {
            WasteBoundary = boundary,
            NotationExplanation = key is null ? null : line.NotationExplanation,
        };
    }

    private static Quantity? ReadQuantity(decimal? value, string? unitCode, CategoryDefinition definition, string field, Action<string, string> fail)
    {
        var ok = true;
        if (value is null)
        {
            fail($"{field}.value", "A value is required.");
            ok = false;
        }
        else if (value < 0)
        {
            fail($"{field}.value", "An activity quantity cannot be negative.");
            ok = false;
        }

        if (!Unit.TryFromCode(unitCode, out var unit))
        {
            fail($"{field}.unit", $"Unknown unit '{unitCode}'. Known: {string.Join(", ", Unit.All.Select(u => u.Code))}.");
            return null;
        }

        if (!definition.Accepts(unit))
        {
            fail($"{field}.unit", $"Unit {unit.Code} does not fit {definition.Category}; use one of {string.Join(", ", definition.Units.Select(u => u.Code))}.");
            return null;
        }

        return ok ? new Quantity(value!.Value, unit) : null;
    }

    private static CustomFactor? ReadCustomFactor(CustomFactorDto dto, Quantity? quantity, Action<string, string> fail)
    {
        var ok = true;
        var gas = Gas.CO2e;
        if (dto.Gas is not null && !TryParseEnum(dto.Gas, out gas))
        {
            fail("customFactor.gas", $"Unknown gas '{dto.Gas}'.");
            ok = false;
        }

        if (dto.KgPerUnit is not { } value || value < 0)
        {
            fail("customFactor.kgPerUnit", "kgPerUnit is required and cannot be negative.");
            ok = false;
        }

        if (!Unit.TryFromCode(dto.PerUnit, out var perUnit))
        {
            fail("customFactor.perUnit", $"Unknown unit '{dto.PerUnit}'.");
            ok = false;
        }
        else if (quantity is { } q && q.Unit.Dimension != perUnit.Dimension)
        {
            fail("customFactor.perUnit", $"A factor per {perUnit.Code} does not fit a quantity in {q.Unit.Code}.");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(dto.Justification))
        {
            fail("customFactor.justification", "A custom factor needs a written justification.");
            ok = false;
        }

        return ok ? new CustomFactor(gas, dto.KgPerUnit!.Value, perUnit, dto.Justification!) : null;
    }

    private static CalculationResponse ToResponse(InventoryResult result, Dictionary<Guid, (int Index, string? Id)> ids) =>
        new(
            result.Year,
            result.Kind,
            result.FactorEditionCode,
            result.GwpSetCode,
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

    private static CalculationOutcome Invalid(Dictionary<string, List<string>> errors) =>
        new(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

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
