using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// The text of a JSON error in method parameters, for the program or person who sent them: an unknown name lists the
/// accepted names (<see cref="AcceptedNamesConverter{T}"/>), a mistyped value says what it must be; never a .NET type name.
/// </summary>
public static partial class JsonValueErrors
{
    private static readonly string[] Numbers = ["System.Decimal", "System.Double", "System.Int32", "System.Int64", "System.Single"];

    /// <summary>The reason of <paramref name="error"/> without its position (the caller names the JSON path).</summary>
    public static string Describe(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message.Split(" Path:", 2)[0].Trim();
        var target = ConvertedTo().Match(message);
        if (!target.Success)
        {
            return message;
        }

        var typeName = target.Groups[1].Value;
        return typeName switch
        {
            _ when typeName.Contains("System.Boolean", StringComparison.Ordinal) => "must be true or false.",
            _ when typeName.Contains("System.String", StringComparison.Ordinal) => "must be text.",
            _ when Numbers.Any(n => typeName.Contains(n, StringComparison.Ordinal)) => "must be a number.",
            _ => "not a valid value here.",
        };
    }

    [GeneratedRegex(@"could not be converted to ([^\s]+?)\.?$")]
    private static partial Regex ConvertedTo();
}

/// <summary>
/// An enumeration as its member name (case-insensitive on reading, never a number); an unknown name is refused with
/// the list of accepted names.
/// </summary>
public sealed class AcceptedNamesConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var name = text is null ? null : Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<T>(name)
            : throw new JsonException($"{(text is null ? "a name is required" : $"\"{text}\" is not an accepted value")}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
