using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// Realistic inventories of 60 activity lines for docs/design.md section 4 ("60 lines, landfill with 30 years of deposits"):
/// what a town municipality enters in a year (meters, vehicles, refrigerants, water, paper, its landfill, wastewater),
/// all with annual quantities. Deterministic: the same records every run.
/// </summary>
internal static class Inventories
{
    public const int Year = 2025;

    /// <summary>Waste types deposited every year at the municipality's landfill, with their share of the tonnage.</summary>
    private static readonly (WasteType Type, decimal Share)[] Composition =
    [
        (WasteType.Food, 0.45m), (WasteType.Garden, 0.10m), (WasteType.Paper, 0.12m), (WasteType.Wood, 0.04m),
        (WasteType.Textiles, 0.04m), (WasteType.Plastics, 0.18m), (WasteType.MetalGlassInert, 0.07m),
    ];

    /// <summary>30 years of deposits (1996-2025), seven waste types each: 210 deposit rows, growing 3 % a year.</summary>
    public static SolidWasteDisposalParameters Landfill()
    {
        var deposits = new List<LandfillDeposit>();
        var tonnes = 4_000m;
        for (var year = Year - 29; year <= Year; year++)
        {
            deposits.AddRange(Composition.Select(c => new LandfillDeposit(year, c.Type, tonnes * c.Share)));
            tonnes *= 1.03m;
        }

        return new SolidWasteDisposalParameters(SiteManagement.ManagedSemiAerobicPoor, ClimateZone.TropicalMoistWet, deposits);
    }

    /// <summary>A TGO CFO inventory of the municipality's own operations: 60 lines.</summary>
    public static IReadOnlyList<ActivityRecord> Organisation()
    {
        var lines = new List<ActivityRecord>();
        void Add(ActivityCategory category, decimal value, Unit unit, MethodParameters? parameters = null) =>
            lines.Add(new ActivityRecord(Id(lines.Count), category, new Quantity(value, unit), Parameters: parameters));

        // 20 electricity meters: offices, street-lighting zones, pumping stations, the market, schools.
        for (var i = 0; i < 20; i++)
        {
            Add(ActivityCategory.GridElectricity, 8_000m + (1_250m * i), Unit.KWh);
        }

        // 14 vehicle and machine fuel lines.
        for (var i = 0; i < 4; i++)
        {
            Add(ActivityCategory.OnRoadDiesel, 3_000m + (500m * i), Unit.Litre);
            Add(ActivityCategory.OnRoadB7, 2_000m + (400m * i), Unit.Litre);
        }

        Add(ActivityCategory.OnRoadE20, 1_800m, Unit.Litre);
        Add(ActivityCategory.OnRoadE10, 2_400m, Unit.Litre);
        Add(ActivityCategory.OnRoadGasolineOxidationCatalyst, 900m, Unit.Litre);
        Add(ActivityCategory.OffRoadDiesel, 1_200m, Unit.Litre);
        Add(ActivityCategory.OffRoadB7, 800m, Unit.Litre);
        Add(ActivityCategory.OnRoadLpg, 600m, Unit.Litre);

        // 3 stationary fuel lines.
        Add(ActivityCategory.StationaryLpg, 540m, Unit.Kilogram);
        Add(ActivityCategory.StationaryLpg, 300m, Unit.Litre);
        Add(ActivityCategory.StationaryDiesel, 400m, Unit.Litre);

        // 8 refrigerant and fugitive lines (one by the screening method).
        Add(ActivityCategory.RefrigerantR32, 6m, Unit.Kilogram);
        Add(ActivityCategory.RefrigerantR410A, 4m, Unit.Kilogram);
        Add(ActivityCategory.RefrigerantR22, 3m, Unit.Kilogram);
        Add(ActivityCategory.RefrigerantR134a, 2m, Unit.Kilogram);
        Add(ActivityCategory.RefrigerantR404A, 1.5m, Unit.Kilogram);
        Add(ActivityCategory.FireExtinguisherCO2, 20m, Unit.Kilogram);
        Add(ActivityCategory.SwitchgearSF6, 0.2m, Unit.Kilogram);
        lines.Add(new ActivityRecord(Id(lines.Count), ActivityCategory.RefrigerantR407C, null,
            Parameters: new RefrigerantScreeningParameters(25m, 0.05m, RefrigerationEquipmentClass.ResidentialCommercialAirConditioning)));

        // 6 waste and wastewater lines the municipality operates, the landfill with 30 years of deposits among them.
        Add(ActivityCategory.SolidWasteDisposal, 4_000m * Pow(1.03m, 29), Unit.Tonne, Landfill());
        Add(ActivityCategory.Composting, 350m, Unit.Tonne);
        Add(ActivityCategory.SepticTank, 180m, Unit.PersonYear);
        Add(ActivityCategory.WastewaterCod, 12_000m, Unit.CubicMetre, new WastewaterCodParameters(120m, Mcf: 0.8m));
        Add(ActivityCategory.DomesticWastewater, 2_500m, Unit.PersonYear, new DomesticWastewaterParameters(
            [new PathwayShare(TreatmentPathway.SepticSystem, 0.7m), new PathwayShare(TreatmentPathway.AnaerobicShallowLagoon, 0.3m)]));
        Add(ActivityCategory.WasteToThirdPartyLandfill, 45m, Unit.Tonne);

        // 8 scope-3 lines.
        Add(ActivityCategory.TapWaterPwa, 9_500m, Unit.CubicMetre);
        Add(ActivityCategory.TapWaterPwa, 2_100m, Unit.CubicMetre);
        Add(ActivityCategory.PaperUncoated, 1_200m, Unit.Kilogram);
        Add(ActivityCategory.UpstreamDiesel, 24_000m, Unit.Kilogram);
        Add(ActivityCategory.UpstreamGasoline, 3_200m, Unit.Kilogram);
        Add(ActivityCategory.UpstreamLpg, 700m, Unit.Kilogram);
        Add(ActivityCategory.FreightTruck6WheelLoaded, 18_000m, Unit.TonneKilometre);
        Add(ActivityCategory.FreightTruck6WheelEmpty, 9_000m, Unit.Kilometre);

        // 1 notation-key line.
        lines.Add(new ActivityRecord(Id(lines.Count), ActivityCategory.StationaryBiogas, null, NotationKey.NO) { NotationExplanation = "No biogas plant." });
        return lines;
    }

    /// <summary>A GPC city inventory of the same town: 60 lines across sectors I-IV and VI.</summary>
    public static IReadOnlyList<ActivityRecord> City()
    {
        var lines = new List<ActivityRecord>();
        void Add(ActivityCategory category, decimal value, Unit unit, GpcSubsector? subsector = null, MethodParameters? parameters = null) =>
            lines.Add(new ActivityRecord(Id(lines.Count), category, new Quantity(value, unit), GpcSubsector: subsector, Parameters: parameters));

        // 24 electricity lines: residential, commercial, manufacturing, agriculture, by district.
        GpcSubsector[] gridUsers = [GpcSubsector.Residential, GpcSubsector.CommercialInstitutional, GpcSubsector.ManufacturingConstruction, GpcSubsector.AgricultureForestryFishing];
        for (var i = 0; i < 24; i++)
        {
            Add(ActivityCategory.GridElectricity, 1_500_000m + (75_000m * i), Unit.KWh, gridUsers[i % gridUsers.Length]);
        }

        // 14 stationary fuel lines.
        GpcSubsector[] fuelUsers = [GpcSubsector.Residential, GpcSubsector.CommercialInstitutional, GpcSubsector.ManufacturingConstruction, GpcSubsector.AgricultureForestryFishing];
        foreach (var user in fuelUsers)
        {
            Add(ActivityCategory.StationaryLpg, 60_000m, Unit.Kilogram, user);
            Add(ActivityCategory.StationaryDiesel, 25_000m, Unit.Litre, user);
        }

        Add(ActivityCategory.StationaryFuelWood, 90_000m, Unit.Kilogram, GpcSubsector.Residential);
        Add(ActivityCategory.StationaryBagasse, 400_000m, Unit.Kilogram, GpcSubsector.ManufacturingConstruction);
        Add(ActivityCategory.StationaryBiogas, 30_000m, Unit.CubicMetre, GpcSubsector.AgricultureForestryFishing);
        Add(ActivityCategory.StationaryNaturalGas, 2_000_000m, Unit.MJ, GpcSubsector.ManufacturingConstruction);
        Add(ActivityCategory.StationaryFuelOilA, 40_000m, Unit.Litre, GpcSubsector.ManufacturingConstruction);
        Add(ActivityCategory.StationaryDiesel, 100_000m, Unit.Litre, GpcSubsector.EnergyGenerationSuppliedToGrid);

        // 10 transport lines.
        Add(ActivityCategory.OnRoadDiesel, 2_500_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadB7, 1_200_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadB20, 150_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadE10, 1_800_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadE20, 900_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadE85, 60_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadGasolineOxidationCatalyst, 300_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadLpg, 250_000m, Unit.Litre);
        Add(ActivityCategory.OnRoadCng, 120_000m, Unit.Kilogram);
        Add(ActivityCategory.OffRoadDiesel, 200_000m, Unit.Litre);

        // 7 waste and wastewater lines, the landfill with 30 years of deposits among them.
        Add(ActivityCategory.SolidWasteDisposal, 4_000m * Pow(1.03m, 29), Unit.Tonne, parameters: Landfill());
        Add(ActivityCategory.Composting, 1_200m, Unit.Tonne);
        Add(ActivityCategory.AnaerobicDigestion, 800m, Unit.Tonne);
        Add(ActivityCategory.DomesticWastewater, 20_000m, Unit.PersonYear, parameters: new DomesticWastewaterParameters(
            [new PathwayShare(TreatmentPathway.SepticSystem, 0.6m), new PathwayShare(TreatmentPathway.AnaerobicShallowLagoon, 0.15m),
             new PathwayShare(TreatmentPathway.SeaRiverLakeDischarge, 0.25m)]));
        Add(ActivityCategory.IndustrialWastewater, 150_000m, Unit.CubicMetre, parameters: new IndustrialWastewaterParameters(3.5m, Pathway: TreatmentPathway.AnaerobicDeepLagoon));
        lines.Add(new ActivityRecord(Id(lines.Count), ActivityCategory.WasteToThirdPartyLandfill, new Quantity(600m, Unit.Tonne)));
        Add(ActivityCategory.SepticTank, 1_000m, Unit.PersonYear);

        // 3 IPPU lines and 2 notation keys.
        Add(ActivityCategory.RefrigerantR32, 120m, Unit.Kilogram);
        Add(ActivityCategory.RefrigerantR410A, 80m, Unit.Kilogram);
        Add(ActivityCategory.SwitchgearSF6, 1m, Unit.Kilogram);
        lines.Add(new ActivityRecord(Id(lines.Count), ActivityCategory.AviationJetKerosene, null, NotationKey.NO) { NotationExplanation = "No airport." });
        lines.Add(new ActivityRecord(Id(lines.Count), ActivityCategory.StationaryLignite, null, NotationKey.NE, GpcSubsector.ManufacturingConstruction) { NotationExplanation = "Not collected." });
        return lines;
    }

    private static Guid Id(int index) => new(index + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static decimal Pow(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
