using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>An amount with its unit code (e.g. <c>{"value": 1000, "unit": "L"}</c>). Units always travel with quantities.</summary>
public sealed record QuantityDto(decimal? Value, string? Unit);

/// <summary>Twelve monthly values (January first) in one unit.</summary>
public sealed record MonthlyDto(IReadOnlyList<decimal>? Values, string? Unit);

/// <summary>A line's own factor: kg of <c>gas</c> per one <c>perUnit</c>, with the written justification.</summary>
public sealed record CustomFactorDto(string? Gas, decimal? KgPerUnit, string? PerUnit, string? Justification);

/// <summary>One activity line to calculate: a quantity (annual or monthly) or a notation key, never both.</summary>
public sealed record CalculationLineDto
{
    /// <summary>Your own reference for the line, echoed in the result.</summary>
    public string? Id { get; init; }

    /// <summary>An activity category name, e.g. <c>OnRoadDiesel</c>, <c>GridElectricity</c>, <c>SolidWasteDisposal</c>.</summary>
    public string? Category { get; init; }

    public QuantityDto? Quantity { get; init; }

    public MonthlyDto? Monthly { get; init; }

    /// <summary>NO, IE, NE, NA or C, with a <c>notationExplanation</c>.</summary>
    public string? NotationKey { get; init; }

    public string? NotationExplanation { get; init; }

    /// <summary>City inventories: the GPC sub-sector (e.g. <c>Residential</c>, <c>OnRoad</c>); default: the category's.</summary>
    public string? GpcSubsector { get; init; }

    /// <summary>City inventories, waste: <c>GeneratedAndTreatedInCity</c>, <c>GeneratedInCityTreatedOutside</c> or <c>GeneratedOutsideTreatedInCity</c>.</summary>
    public string? WasteBoundary { get; init; }

    public CustomFactorDto? CustomFactor { get; init; }

    /// <summary>Method parameters (landfill deposit history, wastewater pathways, refrigerant screening...), see docs/domain.</summary>
    public System.Text.Json.JsonElement? Parameters { get; init; }

    /// <summary>High, Medium (default) or Low.</summary>
    public string? DataQuality { get; init; }
}

/// <summary>A calculation request: activity lines plus the basis (year, kind, factor edition, GWP set, options).</summary>
public sealed record CalculationRequest
{
    /// <summary>
    /// Required. The inventory year (Gregorian), 1950 to 2100; a year before 2000 only with a named <c>factorEdition</c>.
    /// It picks the factor edition valid for that year unless <c>factorEdition</c> is given.
    /// </summary>
    [Required, Range(InventoryYears.Min, InventoryYears.Max)]
    public int? Year { get; init; }

    /// <summary><c>Organisation</c> (TGO CFO scopes) or <c>City</c> (GPC). Default Organisation.</summary>
    public string? Kind { get; init; }

    /// <summary>A factor edition code, e.g. <c>TGO-CFO-2022-04</c>; default: the edition valid for the year.</summary>
    public string? FactorEdition { get; init; }

    /// <summary>
    /// A GWP set code: <c>AR5</c> (IPCC AR5 as TGO's CFO applies it, fossil CH4 30), <c>AR5-GPC</c> (AR5 as GPC and CDP
    /// reporting applies it, CH4 28), <c>AR6</c> or <c>AR4</c> (list: <c>GET /api/v1/gwp-sets</c>). Default: the
    /// inventory kind's convention, <c>AR5</c> for Organisation and <c>AR5-GPC</c> for City.
    /// </summary>
    public string? GwpSet { get; init; }

    /// <summary>Add the upstream of grid electricity as a scope-3 part.</summary>
    public bool IncludeElectricityUpstream { get; init; }

    /// <summary>City only: share of the grid factor due to T&amp;D losses, moved to GPC x.3.</summary>
    public decimal? GridLossShare { get; init; }

    public IReadOnlyList<CalculationLineDto>? Lines { get; init; }
}

/// <summary>The factor a gas came from.</summary>
public sealed record FactorDto(decimal KgPerUnit, string PerUnit, string Source, string? Edition, bool IsCustom);

/// <summary>One gas of one line: mass, GWP and CO2e in kg.</summary>
public sealed record GasDto(Gas Gas, decimal MassKg, decimal Gwp, decimal Co2eKg, bool IsMemo, FactorDto? Factor);

/// <summary>One result part of one request line.</summary>
public sealed record LineResultDto(
    int Line,
    string? Id,
    LinePart Part,
    ActivityCategory Category,
    EmissionScope Scope,
    string? GpcReference,
    QuantityOutDto? Quantity,
    QuantityOutDto? ConvertedQuantity,
    IReadOnlyList<GasDto> Gases,
    decimal? Co2eKg,
    decimal MemoCo2eKg,
    string Formula,
    bool UsesCustomFactor,
    NotationKey? NotationKey,
    string? Convention,
    DataQuality DataQuality);

/// <summary>An amount with its unit code.</summary>
public sealed record QuantityOutDto(decimal Value, string Unit);

/// <summary>CFO totals in kg CO2e.</summary>
public sealed record OrganisationTotalsDto(decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal TotalKg, decimal MemoKg);

/// <summary>One GPC cell: CO2e or notation keys.</summary>
public sealed record GpcCellDto(string Reference, GpcSubsector Subsector, EmissionScope Scope, decimal? Co2eKg, IReadOnlyList<NotationKey> NotationKeys, IReadOnlyList<string> Notes, bool InBasic, bool InBasicPlus, bool InTerritorial);

/// <summary>GPC totals in kg CO2e.</summary>
public sealed record CityTotalsDto(decimal BasicKg, decimal BasicPlusKg, decimal TerritorialKg, decimal Scope1Kg, decimal Scope2Kg, decimal Scope3Kg, decimal MemoKg, IReadOnlyList<GpcCellDto> Cells);

/// <summary>The whole result, naming the factor edition and the GWP set (code, Thai and English names, citation) it used.</summary>
public sealed record CalculationResponse(
    int Year,
    InventoryKind Kind,
    string FactorEdition,
    string GwpSet,
    string GwpSetNameTh,
    string GwpSetNameEn,
    string GwpSetSource,
    IReadOnlyList<LineResultDto> Lines,
    OrganisationTotalsDto? Organisation,
    CityTotalsDto? City);
