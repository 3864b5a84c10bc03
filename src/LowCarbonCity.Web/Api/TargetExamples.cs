namespace LowCarbonCity.Web.Api;

/// <summary>Example bodies of the targets API for the OpenAPI description (each one the endpoint accepts).</summary>
internal static class TargetExamples
{
    public const string Target = """
        {"scopeKind": "Province", "provinceId": 38, "inventoryKind": "City", "baseYear": 2019, "targetYear": 2030,
         "reductionKind": "Percent", "reductionValue": 21, "scopes": ["Scope1", "Scope2"], "sectors": [],
         "bauMethod": "GrowthRate", "bauRatePercent": 3}
        """;

    public const string Measure = """
        {"sector": "Electricity", "descriptionTh": "ติดตั้งโซลาร์เซลล์บนอาคารราชการ", "descriptionEn": "Solar rooftops on public buildings",
         "expectedTonnesPerYear": 12000, "startYear": 2024, "status": "InProgress", "responsibleOrganisation": "Chiang Mai PAO",
         "progressPercent": 35}
        """;
}
