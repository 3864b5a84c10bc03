using System.Globalization;
using System.Text.Json.Nodes;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// Writes the typed schema of a calculator line's <c>parameters</c> into the OpenAPI document, from the same
/// description <c>GET /api/v1/categories</c> serves (<see cref="MethodParameterSchema"/>, read from the parameter
/// records): one component per method (<c>SolidWasteDisposalParameters</c>...) with every name list, unit, default
/// and range, and on the line an <c>if category is one of ... then parameters is ...</c> per method, so a JSON Schema
/// validator picks the method's schema by the line's category.
/// </summary>
public static class ParameterSchemaDocument
{
    /// <summary>The component name of a method's parameters.</summary>
    public static string ComponentName(CalculationMethod method) => method + "Parameters";

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.TryGetValue("CalculationLineDto", out var found) || found is not OpenApiSchema line)
        {
            return Task.CompletedTask;
        }

        var methods = Enum.GetValues<CalculationMethod>();
        foreach (var method in methods.Where(m => MethodParameterSchema.Of(m).Count > 0))
        {
            var component = ObjectOf(MethodParameterSchema.Of(method));
            component.Description = $"Parameters of the {method} method, for the categories {string.Join(", ", CategoriesOf(method))}."
                + (MethodParametersJson.ParametersRequired(method) ? " Required for these categories." : " Optional: every value has a default.");
            document.Components.Schemas[ComponentName(method)] = component;
        }

        line.Properties ??= new Dictionary<string, IOpenApiSchema>();
        line.Properties["category"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "An activity category name; `GET /api/v1/categories` lists each with its units, method and parameters.",
            Enum = [.. Enum.GetNames<ActivityCategory>().Select(n => (JsonNode)JsonValue.Create(n))],
        };
        line.Properties["parameters"] = new OpenApiSchema
        {
            Description = "Method parameters, by the line's category: the method's schema (`...Parameters`), or nothing for a category calculated with an emission factor. "
                + "A value out of its range is refused naming it (`lines[0].parameters.mcf`).",
            // anyOf, not oneOf: methods whose parameters are all optional accept the same `{}`; the category picks one (allOf below).
            AnyOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, .. methods.Where(m => MethodParameterSchema.Of(m).Count > 0).Select(m => Reference(m, document))],
        };
        line.AllOf = [.. methods.Select(m => ByCategory(m, document))];
        return Task.CompletedTask;
    }

    /// <summary>If the line's category is one of the method's, its parameters follow the method's schema (or are absent).</summary>
    private static OpenApiSchema ByCategory(CalculationMethod method, OpenApiDocument document)
    {
        var takesParameters = MethodParameterSchema.Of(method).Count > 0;
        IOpenApiSchema parameters = !takesParameters
            ? new OpenApiSchema { Type = JsonSchemaType.Null, Description = "Calculated with an emission factor: no parameters." }
            : MethodParametersJson.ParametersRequired(method)
                ? Reference(method, document)
                : (IOpenApiSchema)new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, Reference(method, document)] };
        return new OpenApiSchema
        {
            If = new OpenApiSchema
            {
                Required = new HashSet<string> { "category" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["category"] = new OpenApiSchema { Enum = [.. CategoriesOf(method).Select(n => (JsonNode)JsonValue.Create(n))] },
                },
            },
            Then = new OpenApiSchema
            {
                Properties = new Dictionary<string, IOpenApiSchema> { ["parameters"] = parameters },
                // A method that needs parameters needs them on every line with a quantity; a notation-key line has none.
                AnyOf = takesParameters && MethodParametersJson.ParametersRequired(method)
                    ? [new OpenApiSchema { Required = new HashSet<string> { "parameters" } }, new OpenApiSchema { Required = new HashSet<string> { "notationKey" } }]
                    : null,
            },
        };
    }

    private static OpenApiSchemaReference Reference(CalculationMethod method, OpenApiDocument document) => new(ComponentName(method), document);

    private static IEnumerable<string> CategoriesOf(CalculationMethod method) =>
        ActivityCategories.All.Where(d => d.Method == method).Select(d => d.Category.ToString());

    private static OpenApiSchema ObjectOf(IReadOnlyList<ParameterSchema> fields) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = fields.ToDictionary(f => f.Name, f => (IOpenApiSchema)SchemaOf(f)),
        Required = fields.Where(f => f.Required).Select(f => f.Name).ToHashSet(),
        AdditionalPropertiesAllowed = false,
    };

    private static OpenApiSchema SchemaOf(ParameterSchema parameter)
    {
        var schema = parameter.Type switch
        {
            ParameterType.List => new OpenApiSchema { Type = JsonSchemaType.Array, Items = ObjectOf(parameter.Fields!) },
            ParameterType.Nested => ObjectOf(parameter.Fields!),
            ParameterType.Name => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. parameter.Names!.Select(n => (JsonNode)JsonValue.Create(n))] },
            ParameterType.Number => new OpenApiSchema { Type = JsonSchemaType.Number },
            ParameterType.WholeNumber => new OpenApiSchema { Type = JsonSchemaType.Integer },
            ParameterType.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        };
        if (!parameter.Required && parameter.Default is null && parameter.Type is not ParameterType.List and not ParameterType.Nested)
        {
            schema.Type |= JsonSchemaType.Null;
        }

        schema.Minimum = parameter.Minimum?.ToString(CultureInfo.InvariantCulture);
        schema.Maximum = parameter.Maximum?.ToString(CultureInfo.InvariantCulture);
        schema.Default = parameter.Default switch
        {
            null => null,
            decimal d => JsonValue.Create(d),
            bool b => JsonValue.Create(b),
            var other => JsonValue.Create(other.ToString()),
        };
        var text = new List<string>();
        if (parameter.Description is { } description)
        {
            text.Add(description + ".");
        }

        if (parameter.Unit is { } unit)
        {
            text.Add($"Unit: {unit}.");
            schema.Extensions = new Dictionary<string, IOpenApiExtension> { ["x-unit"] = new JsonNodeExtension(JsonValue.Create(unit)) };
        }

        if (parameter.DefaultNote is { } note)
        {
            text.Add($"Default: {note}.");
        }

        schema.Description = text.Count == 0 ? null : string.Join(" ", text);
        return schema;
    }
}
