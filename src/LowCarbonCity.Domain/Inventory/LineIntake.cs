using System.Globalization;
using System.Text.Json;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// One refused field of an activity line: the field (<see cref="LineFields"/>), a stable code (<see cref="LineCodes"/>)
/// that every door translates into the user's language, and the code's arguments in order (values the user typed,
/// limits, a unit code, a month number, a category).
/// </summary>
public sealed record LineFailure(string Field, string Code, IReadOnlyList<object> Arguments)
{
    public LineFailure(string field, string code)
        : this(field, code, [])
    {
    }

    /// <summary>The same failure under another field name (a door's own path for it).</summary>
    public LineFailure At(string field) => this with { Field = field };
}

/// <summary>
/// A line as a door received it, before any rule: names as text (a category, unit, notation key, GPC sub-sector,
/// data quality, gas), numbers as numbers. Every door (the editor's form, the API, the Excel template, the
/// anonymous calculator) fills one of these and hands it to <see cref="LineIntake.Check"/>.
/// </summary>
public sealed record LineDraft
{
    public string? Category { get; init; }

    public string? GpcSubsector { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>Twelve monthly values (January first) instead of <see cref="Amount"/>; null or all empty for an annual value.</summary>
    public IReadOnlyList<decimal?>? MonthlyValues { get; init; }

    public string? Unit { get; init; }

    public string? NotationKey { get; init; }

    public string? NotationExplanation { get; init; }

    public string? Description { get; init; }

    public string? DataSource { get; init; }

    /// <summary>High, Medium or Low; empty means Medium (the documented default of every door).</summary>
    public string? DataQuality { get; init; }

    public string? ChangeExplanation { get; init; }

    public CustomFactorDraft? CustomFactor { get; init; }

    public string? ParametersJson { get; init; }

    /// <summary>Whether any of the twelve monthly values was entered.</summary>
    public bool HasMonthlyValues => MonthlyValues is { } m && m.Any(v => v is not null);
}

/// <summary>A custom factor as received: all four parts, or none (<see cref="IsEmpty"/>).</summary>
public sealed record CustomFactorDraft(string? Gas, decimal? KgPerUnit, string? PerUnit, string? Justification)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Gas) && KgPerUnit is null && string.IsNullOrWhiteSpace(PerUnit) && string.IsNullOrWhiteSpace(Justification);
}

/// <summary>A line that passed every rule, with typed values the domain and the engine take as they are.</summary>
public sealed record IntakeLine(
    ActivityCategory Category,
    GpcSubsector? GpcSubsector,
    Quantity? Quantity,
    IReadOnlyList<decimal>? MonthlyValues,
    NotationKey? NotationKey,
    string? NotationExplanation,
    CustomFactor? CustomFactor,
    MethodParameters? Parameters,
    DataQuality DataQuality,
    string? Description,
    string? DataSource);

/// <summary>What <see cref="LineIntake.Check"/> found: every failure, or the accepted line.</summary>
public sealed record LineIntakeResult(IReadOnlyList<LineFailure> Failures, IntakeLine? Line)
{
    public bool IsValid => Failures.Count == 0;
}

/// <summary>The fields a <see cref="LineFailure"/> names: the same in every door (each door places them on its own form, cell or JSON path).</summary>
public static class LineFields
{
    public const string Category = "Category";
    public const string GpcSubsector = "GpcSubsector";
    public const string Amount = "Amount";
    public const string MonthlyValues = "MonthlyValues";
    public const string Unit = "UnitCode";
    public const string NotationKey = "NotationKey";
    public const string NotationExplanation = "NotationExplanation";
    public const string Description = "Description";
    public const string DataSource = "DataSource";
    public const string DataQuality = "DataQuality";
    public const string ChangeExplanation = "ChangeExplanation";
    public const string CustomFactor = "CustomFactor";
    public const string FactorGas = "CustomFactor.Gas";
    public const string FactorKgPerUnit = "CustomFactor.KgPerUnit";
    public const string FactorPerUnit = "CustomFactor.PerUnitCode";
    public const string FactorJustification = "CustomFactor.Justification";
    public const string Parameters = "ParametersJson";
    public const string SolidWasteSite = "SolidWasteSiteId";

    /// <summary>One month of <see cref="MonthlyValues"/> (0 is January).</summary>
    public static string Month(int index) => string.Create(CultureInfo.InvariantCulture, $"{MonthlyValues}[{index}]");

    /// <summary>The field a domain guard or the engine names (they speak of the entity's members), as an input field.</summary>
    public static string OfDomain(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            "Unit" or "Quantity.Unit" => Unit,
            "Quantity" => Amount,
            "CustomFactor.Value" => FactorKgPerUnit,
            "CustomFactor.PerUnit" => FactorPerUnit,
            "Parameters" => Parameters,
            _ when field.StartsWith("Parameters.", StringComparison.Ordinal) => Parameters + field["Parameters".Length..],
            _ => field,
        };
    }
}

/// <summary>Every code a line can be refused with. Stable: resources, API clients and tests use them.</summary>
public static class LineCodes
{
    public const string CategoryRequired = "category.required";
    public const string CategoryUnknown = "category.unknown";
    public const string CategoryChanged = "category.changed";
    public const string GpcUnknown = "gpc.unknown";
    public const string GpcCityOnly = "gpc.city-only";
    public const string QualityUnknown = "quality.unknown";
    public const string QuantityRequired = "quantity.required";
    public const string AnnualAndMonthly = "quantity.annual-and-monthly";
    public const string MonthsCount = "months.count";
    public const string MonthRequired = "month.required";
    public const string Negative = "number.negative";
    public const string TooLarge = "number.too-large";
    public const string UnitRequired = "unit.required";
    public const string UnitUnknown = "unit.unknown";
    public const string UnitCategory = "unit.category";
    public const string KeyUnknown = "key.unknown";
    public const string KeyWithQuantity = "key.with-quantity";
    public const string KeyExplanation = "key.explanation";
    public const string KeyWithFactor = "key.with-factor";
    public const string FactorGasRequired = "factor.gas-required";
    public const string FactorGasUnknown = "factor.gas-unknown";
    public const string FactorValueRequired = "factor.value-required";
    public const string FactorUnitRequired = "factor.unit-required";
    public const string FactorUnitDimension = "factor.unit-dimension";
    public const string FactorJustification = "factor.justification";
    public const string TextTooLong = "text.length";
    public const string ParametersInvalid = "parameters.invalid";
    public const string ParametersNone = "parameters.none";

    /// <summary>A method parameter outside its range (arguments: its JSON path, the minimum, the maximum).</summary>
    public const string ParameterRange = "parameters.range";

    /// <summary>A method parameter below its minimum, with no maximum (arguments: its JSON path, the minimum).</summary>
    public const string ParameterMinimum = "parameters.minimum";
    public const string ChangeExplanationRequired = "change.explanation";
    public const string SiteUnknown = "site.unknown";

    /// <summary>
    /// A refrigerant line with screening parameters and a quantity (or months) other than their charge × leak rate:
    /// the mass refilled or the screening estimate, not both (argument: the estimate in kg).
    /// </summary>
    public const string ScreeningWithQuantity = "refrigerant.both";

    /// <summary>A cell or JSON value that should be a number holds text (the template's cells).</summary>
    public const string NumberText = "number.text";
    public const string WasteBoundaryUnknown = "waste-boundary.unknown";

    /// <summary>Codes of a batch of lines (the API's bulk call, the template): which line a row is.</summary>
    public const string LineRequired = "line.required";
    public const string LineUnknown = "line.unknown";
    public const string LineDuplicate = "line.duplicate";
    public const string VersionRequired = "line.version";

    /// <summary>
    /// A template row changed in the file and, since the file was downloaded, in the app too: which one to keep is the
    /// user's choice, never the import's (the preview lists both values).
    /// </summary>
    public const string LineConflict = "line.conflict";

    /// <summary>A template row changes the annual total of a line entered month by month (the template has no months).</summary>
    public const string LineMonthly = "line.monthly";

    /// <summary>More lines in one call than a bulk call carries (arguments: the limit, the lines sent).</summary>
    public const string TooManyInCall = "lines.per-call";

    /// <summary>More lines than an inventory holds (arguments: the limit, the lines it has, the lines being added).</summary>
    public const string TooManyInInventory = "lines.per-inventory";

    /// <summary>The inventory's GWP set has no value for a gas the line emits (arguments: the set's code, the gas).</summary>
    public const string GwpMissing = "gwp.missing";

    /// <summary>The engine refused the line (no factor for its unit, a method rule); the argument is the engine's detail.</summary>
    public const string CalculationRefused = "calculation.refused";

    /// <summary>The line's emissions are beyond any real organisation's or city's (<see cref="QuantityBounds.MaxLineCo2eKg"/>), or overflow.</summary>
    public const string ResultTooLarge = "result.too-large";
}

/// <summary>
/// Plausibility bounds (docs/domain/calculation-method.md, "Plausibility bounds"): far above anything a Thai local
/// government or city reports in a year, far below what decimal arithmetic can hold, so no line that passes them
/// can overflow a calculation, a total or a national roll-up.
/// </summary>
public static class QuantityBounds
{
    /// <summary>The largest quantity of a line, per dimension, in the dimension's base unit (MJ, L, kg, km, tkm, person-year, ha).</summary>
    public static decimal MaxInBaseUnit(Dimension dimension) => dimension switch
    {
        Dimension.Energy => 1e12m,          // 1,000 PJ: about 1.5 times Thailand's yearly electricity use
        Dimension.Volume => 1e11m,          // 100 billion litres: about twice Thailand's yearly fuel sales
        Dimension.Mass => 1e11m,            // 100 million tonnes: about four times Thailand's municipal waste
        Dimension.Distance => 1e12m,        // a trillion vehicle-kilometres
        Dimension.FreightDistance => 1e12m, // a trillion tonne-kilometres
        Dimension.PersonYear => 1e9m,       // a billion people
        Dimension.Area => 1e8m,             // 100 million hectares: twice Thailand's land area
    };

    /// <summary>The largest quantity of a line in <paramref name="unit"/>.</summary>
    public static decimal MaxQuantity(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return decimal.Round(MaxInBaseUnit(unit.Dimension) / unit.ToBase, 0, MidpointRounding.ToZero);
    }

    /// <summary>The largest custom factor, in kg of gas per base unit (SF6 per kg of gas is 23,500 kg CO2e).</summary>
    public const decimal MaxFactorKgPerBaseUnit = 1e5m;

    /// <summary>The largest custom factor in kg per <paramref name="perUnit"/>.</summary>
    public static decimal MaxFactor(Unit perUnit)
    {
        ArgumentNullException.ThrowIfNull(perUnit);
        return MaxFactorKgPerBaseUnit * perUnit.ToBase;
    }

    /// <summary>The most one line may emit: a billion tonnes CO2e, about three times Thailand's yearly emissions.</summary>
    public const decimal MaxLineCo2eKg = 1e12m;
}

/// <summary>
/// The rules of an activity line, in one place: every door calls <see cref="Check"/> and shows its failures; the
/// entity's own guards (<see cref="ActivityLine"/>, <see cref="LowCarbonCity.Domain.Inventory.CustomFactor"/>) remain as invariants
/// behind it. User input never throws here: each broken rule is a <see cref="LineFailure"/>, all reported at once.
/// </summary>
public static class LineIntake
{
    /// <summary>
    /// Checks <paramref name="draft"/> for an inventory of <paramref name="kind"/>. A refrigerant line whose parameters
    /// are a screening estimate needs no quantity: a stored line carries the estimate (charge × leak rate, kg) as its
    /// quantity; with <paramref name="screeningReplacesQuantity"/> (the anonymous calculator) it has none.
    /// </summary>
    public static LineIntakeResult Check(LineDraft draft, InventoryKind kind, bool screeningReplacesQuantity = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var failures = new List<LineFailure>();
        void Fail(string field, string code, params object[] arguments) => failures.Add(new LineFailure(field, code, arguments));

        CheckText(draft.Description, LineFields.Description, ActivityLine.MaxTextLength, Fail);
        CheckText(draft.DataSource, LineFields.DataSource, ActivityLine.MaxTextLength, Fail);
        CheckText(draft.NotationExplanation, LineFields.NotationExplanation, ActivityLine.MaxTextLength, Fail);
        CheckText(draft.ChangeExplanation, LineFields.ChangeExplanation, ActivityLine.MaxChangeExplanationLength, Fail);
        CheckText(draft.CustomFactor?.Justification, LineFields.FactorJustification, ActivityLine.MaxTextLength, Fail);
        CheckText(draft.ParametersJson, LineFields.Parameters, ActivityLine.MaxParametersLength, Fail);

        var quality = DataQuality.Medium;
        if (Blank(draft.DataQuality) is { } qualityText && !TryName(qualityText, out quality))
        {
            Fail(LineFields.DataQuality, LineCodes.QualityUnknown, qualityText);
        }

        GpcSubsector? subsector = null;
        if (Blank(draft.GpcSubsector) is { } gpcText)
        {
            if (!TryName(gpcText, out GpcSubsector parsedSubsector))
            {
                Fail(LineFields.GpcSubsector, LineCodes.GpcUnknown, gpcText, Names<GpcSubsector>());
            }
            else if (kind != InventoryKind.City)
            {
                Fail(LineFields.GpcSubsector, LineCodes.GpcCityOnly);
            }
            else
            {
                subsector = parsedSubsector;
            }
        }

        // Without a category no other rule can be read (units, method): refused, never guessed.
        if (Blank(draft.Category) is not { } categoryText)
        {
            Fail(LineFields.Category, LineCodes.CategoryRequired);
            return new LineIntakeResult(failures, null);
        }

        if (!TryName(categoryText, out ActivityCategory category))
        {
            Fail(LineFields.Category, LineCodes.CategoryUnknown, categoryText, Names<ActivityCategory>());
            return new LineIntakeResult(failures, null);
        }

        var definition = ActivityCategories.Get(category);
        var parameters = ReadParameters(definition.Method, draft.ParametersJson, Fail);
        var factorDraft = draft.CustomFactor is { IsEmpty: false } f ? f : null;

        Quantity? quantity = null;
        List<decimal>? months = null;
        NotationKey? key = null;
        CustomFactor? factor = null;
        if (Blank(draft.NotationKey) is { } keyText)
        {
            if (!TryName(keyText, out NotationKey parsedKey))
            {
                Fail(LineFields.NotationKey, LineCodes.KeyUnknown, keyText);
            }

            if (draft.Amount is not null || draft.HasMonthlyValues)
            {
                Fail(LineFields.NotationKey, LineCodes.KeyWithQuantity);
            }

            if (Blank(draft.NotationExplanation) is null)
            {
                Fail(LineFields.NotationExplanation, LineCodes.KeyExplanation);
            }

            if (factorDraft is not null)
            {
                Fail(LineFields.CustomFactor, LineCodes.KeyWithFactor);
            }

            key = parsedKey;
        }
        else
        {
            var screening = parameters as RefrigerantScreeningParameters;
            // Screening parameters that were refused already: no second refusal for the quantity they stand for.
            var screeningSent = definition.Method == CalculationMethod.Refrigerant && Blank(draft.ParametersJson) is not null;
            var unit = ReadUnit(draft, definition, required: !screeningSent || draft.Amount is not null || draft.HasMonthlyValues, Fail);
            if (screening is not null)
            {
                quantity = ReadScreening(screening, draft, unit, screeningReplacesQuantity, Fail);
            }
            else if (draft.Amount is not null && draft.HasMonthlyValues)
            {
                Fail(LineFields.Amount, LineCodes.AnnualAndMonthly);
            }
            else if (draft.HasMonthlyValues)
            {
                months = ReadMonths(draft.MonthlyValues!, unit, Fail);
                if (months is not null && unit is not null)
                {
                    quantity = new Quantity(months.Sum(), unit);
                }
            }
            else if (draft.Amount is { } amount)
            {
                if (CheckAmount(amount, unit, LineFields.Amount, Fail) && unit is not null)
                {
                    quantity = new Quantity(amount, unit);
                }
            }
            else if (!screeningSent)
            {
                Fail(LineFields.Amount, LineCodes.QuantityRequired);
            }

            if (factorDraft is not null)
            {
                factor = ReadFactor(factorDraft, definition, unit, Fail);
            }
        }

        if (failures.Count > 0)
        {
            return new LineIntakeResult(failures, null);
        }

        return new LineIntakeResult([], new IntakeLine(
            category, subsector, quantity, months, key, key is null ? null : draft.NotationExplanation!.Trim(), factor, parameters, quality,
            Blank(draft.Description), Blank(draft.DataSource)));
    }

    /// <summary>
    /// A refrigerant line by the screening method: the mass emitted is the charge × the annual leak rate, never typed.
    /// A stored line carries that mass as its quantity (in kg: what last year's comparison and the reports show); the
    /// calculator passes none (the engine derives it). An amount sent with the parameters must be that same mass (a
    /// form or file that shows it back), otherwise the line has two answers and is refused: the mass refilled or the
    /// screening estimate, not both.
    /// </summary>
    private static Quantity? ReadScreening(
        RefrigerantScreeningParameters screening, LineDraft draft, Unit? unit, bool calculatorOnly, Action<string, string, object[]> fail)
    {
        var emittedKg = screening.ChargeKg * screening.AnnualLeakRate;
        if (draft.HasMonthlyValues)
        {
            fail(LineFields.MonthlyValues, LineCodes.ScreeningWithQuantity, [emittedKg]);
            return null;
        }

        // Without a unit the amount was refused already (unit.required).
        if (draft.Amount is { } amount && unit is not null
            && decimal.Round(amount * unit.ToBase, 6, MidpointRounding.AwayFromZero) != decimal.Round(emittedKg * Quantities.Unit.Kilogram.ToBase, 6, MidpointRounding.AwayFromZero))
        {
            fail(LineFields.Amount, LineCodes.ScreeningWithQuantity, [emittedKg]);
            return null;
        }

        if (!CheckAmount(emittedKg, Quantities.Unit.Kilogram, LineFields.Parameters, fail))
        {
            return null;
        }

        return calculatorOnly ? null : new Quantity(emittedKg, Quantities.Unit.Kilogram);
    }

    private static Unit? ReadUnit(LineDraft draft, CategoryDefinition definition, bool required, Action<string, string, object[]> fail)
    {
        if (Blank(draft.Unit) is not { } unitText)
        {
            if (required)
            {
                fail(LineFields.Unit, LineCodes.UnitRequired, [UnitList(definition)]);
            }

            return null;
        }

        if (!Quantities.Unit.TryFromCode(unitText, out var unit))
        {
            fail(LineFields.Unit, LineCodes.UnitUnknown, [unitText, UnitList(definition)]);
            return null;
        }

        if (!definition.Accepts(unit))
        {
            fail(LineFields.Unit, LineCodes.UnitCategory, [unit.Code, definition.Category, UnitList(definition)]);
            return null;
        }

        return unit;
    }

    private static List<decimal>? ReadMonths(IReadOnlyList<decimal?> values, Unit? unit, Action<string, string, object[]> fail)
    {
        if (values.Count != 12)
        {
            fail(LineFields.MonthlyValues, LineCodes.MonthsCount, [values.Count]);
            return null;
        }

        var ok = true;
        for (var i = 0; i < 12; i++)
        {
            if (values[i] is not { } value)
            {
                fail(LineFields.Month(i), LineCodes.MonthRequired, [i + 1]);
                ok = false;
            }
            else
            {
                ok &= CheckAmount(value, unit, LineFields.Month(i), fail);
            }
        }

        if (!ok)
        {
            return null;
        }

        var months = values.Select(v => v!.Value).ToList();
        if (unit is not null && months.Sum() > QuantityBounds.MaxQuantity(unit))
        {
            // Each month is bounded, so the sum cannot overflow; the year as a whole must be plausible too.
            fail(LineFields.MonthlyValues, LineCodes.TooLarge, [QuantityBounds.MaxQuantity(unit), unit.Code]);
            return null;
        }

        return months;
    }

    private static bool CheckAmount(decimal value, Unit? unit, string field, Action<string, string, object[]> fail)
    {
        if (value < 0)
        {
            fail(field, LineCodes.Negative, []);
            return false;
        }

        if (unit is not null && value > QuantityBounds.MaxQuantity(unit))
        {
            fail(field, LineCodes.TooLarge, [QuantityBounds.MaxQuantity(unit), unit.Code]);
            return false;
        }

        return true;
    }

    private static CustomFactor? ReadFactor(CustomFactorDraft draft, CategoryDefinition definition, Unit? unit, Action<string, string, object[]> fail)
    {
        var ok = true;
        var gas = Gas.CO2e;
        if (Blank(draft.Gas) is not { } gasText)
        {
            fail(LineFields.FactorGas, LineCodes.FactorGasRequired, []);
            ok = false;
        }
        else if (!TryName(gasText, out gas))
        {
            fail(LineFields.FactorGas, LineCodes.FactorGasUnknown, [gasText, Names<Gas>()]);
            ok = false;
        }

        Unit? perUnit = null;
        if (Blank(draft.PerUnit) is not { } perUnitText)
        {
            fail(LineFields.FactorPerUnit, LineCodes.FactorUnitRequired, []);
            ok = false;
        }
        else if (!Quantities.Unit.TryFromCode(perUnitText, out perUnit))
        {
            fail(LineFields.FactorPerUnit, LineCodes.UnitUnknown, [perUnitText, UnitList(definition)]);
            ok = false;
        }
        else if (!definition.Accepts(perUnit) || (unit is not null && unit.Dimension != perUnit.Dimension))
        {
            fail(LineFields.FactorPerUnit, LineCodes.FactorUnitDimension, [perUnit.Code, unit?.Code ?? definition.DefaultUnit.Code]);
            ok = false;
        }

        if (draft.KgPerUnit is not { } kg)
        {
            fail(LineFields.FactorKgPerUnit, LineCodes.FactorValueRequired, []);
            ok = false;
        }
        else if (kg < 0)
        {
            fail(LineFields.FactorKgPerUnit, LineCodes.Negative, []);
            ok = false;
        }
        else if (perUnit is not null && kg > QuantityBounds.MaxFactor(perUnit))
        {
            fail(LineFields.FactorKgPerUnit, LineCodes.TooLarge, [QuantityBounds.MaxFactor(perUnit), "kg/" + perUnit.Code]);
            ok = false;
        }

        if (Blank(draft.Justification) is null)
        {
            fail(LineFields.FactorJustification, LineCodes.FactorJustification, []);
            ok = false;
        }

        return ok ? new CustomFactor(gas, draft.KgPerUnit!.Value, perUnit!, draft.Justification!) : null;
    }

    private static MethodParameters? ReadParameters(CalculationMethod method, string? json, Action<string, string, object[]> fail)
    {
        if (Blank(json) is null || json!.Length > ActivityLine.MaxParametersLength)
        {
            return null;
        }

        try
        {
            return MethodParametersJson.Parse(method, json);
        }
        catch (MethodParameterRangeException e)
        {
            fail($"{LineFields.Parameters}.{e.Parameter}", e.Maximum is null ? LineCodes.ParameterMinimum : LineCodes.ParameterRange,
                e.Maximum is { } maximum ? [e.Parameter, e.Minimum!.Value, maximum] : [e.Parameter, e.Minimum!.Value]);
        }
        catch (DomainRuleException e) when (e.Code == LineCodes.ParametersNone)
        {
            fail(LineFields.Parameters, LineCodes.ParametersNone, []);
        }
        catch (DomainRuleException e)
        {
            fail(LineFields.OfDomain(e.Field), LineCodes.ParametersInvalid, [e.Message]);
        }
        catch (JsonException e)
        {
            fail(LineFields.Parameters, LineCodes.ParametersInvalid, [e.Message]);
        }
        catch (FormatException e)
        {
            // Waste and wastewater parameters: a missing, unknown or mistyped property, named by its JSON path.
            fail(LineFields.Parameters, LineCodes.ParametersInvalid, [e.Message]);
        }
        catch (ArgumentException e)
        {
            // Waste and wastewater parameters: a value out of range; ParamName is the JSON property.
            fail(e.ParamName is { Length: > 0 } p ? $"{LineFields.Parameters}.{p}" : LineFields.Parameters, LineCodes.ParametersInvalid, [e.Message]);
        }

        return null;
    }

    private static void CheckText(string? text, string field, int max, Action<string, string, object[]> fail)
    {
        if (text is { } t && t.Length > max)
        {
            fail(field, LineCodes.TextTooLong, [max]);
        }
    }

    /// <summary>The units a category takes, as codes ("kWh, MWh, GJ").</summary>
    public static string UnitList(CategoryDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return string.Join(", ", definition.Units.Select(u => u.Code));
    }

    /// <summary>The accepted names of an enumeration, for a refusal that lists them ("High, Medium, Low").</summary>
    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A defined member by name, case-insensitive; never a number ("3" is not a category).</summary>
    private static bool TryName<T>(string text, out T value)
        where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }
}
