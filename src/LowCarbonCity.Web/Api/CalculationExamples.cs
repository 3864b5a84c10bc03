namespace LowCarbonCity.Web.Api;

/// <summary>Worked examples for the OpenAPI description of <c>POST /api/v1/calculations</c>, one request per method family.</summary>
internal static class CalculationExamples
{
    /// <summary>The request body's example: a year of grid electricity, 12,000 kWh × 0.4999 = 5,998.8 kg CO2e (docs/api.md).</summary>
    public const string Request = """
        {"year": 2025, "lines": [{"id": "town-hall", "category": "GridElectricity", "quantity": {"value": 12000, "unit": "kWh"}}]}
        """;

    public const string Description = """
        Calculates activity lines with a factor edition and a GWP set and returns every line's gases, CO2e (kg), scope,
        GPC reference and formula, plus the totals (CFO scopes, or GPC BASIC / BASIC+ / territorial). Nothing is stored.
        Each line has exactly one of `quantity`, `monthly` or `notationKey`. Errors come back as a validation problem
        whose keys name the field, e.g. `lines[0].quantity.unit`. `GET /api/v1/categories` lists each category's units,
        method and parameters; `parameters` follows the method's schema (`...Parameters`), chosen by the line's category.
        The same examples, worked by hand: docs/api.md. Methods and sources: docs/domain/calculation-method.md.

        **Fuel** (2025, edition TGO-CFO-2022-04, AR5): `{"year":2025,"lines":[{"category":"OnRoadDiesel","quantity":{"value":1000,"unit":"L"}}]}`
        → 1000 × (2.6987 + 0.000142 × 30 + 0.000142 × 265) = 2,740.59 kg CO2e, scope 1.
        The energy route: `{"category":"OnRoadDiesel","quantity":{"value":36.42,"unit":"GJ"}}` uses IPCC kg/TJ factors;
        a blend: `{"category":"OnRoadB7","quantity":{"value":1000,"unit":"L"}}` puts its biogenic CO2 in a memo item.

        **Electricity**: `{"year":2026,"lines":[{"category":"GridElectricity","monthly":{"values":[100,100,100,100,100,100,100,100,100,100,100,100],"unit":"kWh"}}]}`
        → 1,200 kWh × 0.4750 = 570 kg CO2e, scope 2 (2025 data: × 0.4999). Add `"includeElectricityUpstream":true` for the scope-3 upstream part.

        **Refrigerant**: `{"year":2025,"lines":[{"category":"RefrigerantR410A","quantity":{"value":2,"unit":"kg"}},{"category":"RefrigerantR32","parameters":{"chargeKg":2.5,"annualLeakRate":0.05}}]}`
        → refill: 1 kg HFC-32 × 677 + 1 kg HFC-125 × 3170 = 3,847 kg CO2e; screening: 0.125 kg HFC-32 × 677 = 84.625 kg CO2e.

        **Scope 3**: `{"year":2025,"lines":[{"category":"TapWaterPwa","quantity":{"value":1000,"unit":"m3"}}]}` → 541 kg CO2e.

        **Landfill** (IPCC 2006 first-order decay, 6-month delay):
        `{"year":2021,"lines":[{"category":"SolidWasteDisposal","quantity":{"value":0,"unit":"t"},"parameters":{"management":"UnmanagedDeep","climate":"TropicalMoistWet","deposits":[{"year":2020,"wasteType":"Food","tonnes":1000}],"convention":"IpccFirstOrderDecay"}}]}`
        → DDOCm = 1000 × 0.15 × 0.5 × 0.8 = 60 t; 2021: 60 × (1 − e^−0.4) × 0.5 × 16/12 = 13.187 t CH4
        (`"convention":"GpcNoDelay"` or `"MethaneCommitment"` for the others; `mcf`, `methaneFraction`, `docf`,
        `oxidationFactor` and `wasteTypeFactors` (DOC and k per waste type) override the IPCC defaults).

        **Composting**: `{"year":2025,"lines":[{"category":"Composting","quantity":{"value":100,"unit":"t"},"parameters":{"basis":"Wet"}}]}` → 0.4 t CH4 and 0.024 t N2O.

        **Incineration**: `{"year":2025,"lines":[{"category":"Incineration","quantity":{"value":100,"unit":"t"},"parameters":{"composition":[{"component":"Food","fraction":0.5},{"component":"Plastics","fraction":0.5}],"technology":"ContinuousStoker","stream":"Msw"}}]}`
        → fossil CO2 100 × 0.5 × 0.75 × 44/12 = 137.5 t, CH4 0.02 kg, N2O 5 kg.

        **Wastewater**, Thai CFO COD method: `{"year":2025,"lines":[{"category":"WastewaterCod","quantity":{"value":775.2,"unit":"m3"},"parameters":{"codMgPerL":120,"mcf":0.8}}]}`
        → 775.2 × 0.120 × 0.25 × 0.8 = 18.6048 kg CH4 (non-fossil, × 28 under AR5).
        Domestic by pathway: `{"year":2025,"lines":[{"category":"DomesticWastewater","quantity":{"value":10000,"unit":"person-year"},"parameters":{"pathways":[{"pathway":"SepticSystem","fraction":1}],"bodGPerPersonDay":40}}]}`.

        **Custom factor** (one gas per line, with a justification): `{"year":2025,"lines":[{"category":"StationaryDiesel","quantity":{"value":500,"unit":"L"},"customFactor":{"gas":"CO2e","kgPerUnit":2.75,"perUnit":"L","justification":"Supplier certificate"}}]}` → 1,375 kg CO2e.

        **City (GPC)**: `{"year":2025,"kind":"City","lines":[{"category":"GridElectricity","gpcSubsector":"Residential","quantity":{"value":1000000,"unit":"kWh"}},{"category":"StationaryNaturalGas","gpcSubsector":"EnergyGenerationSuppliedToGrid","notationKey":"NO","notationExplanation":"No power plant"}]}`
        → I.1.2 = 499,900 kg CO2e in BASIC; I.4.4 reported as NO.
        """;
}
