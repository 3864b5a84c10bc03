using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Web.Data.Seed;

/// <summary>
/// Plausible magnitudes for the generated nation (illustrative, not reported data). Organisation (CFO) amounts
/// are per inhabitant of the territory, taken from the demo city municipality (Chiang Mai: about 60 kWh of municipal
/// electricity, 3.3 L of truck diesel per inhabitant a year) and scaled down for smaller local governments, whose
/// operations are lighter per inhabitant; City (GPC) amounts are per inhabitant of the whole territory.
/// </summary>
internal static class NationalProfiles
{
    /// <summary>One kind of line: its category, unit, amount per inhabitant a year and (City) GPC sub-sector.</summary>
    public sealed record LineTemplate(ActivityCategory Category, Unit Unit, decimal PerCapita, string Description, GpcSubsector? Subsector = null);

    /// <summary>Share of each organisation type in the nation (Thailand: ~30 city, ~195 town, ~2,250 subdistrict municipalities, ~5,300 SAOs, 76 PAOs).</summary>
    public static readonly IReadOnlyList<(OrganisationType Type, decimal Share, int Population, decimal AreaKm2, decimal OperationsScale)> Types =
    [
        (OrganisationType.CityMunicipality, 0.004m, 110_000, 40m, 1.0m),
        (OrganisationType.TownMunicipality, 0.025m, 25_000, 15m, 0.9m),
        (OrganisationType.SubdistrictMunicipality, 0.283m, 8_000, 12m, 0.7m),
        (OrganisationType.SubdistrictAdministrativeOrganisation, 0.678m, 6_000, 70m, 0.5m),
        (OrganisationType.ProvincialAdministrativeOrganisation, 0.010m, 850_000, 6_700m, 0.08m),
    ];

    public static readonly IReadOnlyList<LineTemplate> Organisation =
    [
        new(ActivityCategory.GridElectricity, Unit.KWh, 60m, "Offices, pumping stations and street lighting"),
        new(ActivityCategory.OnRoadDiesel, Unit.Litre, 3.3m, "Refuse collection trucks"),
        new(ActivityCategory.OnRoadB7, Unit.Litre, 0.77m, "Pick-ups and fire engines"),
        new(ActivityCategory.OnRoadE20, Unit.Litre, 0.30m, "Administrative cars"),
        new(ActivityCategory.OffRoadDiesel, Unit.Litre, 0.17m, "Backhoes and mowers"),
        new(ActivityCategory.StationaryDiesel, Unit.Litre, 0.05m, "Standby generators"),
        new(ActivityCategory.StationaryLpg, Unit.Kilogram, 0.046m, "School and centre kitchens"),
        new(ActivityCategory.RefrigerantR32, Unit.Kilogram, 0.00033m, "Split air-conditioner top-ups"),
        new(ActivityCategory.FireExtinguisherCO2, Unit.Kilogram, 0.001m, "Extinguishers discharged in drills"),
        new(ActivityCategory.TapWaterPwa, Unit.CubicMetre, 0.46m, "Offices and schools"),
        new(ActivityCategory.PaperUncoated, Unit.Kilogram, 0.058m, "A4 paper"),
    ];

    public static readonly IReadOnlyList<LineTemplate> City =
    [
        new(ActivityCategory.GridElectricity, Unit.KWh, 1_100m, "Households", GpcSubsector.Residential),
        new(ActivityCategory.GridElectricity, Unit.KWh, 1_500m, "Shops, hotels, offices", GpcSubsector.CommercialInstitutional),
        new(ActivityCategory.StationaryLpg, Unit.Kilogram, 60m, "Household cooking", GpcSubsector.Residential),
        new(ActivityCategory.StationaryLpg, Unit.Kilogram, 40m, "Restaurants and hotels", GpcSubsector.CommercialInstitutional),
        new(ActivityCategory.OnRoadB7, Unit.Litre, 400m, "Diesel sales", GpcSubsector.OnRoad),
        new(ActivityCategory.OnRoadE20, Unit.Litre, 250m, "Gasohol sales", GpcSubsector.OnRoad),
        new(ActivityCategory.OnRoadLpg, Unit.Litre, 40m, "LPG vehicles", GpcSubsector.OnRoad),
        new(ActivityCategory.OffRoadDiesel, Unit.Litre, 15m, "Farm and construction machinery", GpcSubsector.OffRoad),
        new(ActivityCategory.StationaryDiesel, Unit.Litre, 10m, "Generators and small industry", GpcSubsector.ManufacturingConstruction),
    ];
}
