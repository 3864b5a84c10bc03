using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>What a token of a <see cref="Derivation"/> holds (stored by a one-letter name: results hold many tokens).</summary>
public enum DerivationKind
{
    /// <summary>Language-free text: mathematical signs and equation symbols ("×", "DOCf", "CH4(").</summary>
    [JsonStringEnumMemberName("s")]
    Symbol,

    /// <summary>A number, as the invariant text the engine wrote (its precision is the engine's choice).</summary>
    [JsonStringEnumMemberName("n")]
    Number,

    /// <summary>A calendar year (Common Era); a reader in Thai sees it in the Buddhist Era.</summary>
    [JsonStringEnumMemberName("y")]
    Year,

    /// <summary>A unit, by its code ("kWh").</summary>
    [JsonStringEnumMemberName("u")]
    Unit,

    /// <summary>A gas, by its <see cref="Factors.Gas"/> name.</summary>
    [JsonStringEnumMemberName("g")]
    Gas,

    /// <summary>A named value of a method, "Type.Name" ("WasteType.Food"), read by its label.</summary>
    [JsonStringEnumMemberName("t")]
    Term,

    /// <summary>A user's own words (a notation key's explanation), shown as written.</summary>
    [JsonStringEnumMemberName("x")]
    Text,

    /// <summary>A sentence or word in a language, by its code (<see cref="DerivationPhrases"/>), with its arguments.</summary>
    [JsonStringEnumMemberName("p")]
    Phrase,

    /// <summary>Several tokens that form one argument of a phrase.</summary>
    [JsonStringEnumMemberName("a")]
    Group,
}

/// <summary>One token of a derivation; <see cref="Args"/> are a phrase's arguments or a group's tokens.</summary>
public sealed record DerivationToken(
    [property: JsonPropertyName("k")] DerivationKind Kind,
    [property: JsonPropertyName("v")] string Value,
    [property: JsonPropertyName("a"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DerivationToken>? Args = null);

/// <summary>How a reader's language puts the tokens of a derivation into words (the English one is <see cref="Derivation.English"/>).</summary>
public interface IDerivationLanguage
{
    string Number(string invariant);

    string Year(int year);

    string Unit(string code);

    string Gas(Gas gas);

    string Term(string type, string name);

    /// <summary>The phrase's template with its already rendered arguments.</summary>
    string Phrase(string code, IReadOnlyList<string> arguments);
}

/// <summary>
/// How a line's result was worked out, with the numbers filled in, free of any language: equation symbols and numbers,
/// units, gases, method terms and phrase codes with their arguments. Each reader's language renders it (the pages and
/// reports in Thai or English, through their resources); <see cref="English"/> is the engine's own rendering, the
/// formula text stored with the result and given by the API.
/// </summary>
public sealed class Derivation
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private string? _english;

    public Derivation(IReadOnlyList<DerivationToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens;
    }

    public IReadOnlyList<DerivationToken> Tokens { get; }

    /// <summary>The derivation in English with invariant numbers (the stored and API formula text).</summary>
    public string English => _english ??= Render(EnglishLanguage.Instance);

    /// <summary>A derivation of language-free text only.</summary>
    public static Derivation Of(string symbols) => new([new DerivationToken(DerivationKind.Symbol, symbols)]);

    public static Derivation FromJson(string json) =>
        new(JsonSerializer.Deserialize<List<DerivationToken>>(json, Json) ?? throw new JsonException("A derivation is a list of tokens."));

    public string ToJson() => JsonSerializer.Serialize(Tokens, Json);

    /// <summary>The derivation in <paramref name="language"/>: the one place tokens become text.</summary>
    public string Render(IDerivationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = new StringBuilder();
        foreach (var token in Tokens)
        {
            text.Append(Render(token, language));
        }

        return text.ToString();
    }

    public override string ToString() => English;

    private static string Render(DerivationToken token, IDerivationLanguage language) => token.Kind switch
    {
        DerivationKind.Symbol or DerivationKind.Text => token.Value,
        DerivationKind.Number => language.Number(token.Value),
        DerivationKind.Year => language.Year(int.Parse(token.Value, CultureInfo.InvariantCulture)),
        DerivationKind.Unit => language.Unit(token.Value),
        DerivationKind.Gas => language.Gas(Enum.Parse<Gas>(token.Value)),
        DerivationKind.Term => token.Value.Split('.', 2) is [var type, var name] ? language.Term(type, name) : token.Value,
        DerivationKind.Phrase => language.Phrase(token.Value, (token.Args ?? []).Select(a => Render(a, language)).ToList()),
        DerivationKind.Group => string.Concat((token.Args ?? []).Select(a => Render(a, language))),
        _ => token.Value,
    };

    private sealed class EnglishLanguage : IDerivationLanguage
    {
        public static readonly EnglishLanguage Instance = new();

        public string Number(string invariant) => invariant;

        public string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

        public string Unit(string code) => code;

        public string Gas(Gas gas) => GasRules.Label(gas);

        public string Term(string type, string name) => name;

        public string Phrase(string code, IReadOnlyList<string> arguments) =>
            string.Format(CultureInfo.InvariantCulture, DerivationPhrases.English(code), [.. arguments]);
    }
}

/// <summary>
/// Builds a <see cref="Derivation"/> the way one writes the formula: <c>d.Add($"CH4 = {bo} × {mcf}")</c>. Literal
/// text is taken as language-free symbols (so it must hold no word of any language: words are phrases); a decimal
/// becomes a number in the builder's precision, an int a year, a gas, unit or enum value its token.
/// </summary>
public sealed class DerivationBuilder(Func<decimal, string> numberText)
{
    private readonly List<DerivationToken> _tokens = [];

    /// <summary>Whether anything was added.</summary>
    public bool IsEmpty => _tokens.Count == 0;

    public DerivationBuilder Add([InterpolatedStringHandlerArgument("")] ref DerivationHandler text) => this;

    /// <summary>Adds a phrase with its arguments (each one token: build a group for a composite argument).</summary>
    public DerivationBuilder Phrase(string code, params DerivationToken[] arguments)
    {
        Append(PhraseToken(code, arguments));
        return this;
    }

    public DerivationBuilder Append(DerivationToken token)
    {
        if (token.Kind == DerivationKind.Symbol && _tokens.Count > 0 && _tokens[^1].Kind == DerivationKind.Symbol)
        {
            _tokens[^1] = _tokens[^1] with { Value = _tokens[^1].Value + token.Value };
        }
        else if (token.Kind != DerivationKind.Symbol || token.Value.Length > 0)
        {
            _tokens.Add(token);
        }

        return this;
    }

    public DerivationBuilder Append(Derivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        foreach (var token in derivation.Tokens)
        {
            Append(token);
        }

        return this;
    }

    public static DerivationToken PhraseToken(string code, params DerivationToken[] arguments) => new(DerivationKind.Phrase, code, arguments);

    public DerivationToken Number(decimal value) => new(DerivationKind.Number, numberText(value));

    public static DerivationToken Year(int year) => new(DerivationKind.Year, year.ToString(CultureInfo.InvariantCulture));

    public static DerivationToken Term<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(DerivationKind.Term, typeof(TEnum).Name + "." + value);

    public static DerivationToken Text(string text) => new(DerivationKind.Text, text);

    /// <summary>What was built so far as one token (a composite argument of a phrase).</summary>
    public DerivationToken AsGroup() => new(DerivationKind.Group, string.Empty, [.. _tokens]);

    public Derivation Build() => new([.. _tokens]);

    /// <summary>The interpolated-string handler of <see cref="Add"/>: appends each part to the builder as its token.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct DerivationHandler
    {
        private readonly DerivationBuilder _builder;

        public DerivationHandler(int literalLength, int formattedCount, DerivationBuilder builder)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = builder;
        }

        public void AppendLiteral(string symbols) => _builder.Append(new DerivationToken(DerivationKind.Symbol, symbols));

        public void AppendFormatted(decimal number) => _builder.Append(_builder.Number(number));

        public void AppendFormatted(int year) => _builder.Append(Year(year));

        public void AppendFormatted(Gas gas) => _builder.Append(new DerivationToken(DerivationKind.Gas, gas.ToString()));

        public void AppendFormatted(Unit unit) => _builder.Append(new DerivationToken(DerivationKind.Unit, unit.Code));

        public void AppendFormatted(DerivationToken token) => _builder.Append(token);

        /// <summary>Language-free text chosen at run time (a sign or bracket), never a word.</summary>
        public void AppendFormatted(string symbols) => _builder.Append(new DerivationToken(DerivationKind.Symbol, symbols));

        public void AppendFormatted<TEnum>(TEnum value)
            where TEnum : struct, Enum => _builder.Append(Term(value));
    }
}
