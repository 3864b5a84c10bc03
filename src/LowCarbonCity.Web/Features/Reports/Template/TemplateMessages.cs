using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>
/// The codes of the template upload: the file's own (size, package, version...) and, for cells, the codes of the one
/// line intake (<see cref="LineCodes"/>). Every text comes from the intake's resources by code
/// (<see cref="LineMessages"/>), in Thai and English; <c>{0}</c> takes the offending value or a limit.
/// </summary>
public static class TemplateMessages
{
    public const string FileTooLarge = "file.too-large";
    public const string FileEmpty = "file.empty";
    public const string NotWorkbook = "file.not-workbook";
    public const string ZipBomb = "file.zip-bomb";
    public const string Macros = "file.macros";
    public const string NotTemplate = "file.not-template";
    public const string WrongVersion = "file.template-version";
    public const string WrongKind = "file.kind";
    public const string WrongInventory = "file.inventory";
    public const string Locked = "inventory.locked";
    public const string LineUnknown = LineCodes.LineUnknown;
    public const string LineDuplicate = LineCodes.LineDuplicate;
    public const string CategoryRequired = LineCodes.CategoryRequired;
    public const string CategoryUnknown = LineCodes.CategoryUnknown;
    public const string CategoryChanged = LineCodes.CategoryChanged;
    public const string NumberText = LineCodes.NumberText;
    public const string NumberNegative = LineCodes.Negative;
    public const string UnitRequired = LineCodes.UnitRequired;
    public const string UnitUnknown = LineCodes.UnitUnknown;
    public const string UnitCategory = LineCodes.UnitCategory;
    public const string KeyUnknown = LineCodes.KeyUnknown;
    public const string KeyAndQuantity = LineCodes.KeyWithQuantity;
    public const string KeyExplanation = LineCodes.KeyExplanation;
    public const string QuantityOrKey = LineCodes.QuantityRequired;
    public const string QualityUnknown = LineCodes.QualityUnknown;
    public const string GpcUnknown = LineCodes.GpcUnknown;
    public const string TextTooLong = LineCodes.TextTooLong;
    public const string FactorGasUnknown = LineCodes.FactorGasUnknown;
    public const string ParametersInvalid = LineCodes.ParametersInvalid;

    /// <summary>The file-level codes; the cells' are <see cref="LineMessages.Codes"/>.</summary>
    public static IReadOnlyCollection<string> Codes { get; } =
        [FileTooLarge, FileEmpty, NotWorkbook, ZipBomb, Macros, NotTemplate, WrongVersion, WrongKind, WrongInventory, Locked, .. LineMessages.Codes];

    public static string Text(string code, ReportLanguage language, object? argument = null) =>
        LineMessages.Text(code, argument is null ? [] : [argument], CultureOf(language));

    /// <summary>The culture of a report language, for the intake's messages.</summary>
    public static CultureInfo CultureOf(ReportLanguage language) =>
        language == ReportLanguage.Thai ? CultureInfo.GetCultureInfo("th-TH") : LineMessages.English;
}
