namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// What an activity line measures. It decides the units a line may use, the factors that apply, the CFO scope
/// and the calculation method (see <see cref="ActivityCategories"/>). Stored by name: never renumber or rename.
/// </summary>
public enum ActivityCategory
{
    // Stationary combustion (scope 1)
    StationaryDiesel,
    StationaryGasoline,
    StationaryLpg,
    StationaryNaturalGas,
    StationaryFuelOilA,
    StationaryFuelOilC,
    StationaryLignite,
    StationaryAnthracite,
    StationaryBituminousCoal,
    StationarySubBituminousCoal,
    StationaryB7,
    StationaryFuelWood,
    StationaryBagasse,
    StationaryPalmKernelShell,
    StationaryCornCob,
    StationaryBiogas,

    // Mobile combustion (scope 1)
    OnRoadDiesel,
    OnRoadB7,
    OnRoadB20,
    OnRoadGasolineUncontrolled,
    OnRoadGasolineOxidationCatalyst,
    OnRoadGasolineLowMileage,
    OnRoadE10,
    OnRoadE20,
    OnRoadE85,
    OnRoadLpg,
    OnRoadCng,
    OffRoadDiesel,
    OffRoadB7,
    AviationJetKerosene,

    // Purchased electricity (scope 2)
    GridElectricity,

    // Refrigerants and other fugitives (scope 1; R-22 memo)
    RefrigerantR22,
    RefrigerantR32,
    RefrigerantR125,
    RefrigerantR134,
    RefrigerantR134a,
    RefrigerantR143,
    RefrigerantR143a,
    RefrigerantR404A,
    RefrigerantR407A,
    RefrigerantR407C,
    RefrigerantR410A,
    FireExtinguisherCO2,
    SwitchgearSF6,

    // Scope 3 of an organisation
    TapWaterMwa,
    TapWaterPwa,
    TapWaterIndustrialEstate,
    PaperUncoated,
    WasteToThirdPartyLandfill,
    UpstreamDiesel,
    UpstreamGasoline,
    UpstreamLpg,
    UpstreamElectricity,
    FreightTruck4WheelLoaded,
    FreightTruck4WheelEmpty,
    FreightTruck6WheelLoaded,
    FreightTruck6WheelEmpty,
    FreightTruck10WheelLoaded,
    FreightTruck10WheelEmpty,

    // Waste the organisation or city treats (method-based)
    SolidWasteDisposal,
    Composting,
    AnaerobicDigestion,
    Incineration,
    OpenBurning,

    // Wastewater (method-based)
    DomesticWastewater,
    WastewaterCod,
    SepticTank,
    IndustrialWastewater,
}

/// <summary>How a category turns activity into emissions.</summary>
public enum CalculationMethod
{
    /// <summary>Activity × factor per gas from the edition (or a custom factor).</summary>
    EmissionFactor,
    /// <summary>Refrigerants: mass refilled (or charge × leak rate) × component mass fractions.</summary>
    Refrigerant,
    /// <summary>IPCC 2006 first-order decay over a site's deposit history, GPC variant, or methane commitment.</summary>
    SolidWasteDisposal,
    BiologicalTreatment,
    IncinerationOrOpenBurning,
    DomesticWastewater,
    WastewaterCod,
    SepticTank,
    IndustrialWastewater,
}

/// <summary>Groups for the editor and reports.</summary>
public enum CategoryGroup
{
    StationaryCombustion,
    MobileCombustion,
    Electricity,
    Fugitive,
    PurchasedGoodsAndServices,
    FuelAndEnergyUpstream,
    Transport,
    Waste,
    Wastewater,
}
