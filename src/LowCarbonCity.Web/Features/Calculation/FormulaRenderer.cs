using System.Globalization;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Features.Calculation;

/// <summary>
/// A result's formula in the reader's language: the editor's "how was this calculated", the workbook's formula column
/// and any other place that shows one. It renders the stored <see cref="Derivation"/> through the resources
/// (<c>Formulas.resx</c>, <c>Formulas.th.resx</c>: <c>Formula_</c> + phrase code), with numbers in the culture's
/// grouping and the engine's digits, years in the reader's calendar (Buddhist Era in Thai), units and gases as the
/// reports write them and a method's named values by their labels. A row calculated before derivations were stored
/// shows its stored English text until it is recalculated.
/// </summary>
public static class FormulaRenderer
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, Type> TermTypes = CategoryCatalog.NameTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>A stored result's formula in <paramref name="language"/>.</summary>
    public static string Render(string formula, string? derivationJson, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return derivationJson is { Length: > 0 } json ? Render(Derivation.FromJson(json), language) : formula;
    }

    /// <summary>A stored result's formula in the culture of the request.</summary>
    public static string Render(string formula, string? derivationJson) => Render(formula, derivationJson, ReportEdge.LanguageOf(CultureInfo.CurrentUICulture));

    public static string Render(Derivation derivation, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        return derivation.Render(new Language(language));
    }

    private sealed class Language(ReportLanguage language) : IDerivationLanguage
    {
        private CultureInfo Culture => language == ReportLanguage.Thai ? Thai : English;

        public string Number(string invariant) =>
            decimal.TryParse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? value.ToString("#,0.############################", Culture)
                : invariant;

        public string Year(int year) =>
            (language == ReportLanguage.Thai ? year + Pages.Display.BuddhistEraOffset : year).ToString(CultureInfo.InvariantCulture);

        public string Unit(string code) => ReportNames.Unit(code, language);

        public string Gas(Gas gas) => ReportNames.Gas(gas, language);

        public string Term(string type, string name) =>
            TermTypes.TryGetValue(type, out var t) ? Texts.Instance.Get(CategoryCatalog.LabelKey(t, name), Culture) : name;

        public string Phrase(string code, IReadOnlyList<string> arguments) =>
            string.Format(Culture, Texts.Instance.Get("Formula_" + code, Culture), [.. arguments]);
    }
}
