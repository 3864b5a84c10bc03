using System.Globalization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>A name a program sends (a category, a waste type...) with its Thai and English labels.</summary>
public sealed record NamedValueDto(string Name, string NameTh, string NameEn);

/// <summary>
/// One method parameter: JSON name, type (<c>Number</c>, <c>WholeNumber</c>, <c>Boolean</c>, <c>Name</c>, <c>List</c>,
/// <c>Nested</c>), whether it is required, unit, range, the default (or, when it depends on other values, a note),
/// accepted names with labels, and the fields of a list's items or a nested object.
/// </summary>
public sealed record ParameterDto(
    string Name,
    ParameterType Type,
    bool Required,
    string? Unit,
    decimal? Minimum,
    decimal? Maximum,
    object? Default,
    string? DefaultNote,
    string? Description,
    IReadOnlyList<NamedValueDto>? Values,
    IReadOnlyList<ParameterDto>? Fields);

/// <summary>
/// One activity category: its name, Thai and English labels, group, CFO scope, default GPC sub-sector, the units a
/// quantity may be in (the first is the one offered first), its method and the method's parameters.
/// </summary>
public sealed record CategoryDto(
    string Name,
    string NameTh,
    string NameEn,
    CategoryGroup Group,
    EmissionScope Scope,
    GpcSubsector DefaultGpcSubsector,
    string DefaultUnit,
    IReadOnlyList<string> Units,
    CalculationMethod Method,
    bool ParametersRequired,
    IReadOnlyList<ParameterDto> Parameters);

/// <summary>
/// Every category as a client needs it to build a valid line, read from what checks lines: the category catalogue
/// (<see cref="ActivityCategories"/>, the units <see cref="LineIntake"/> accepts) and the method parameter records
/// (<see cref="MethodParameterSchema"/>). Labels of names come from the pages' resources.
/// </summary>
public static class CategoryCatalog
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The resource prefix of the names the method forms already label; other names use <c>Parameter_{Type}_{Name}</c>.</summary>
    private static readonly Dictionary<Type, string> FormPrefixes = new()
    {
        [typeof(SiteManagement)] = "Method_Management_",
        [typeof(ClimateZone)] = "Method_Climate_",
        [typeof(LandfillConvention)] = "Method_Convention_",
        [typeof(TreatmentPathway)] = "Method_Pathway_",
        [typeof(MassBasis)] = "Method_Basis_",
        [typeof(IncineratorTechnology)] = "Method_Technology_",
        [typeof(WasteType)] = "Method_",
        [typeof(WasteComponent)] = "Method_Inci",
    };

    /// <summary>Every category, in the catalogue's order.</summary>
    public static IReadOnlyList<CategoryDto> All { get; } = ActivityCategories.All.Select(Describe).ToArray();

    /// <summary>The enumerations whose names a method parameter takes (for the label tests).</summary>
    public static IReadOnlyList<Type> NameTypes { get; } =
    [
        .. Enum.GetValues<CalculationMethod>().SelectMany(m => NameTypesOf(MethodParameterSchema.Of(m))).Distinct(),
    ];

    /// <summary>The resource key of a name's label.</summary>
    public static string LabelKey(Type nameType, string name)
    {
        ArgumentNullException.ThrowIfNull(nameType);
        return FormPrefixes.TryGetValue(nameType, out var prefix) && Texts.Instance.Get(prefix + name, English) != prefix + name
            ? prefix + name
            : $"Parameter_{nameType.Name}_{name}";
    }

    /// <summary>The parameters of a method with labels (empty for a method that takes none).</summary>
    public static IReadOnlyList<ParameterDto> ParametersOf(CalculationMethod method) => [.. MethodParameterSchema.Of(method).Select(Dto)];

    private static CategoryDto Describe(CategoryDefinition definition) => new(
        definition.Category.ToString(),
        definition.NameTh,
        definition.NameEn,
        definition.Group,
        definition.CfoScope,
        definition.DefaultGpcSubsector,
        definition.DefaultUnit.Code,
        [definition.DefaultUnit.Code, .. definition.Units.Select(u => u.Code).Where(c => c != definition.DefaultUnit.Code)],
        definition.Method,
        MethodParametersJson.ParametersRequired(definition.Method),
        ParametersOf(definition.Method));

    private static ParameterDto Dto(ParameterSchema p) => new(
        p.Name,
        p.Type,
        p.Required,
        p.Unit,
        p.Minimum,
        p.Maximum,
        p.Default,
        p.DefaultNote,
        p.Description,
        p.NameType is { } type
            ? p.Names!.Select(n => new NamedValueDto(n, Texts.Instance.Get(LabelKey(type, n), Thai), Texts.Instance.Get(LabelKey(type, n), English))).ToArray()
            : null,
        p.Fields?.Select(Dto).ToArray());

    private static IEnumerable<Type> NameTypesOf(IEnumerable<ParameterSchema> parameters) =>
        parameters.SelectMany(p => (p.NameType is { } t ? [t] : Enumerable.Empty<Type>()).Concat(NameTypesOf(p.Fields ?? [])));
}
