using System.Text.Json.Nodes;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// Example request bodies for the OpenAPI description (shown by the interactive reference): each is a body the
/// endpoint accepts, so a reader can paste it.
/// </summary>
internal static class RequestExamples
{
    public const string CreateInventory = """
        {"organisationId": 12, "year": 2025, "kind": "Organisation"}
        """;

    public const string Line = """
        {"category": "GridElectricity", "amount": 125000, "unitCode": "kWh", "description": "Town hall and street lighting",
         "dataSource": "PEA bills, January to December", "dataQuality": "High"}
        """;

    public const string BulkUpsert = """
        {"lines": [
          {"line": {"category": "OnRoadDiesel", "monthlyValues": [820, 790, 805, 810, 800, 795, 830, 815, 790, 805, 810, 840], "unitCode": "L",
                    "dataSource": "Fuel logbook", "dataQuality": "Medium"}},
          {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "version": 2,
           "line": {"category": "GridElectricity", "amount": 125000, "unitCode": "kWh", "dataSource": "PEA bills", "dataQuality": "High"}}
        ]}
        """;

    public const string PublishEdition = """
        {"code": "TGO-CFO-2026-01", "nameEn": "TGO CFO emission factors 2026", "nameTh": "ค่าการปล่อยก๊าซเรือนกระจก อบก. 2569",
         "source": "TGO, Emission Factor for CFO, 2026", "validFromYear": 2026, "validToYear": null, "defaultGwpSetCode": "AR5",
         "factorsCsv": "category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.4750,kg,kWh,TGO grid 2026,\n"}
        """;

    /// <summary>Sets <paramref name="json"/> as the example of the operation's JSON request body.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media))
            {
                media.Example = JsonNode.Parse(json);
            }

            return Task.CompletedTask;
        });
    }
}
