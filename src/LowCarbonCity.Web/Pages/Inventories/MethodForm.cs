using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Domain;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The method parameters of a line as labelled form fields (landfill, wastewater, refrigerant screening), instead of JSON: a field left
/// empty takes its default. Names are prefixed by method, so every method's fields can sit in one form.
/// <see cref="MethodForm"/> turns them into the parameters JSON that the line intake checks.
/// </summary>
public sealed record MethodFormInput
{
    [Display(Name = "Method_Food")]
    public decimal? Food { get; init; }

    [Display(Name = "Method_Garden")]
    public decimal? Garden { get; init; }

    [Display(Name = "Method_Paper")]
    public decimal? Paper { get; init; }

    [Display(Name = "Method_Wood")]
    public decimal? Wood { get; init; }

    [Display(Name = "Method_Textiles")]
    public decimal? Textiles { get; init; }

    [Display(Name = "Method_Nappies")]
    public decimal? Nappies { get; init; }

    [Display(Name = "Method_RubberLeather")]
    public decimal? RubberLeather { get; init; }

    [Display(Name = "Method_Plastics")]
    public decimal? Plastics { get; init; }

    [Display(Name = "Method_MetalGlassInert")]
    public decimal? MetalGlassInert { get; init; }

    [Display(Name = "Method_Convention")]
    public LandfillConvention? Convention { get; init; }

    [Display(Name = "Method_Docf")]
    public decimal? Docf { get; init; }

    [Display(Name = "Method_RecoveredCh4Tonnes")]
    public decimal? RecoveredCh4Tonnes { get; init; }

    [Display(Name = "Method_DwPathway")]
    public TreatmentPathway? DwPathway { get; init; }

    [Display(Name = "Method_DwBod")]
    public decimal? DwBod { get; init; }

    [Display(Name = "Method_DwBo")]
    public decimal? DwBo { get; init; }

    [Display(Name = "Method_DwSludgeKgBod")]
    public decimal? DwSludgeKgBod { get; init; }

    [Display(Name = "Method_DwRecoveredCh4Kg")]
    public decimal? DwRecoveredCh4Kg { get; init; }

    [Display(Name = "Method_DwN2o")]
    public bool? DwN2o { get; init; }

    [Display(Name = "Method_DwProtein")]
    public decimal? DwProtein { get; init; }

    [Display(Name = "Method_CodMgPerL")]
    public decimal? CodMgPerL { get; init; }

    [Display(Name = "Method_CodPathway")]
    public TreatmentPathway? CodPathway { get; init; }

    [Display(Name = "Method_CodMcf")]
    public decimal? CodMcf { get; init; }

    [Display(Name = "Method_CodSludgeKg")]
    public decimal? CodSludgeKg { get; init; }

    [Display(Name = "Method_CodRecoveredCh4Kg")]
    public decimal? CodRecoveredCh4Kg { get; init; }

    [Display(Name = "Method_CodBo")]
    public decimal? CodBo { get; init; }

    [Display(Name = "Method_SepticBod")]
    public decimal? SepticBod { get; init; }

    [Display(Name = "Method_SepticBo")]
    public decimal? SepticBo { get; init; }

    [Display(Name = "Method_SepticMcf")]
    public decimal? SepticMcf { get; init; }

    [Display(Name = "Method_IndCodKgPerM3")]
    public decimal? IndCodKgPerM3 { get; init; }

    [Display(Name = "Method_IndPathway")]
    public TreatmentPathway? IndPathway { get; init; }

    [Display(Name = "Method_IndMcf")]
    public decimal? IndMcf { get; init; }

    [Display(Name = "Method_IndSludgeKg")]
    public decimal? IndSludgeKg { get; init; }

    [Display(Name = "Method_IndRecoveredCh4Kg")]
    public decimal? IndRecoveredCh4Kg { get; init; }

    [Display(Name = "Method_IndBo")]
    public decimal? IndBo { get; init; }

    [Display(Name = "Method_InciPaper")]
    public decimal? InciPaper { get; init; }

    [Display(Name = "Method_InciTextiles")]
    public decimal? InciTextiles { get; init; }

    [Display(Name = "Method_InciFood")]
    public decimal? InciFood { get; init; }

    [Display(Name = "Method_InciWood")]
    public decimal? InciWood { get; init; }

    [Display(Name = "Method_InciGarden")]
    public decimal? InciGarden { get; init; }

    [Display(Name = "Method_InciNappies")]
    public decimal? InciNappies { get; init; }

    [Display(Name = "Method_InciRubberLeather")]
    public decimal? InciRubberLeather { get; init; }

    [Display(Name = "Method_InciPlastics")]
    public decimal? InciPlastics { get; init; }

    [Display(Name = "Method_InciMetalGlass")]
    public decimal? InciMetalGlass { get; init; }

    [Display(Name = "Method_InciOtherInert")]
    public decimal? InciOtherInert { get; init; }

    [Display(Name = "Method_InciTechnology")]
    public IncineratorTechnology? InciTechnology { get; init; }

    [Display(Name = "Method_InciOxidation")]
    public decimal? InciOxidation { get; init; }

    [Display(Name = "Method_BioBasis")]
    public MassBasis? BioBasis { get; init; }

    [Display(Name = "Method_BioCh4GPerKg")]
    public decimal? BioCh4GPerKg { get; init; }

    [Display(Name = "Method_BioN2oGPerKg")]
    public decimal? BioN2oGPerKg { get; init; }

    [Display(Name = "Method_BioRecoveredCh4Tonnes")]
    public decimal? BioRecoveredCh4Tonnes { get; init; }

    /// <summary>Refrigerant screening: the equipment type, which says the IPCC range of its leak rate.</summary>
    [Display(Name = "Method_RefEquipment")]
    public RefrigerationEquipmentClass? RefEquipment { get; init; }

    /// <summary>Refrigerant screening: the charge of the equipment, kg (empty with the leak rate: the refill route).</summary>
    [Display(Name = "Method_RefChargeKg")]
    public decimal? RefChargeKg { get; init; }

    /// <summary>Refrigerant screening: the share of the charge lost in a year, in % (the parameters hold it as a fraction).</summary>
    [Display(Name = "Method_RefLeakPercent")]
    public decimal? RefLeakPercent { get; init; }
}

/// <summary>What a method field holds: a number, or a choice from a pick-list.</summary>
public enum MethodFieldKind
{
    Number,
    Pathway,
    Convention,
    YesNo,
    Basis,
    Technology,
    Equipment,
}

/// <summary>What a refused value of a field must be (the text shown with its label).</summary>
public enum MethodFieldRule
{
    NonNegative,
    Fraction,
    Required,
    Share,
    McfOrPathway,
    SharesOf100,
    ScreeningPair,
}

/// <summary>
/// One field of a method form. Texts are resource keys: the label <c>Method_{Name}</c>, the unit
/// <c>Method_Unit_{Unit}</c>, the source <c>Method_Source_{Source}</c>, and when the default is not one number,
/// <c>Method_Default_{DefaultText}</c>. <see cref="JsonPath"/> is the parameter a refusal of the line intake names.
/// </summary>
public sealed record MethodField(
    string Name, MethodFieldKind Kind, string? Unit, decimal? Default, string? DefaultText, string Source, string JsonPath, MethodFieldRule Rule,
    Func<MethodFormInput, object?> Read);

/// <summary>The fields of one method, in the order the form shows them.</summary>
public sealed record MethodSection(CalculationMethod Method, IReadOnlyList<MethodField> Fields);

/// <summary>The parameters JSON made from a method form, or the fields that could not be turned into it.</summary>
public sealed record MethodFormResult(string? ParametersJson, IReadOnlyList<LineFailure> Failures);

/// <summary>
/// The one mapping between the method forms and the parameters JSON the line intake and the engine read
/// (<see cref="WasteMethods"/>): fields to JSON on save (<see cref="ToParametersJson"/>), JSON to fields to show a
/// stored line (<see cref="FromParametersJson"/>), and a refusal of a parameter back to the field the user sees
/// (<see cref="FieldOf"/>). Values the form does not show (set through the API) are kept as stored.
/// </summary>
public static class MethodForm
{
    /// <summary>The waste types of the landfill composition, in the order of the form and of the stored composition.</summary>
    private static readonly (WasteType Type, string Field, Func<MethodFormInput, decimal?> Read)[] CompositionFields =
    [
        (WasteType.Food, nameof(MethodFormInput.Food), i => i.Food),
        (WasteType.Garden, nameof(MethodFormInput.Garden), i => i.Garden),
        (WasteType.Paper, nameof(MethodFormInput.Paper), i => i.Paper),
        (WasteType.Wood, nameof(MethodFormInput.Wood), i => i.Wood),
        (WasteType.Textiles, nameof(MethodFormInput.Textiles), i => i.Textiles),
        (WasteType.Nappies, nameof(MethodFormInput.Nappies), i => i.Nappies),
        (WasteType.RubberLeather, nameof(MethodFormInput.RubberLeather), i => i.RubberLeather),
        (WasteType.Plastics, nameof(MethodFormInput.Plastics), i => i.Plastics),
        (WasteType.MetalGlassInert, nameof(MethodFormInput.MetalGlassInert), i => i.MetalGlassInert),
    ];

    /// <summary>The components of an incinerated or burned waste, in the order of the form and of the stored composition.</summary>
    private static readonly (WasteComponent Component, string Field, Func<MethodFormInput, decimal?> Read)[] BurnedFields =
    [
        (WasteComponent.Paper, nameof(MethodFormInput.InciPaper), i => i.InciPaper),
        (WasteComponent.Textiles, nameof(MethodFormInput.InciTextiles), i => i.InciTextiles),
        (WasteComponent.Food, nameof(MethodFormInput.InciFood), i => i.InciFood),
        (WasteComponent.Wood, nameof(MethodFormInput.InciWood), i => i.InciWood),
        (WasteComponent.Garden, nameof(MethodFormInput.InciGarden), i => i.InciGarden),
        (WasteComponent.Nappies, nameof(MethodFormInput.InciNappies), i => i.InciNappies),
        (WasteComponent.RubberLeather, nameof(MethodFormInput.InciRubberLeather), i => i.InciRubberLeather),
        (WasteComponent.Plastics, nameof(MethodFormInput.InciPlastics), i => i.InciPlastics),
        (WasteComponent.MetalGlass, nameof(MethodFormInput.InciMetalGlass), i => i.InciMetalGlass),
        (WasteComponent.OtherInert, nameof(MethodFormInput.InciOtherInert), i => i.InciOtherInert),
    ];

    /// <summary>The forms, by method.</summary>
    public static IReadOnlyList<MethodSection> Sections { get; } =
    [
        new(CalculationMethod.SolidWasteDisposal,
        [
            .. CompositionFields.Select((c, index) => new MethodField(
                c.Field, MethodFieldKind.Number, "Percent", DefaultShare(c.Type), null, "Composition", $"composition[{index}]", MethodFieldRule.Share, i => c.Read(i))),
            new(nameof(MethodFormInput.Convention), MethodFieldKind.Convention, null, null, "Convention", "Convention", "convention", MethodFieldRule.Required, i => i.Convention),
            new(nameof(MethodFormInput.Docf), MethodFieldKind.Number, "Fraction", null, "Docf", "Docf", "docf", MethodFieldRule.Fraction, i => i.Docf),
            new(nameof(MethodFormInput.RecoveredCh4Tonnes), MethodFieldKind.Number, "TonnesCh4", 0m, null, "Recovered", "recoveredCh4", MethodFieldRule.NonNegative, i => i.RecoveredCh4Tonnes),
        ]),
        new(CalculationMethod.DomesticWastewater,
        [
            new(nameof(MethodFormInput.DwPathway), MethodFieldKind.Pathway, null, null, "Choose", "Pathway", "pathways", MethodFieldRule.Required, i => i.DwPathway),
            new(nameof(MethodFormInput.DwBod), MethodFieldKind.Number, "GBodPerPersonDay", Wastewater.DefaultBodGPerPersonDay, null, "Bod", "bodGPerPersonDay", MethodFieldRule.NonNegative, i => i.DwBod),
            new(nameof(MethodFormInput.DwBo), MethodFieldKind.Number, "KgCh4PerKgBod", Wastewater.DefaultBoPerBod, null, "Bo", "boKgCh4PerKgBod", MethodFieldRule.NonNegative, i => i.DwBo),
            new(nameof(MethodFormInput.DwSludgeKgBod), MethodFieldKind.Number, "KgBod", 0m, null, "Sludge", "pathways[0].sludgeKgBod", MethodFieldRule.NonNegative, i => i.DwSludgeKgBod),
            new(nameof(MethodFormInput.DwRecoveredCh4Kg), MethodFieldKind.Number, "KgCh4", 0m, null, "Recovered", "recoveredCh4Kg", MethodFieldRule.NonNegative, i => i.DwRecoveredCh4Kg),
            new(nameof(MethodFormInput.DwN2o), MethodFieldKind.YesNo, null, null, "Yes", "N2o", "includeEffluentN2o", MethodFieldRule.Required, i => i.DwN2o),
            new(nameof(MethodFormInput.DwProtein), MethodFieldKind.Number, "KgProteinPerPersonYear", Wastewater.ThaiProteinKgPerPersonYear, null, "Protein", "proteinKgPerPersonYear", MethodFieldRule.NonNegative, i => i.DwProtein),
        ]),
        new(CalculationMethod.WastewaterCod,
        [
            new(nameof(MethodFormInput.CodMgPerL), MethodFieldKind.Number, "MgPerL", null, "Measured", "CodMeasured", "codMgPerL", MethodFieldRule.Required, i => i.CodMgPerL),
            new(nameof(MethodFormInput.CodPathway), MethodFieldKind.Pathway, null, null, "Choose", "Pathway", "pathway", MethodFieldRule.McfOrPathway, i => i.CodPathway),
            new(nameof(MethodFormInput.CodMcf), MethodFieldKind.Number, "Fraction", null, "McfOfPathway", "Mcf", "mcf", MethodFieldRule.McfOrPathway, i => i.CodMcf),
            new(nameof(MethodFormInput.CodSludgeKg), MethodFieldKind.Number, "KgCod", 0m, null, "Sludge", "sludgeKgCod", MethodFieldRule.NonNegative, i => i.CodSludgeKg),
            new(nameof(MethodFormInput.CodRecoveredCh4Kg), MethodFieldKind.Number, "KgCh4", 0m, null, "Recovered", "recoveredCh4Kg", MethodFieldRule.NonNegative, i => i.CodRecoveredCh4Kg),
            new(nameof(MethodFormInput.CodBo), MethodFieldKind.Number, "KgCh4PerKgCod", Wastewater.DefaultBoPerCod, null, "Bo", "boKgCh4PerKgCod", MethodFieldRule.NonNegative, i => i.CodBo),
        ]),
        new(CalculationMethod.SepticTank,
        [
            new(nameof(MethodFormInput.SepticBod), MethodFieldKind.Number, "GBodPerPersonDay", Wastewater.DefaultBodGPerPersonDay, null, "Bod", "bodGPerPersonDay", MethodFieldRule.NonNegative, i => i.SepticBod),
            new(nameof(MethodFormInput.SepticBo), MethodFieldKind.Number, "KgCh4PerKgBod", Wastewater.DefaultBoPerBod, null, "Bo", "boKgCh4PerKgBod", MethodFieldRule.NonNegative, i => i.SepticBo),
            new(nameof(MethodFormInput.SepticMcf), MethodFieldKind.Number, "Fraction", Wastewater.SepticMcf, null, "Mcf", "mcf", MethodFieldRule.Fraction, i => i.SepticMcf),
        ]),
        new(CalculationMethod.IncinerationOrOpenBurning,
        [
            .. BurnedFields.Select((c, index) => new MethodField(
                c.Field, MethodFieldKind.Number, "Percent", null, "Survey", "Burned", $"composition[{index}]", MethodFieldRule.SharesOf100, i => c.Read(i))),
            new(nameof(MethodFormInput.InciTechnology), MethodFieldKind.Technology, null, null, "Technology", "Technology", "technology", MethodFieldRule.Required, i => i.InciTechnology),
            new(nameof(MethodFormInput.InciOxidation), MethodFieldKind.Number, "Fraction", null, "Oxidation", "Oxidation", "oxidationFactor", MethodFieldRule.Fraction, i => i.InciOxidation),
        ]),
        new(CalculationMethod.BiologicalTreatment,
        [
            new(nameof(MethodFormInput.BioBasis), MethodFieldKind.Basis, null, null, "Wet", "Basis", "basis", MethodFieldRule.Required, i => i.BioBasis),
            new(nameof(MethodFormInput.BioCh4GPerKg), MethodFieldKind.Number, "GPerKg", null, "BioCh4", "BioFactors", "ch4FactorGPerKg", MethodFieldRule.NonNegative, i => i.BioCh4GPerKg),
            new(nameof(MethodFormInput.BioN2oGPerKg), MethodFieldKind.Number, "GPerKg", null, "BioN2o", "BioFactors", "n2oFactorGPerKg", MethodFieldRule.NonNegative, i => i.BioN2oGPerKg),
            new(nameof(MethodFormInput.BioRecoveredCh4Tonnes), MethodFieldKind.Number, "TonnesCh4", 0m, null, "Recovered", "recoveredCh4Tonnes", MethodFieldRule.NonNegative, i => i.BioRecoveredCh4Tonnes),
        ]),
        new(CalculationMethod.IndustrialWastewater,
        [
            new(nameof(MethodFormInput.IndCodKgPerM3), MethodFieldKind.Number, "KgPerM3", null, "Measured", "CodMeasured", "codKgPerM3", MethodFieldRule.Required, i => i.IndCodKgPerM3),
            new(nameof(MethodFormInput.IndPathway), MethodFieldKind.Pathway, null, null, "Choose", "Pathway", "pathway", MethodFieldRule.McfOrPathway, i => i.IndPathway),
            new(nameof(MethodFormInput.IndMcf), MethodFieldKind.Number, "Fraction", null, "McfOfPathway", "Mcf", "mcf", MethodFieldRule.McfOrPathway, i => i.IndMcf),
            new(nameof(MethodFormInput.IndSludgeKg), MethodFieldKind.Number, "KgCod", 0m, null, "Sludge", "sludgeKgCod", MethodFieldRule.NonNegative, i => i.IndSludgeKg),
            new(nameof(MethodFormInput.IndRecoveredCh4Kg), MethodFieldKind.Number, "KgCh4", 0m, null, "Recovered", "recoveredCh4Kg", MethodFieldRule.NonNegative, i => i.IndRecoveredCh4Kg),
            new(nameof(MethodFormInput.IndBo), MethodFieldKind.Number, "KgCh4PerKgCod", Wastewater.DefaultBoPerCod, null, "Bo", "boKgCh4PerKgCod", MethodFieldRule.NonNegative, i => i.IndBo),
        ]),
        // The refill route needs no field here (the line's quantity is the mass refilled); the screening route is the
        // charge and the leak rate together. The IPCC gives a range per equipment type, not one value: none is filled in.
        new(CalculationMethod.Refrigerant,
        [
            new(nameof(MethodFormInput.RefEquipment), MethodFieldKind.Equipment, null, null, "Equipment", "LeakRates", "equipmentClass", MethodFieldRule.ScreeningPair, i => i.RefEquipment),
            new(nameof(MethodFormInput.RefChargeKg), MethodFieldKind.Number, "Kg", null, "Nameplate", "Nameplate", "chargeKg", MethodFieldRule.ScreeningPair, i => i.RefChargeKg),
            new(nameof(MethodFormInput.RefLeakPercent), MethodFieldKind.Number, "PercentPerYear", null, "LeakRate", "LeakRates", "annualLeakRate", MethodFieldRule.ScreeningPair, i => i.RefLeakPercent),
        ]),
    ];

    /// <summary>The form of <paramref name="method"/>, or null when its lines need no parameters from a person.</summary>
    public static MethodSection? SectionOf(CalculationMethod method) => Sections.FirstOrDefault(s => s.Method == method);

    /// <summary>
    /// The parameters JSON of a <paramref name="category"/> line from its form. A landfill line takes the management
    /// and climate of <paramref name="site"/> (the engine reads the site's own history); <paramref name="storedJson"/>
    /// keeps what the form does not show. Categories without a form keep <paramref name="storedJson"/> unchanged.
    /// </summary>
    public static MethodFormResult ToParametersJson(
        ActivityCategory category, MethodFormInput input, string? storedJson, DisposalSiteSummary? site, int inventoryYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var method = ActivityCategories.Get(category).Method;
        var stored = Parse(method, storedJson);
        return method switch
        {
            CalculationMethod.SolidWasteDisposal => Landfill(input, stored as SolidWasteDisposalParameters, site, inventoryYear),
            CalculationMethod.DomesticWastewater => Json(Domestic(input, stored as DomesticWastewaterParameters)),
            CalculationMethod.WastewaterCod => input.CodMgPerL is { } cod
                ? Json((stored as WastewaterCodParameters ?? new WastewaterCodParameters(cod)) with
                {
                    CodMgPerL = cod, Pathway = input.CodPathway, Mcf = input.CodMcf, SludgeKgCod = input.CodSludgeKg ?? 0m,
                    RecoveredCh4Kg = input.CodRecoveredCh4Kg ?? 0m, BoKgCh4PerKgCod = input.CodBo,
                })
                : Missing("codMgPerL"),
            CalculationMethod.IndustrialWastewater => input.IndCodKgPerM3 is { } codKg
                ? Json((stored as IndustrialWastewaterParameters ?? new IndustrialWastewaterParameters(codKg)) with
                {
                    CodKgPerM3 = codKg, Pathway = input.IndPathway, Mcf = input.IndMcf, SludgeKgCod = input.IndSludgeKg ?? 0m,
                    RecoveredCh4Kg = input.IndRecoveredCh4Kg ?? 0m, BoKgCh4PerKgCod = input.IndBo,
                })
                : Missing("codKgPerM3"),
            CalculationMethod.SepticTank => input.SepticBod is null && input.SepticBo is null && input.SepticMcf is null
                ? new MethodFormResult(null, [])
                : Json(new SepticTankParameters(input.SepticBod, input.SepticBo, input.SepticMcf)),
            CalculationMethod.BiologicalTreatment => Json((stored as BiologicalTreatmentParameters ?? new BiologicalTreatmentParameters()) with
            {
                Basis = input.BioBasis ?? MassBasis.Wet, Ch4FactorGPerKg = input.BioCh4GPerKg, N2oFactorGPerKg = input.BioN2oGPerKg,
                RecoveredCh4Tonnes = input.BioRecoveredCh4Tonnes ?? 0m,
            }),
            CalculationMethod.IncinerationOrOpenBurning => Json(((stored as IncinerationParameters) ?? new IncinerationParameters([])) with
            {
                // Percentages of the wet waste; the intake checks that they make 100 % (fractions summing to 1).
                Composition = BurnedFields.Select(c => new CompositionShare(c.Component, (c.Read(input) ?? 0m) / 100m)).ToList(),
                Technology = input.InciTechnology ?? IncineratorTechnology.ContinuousStoker,
                OxidationFactor = input.InciOxidation,
            }),
            CalculationMethod.Refrigerant => Screening(input),
            CalculationMethod.EmissionFactor => new MethodFormResult(storedJson, []),
        };
    }

    /// <summary>
    /// <paramref name="line"/> with the parameters JSON its method form makes, or the form's refusals. A landfill line
    /// keeps the site it picked (one of <paramref name="sites"/>); any other keeps <paramref name="storedSiteId"/>.
    /// </summary>
    public static (LineInput Line, IReadOnlyList<LineFailure> Failures) Apply(
        LineInput line, MethodFormInput form, string? storedJson, Guid? storedSiteId, IReadOnlyList<DisposalSiteSummary> sites, int inventoryYear)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(sites);
        if (line.Category is not { } category)
        {
            return (line, []);
        }

        var landfill = ActivityCategories.Get(category).Method == CalculationMethod.SolidWasteDisposal;
        var siteId = landfill ? line.SolidWasteSiteId : storedSiteId;
        var site = landfill ? sites.FirstOrDefault(s => s.Id == siteId) : null;
        var mapped = ToParametersJson(category, form, storedJson, site, inventoryYear);
        return (line with { ParametersJson = mapped.ParametersJson, SolidWasteSiteId = siteId }, mapped.Failures);
    }

    /// <summary>The form of a stored line: its parameters as fields (empty where the default applies).</summary>
    public static MethodFormInput FromParametersJson(ActivityCategory category, string? json, int inventoryYear)
    {
        var method = ActivityCategories.Get(category).Method;
        return Parse(method, json) switch
        {
            SolidWasteDisposalParameters p => new MethodFormInput
            {
                Food = Share(p, WasteType.Food), Garden = Share(p, WasteType.Garden), Paper = Share(p, WasteType.Paper), Wood = Share(p, WasteType.Wood),
                Textiles = Share(p, WasteType.Textiles), Nappies = Share(p, WasteType.Nappies), RubberLeather = Share(p, WasteType.RubberLeather),
                Plastics = Share(p, WasteType.Plastics), MetalGlassInert = Share(p, WasteType.MetalGlassInert),
                Convention = p.Convention, Docf = p.Docf,
                RecoveredCh4Tonnes = p.RecoveredCh4?.Where(r => r.Year == inventoryYear).Sum(r => r.Tonnes) is { } r and not 0m ? r : null,
            },
            DomesticWastewaterParameters p => new MethodFormInput
            {
                DwPathway = p.Pathways.Count > 0 ? p.Pathways[0].Pathway : null, DwBod = p.BodGPerPersonDay, DwBo = p.BoKgCh4PerKgBod,
                DwSludgeKgBod = p.Pathways.Count > 0 && p.Pathways[0].SludgeKgBod != 0m ? p.Pathways[0].SludgeKgBod : null,
                DwRecoveredCh4Kg = p.RecoveredCh4Kg == 0m ? null : p.RecoveredCh4Kg, DwN2o = p.IncludeEffluentN2o, DwProtein = p.ProteinKgPerPersonYear,
            },
            WastewaterCodParameters p => new MethodFormInput
            {
                CodMgPerL = p.CodMgPerL, CodPathway = p.Pathway, CodMcf = p.Mcf, CodSludgeKg = p.SludgeKgCod == 0m ? null : p.SludgeKgCod,
                CodRecoveredCh4Kg = p.RecoveredCh4Kg == 0m ? null : p.RecoveredCh4Kg, CodBo = p.BoKgCh4PerKgCod,
            },
            IndustrialWastewaterParameters p => new MethodFormInput
            {
                IndCodKgPerM3 = p.CodKgPerM3, IndPathway = p.Pathway, IndMcf = p.Mcf, IndSludgeKg = p.SludgeKgCod == 0m ? null : p.SludgeKgCod,
                IndRecoveredCh4Kg = p.RecoveredCh4Kg == 0m ? null : p.RecoveredCh4Kg, IndBo = p.BoKgCh4PerKgCod,
            },
            SepticTankParameters p => new MethodFormInput { SepticBod = p.BodGPerPersonDay, SepticBo = p.BoKgCh4PerKgBod, SepticMcf = p.Mcf },
            RefrigerantScreeningParameters p => new MethodFormInput { RefEquipment = p.EquipmentClass, RefChargeKg = p.ChargeKg, RefLeakPercent = Trimmed(p.AnnualLeakRate * 100m) },
            IncinerationParameters p => new MethodFormInput
            {
                InciPaper = Burned(p, WasteComponent.Paper),
                InciTextiles = Burned(p, WasteComponent.Textiles),
                InciFood = Burned(p, WasteComponent.Food),
                InciWood = Burned(p, WasteComponent.Wood),
                InciGarden = Burned(p, WasteComponent.Garden),
                InciNappies = Burned(p, WasteComponent.Nappies),
                InciRubberLeather = Burned(p, WasteComponent.RubberLeather),
                InciPlastics = Burned(p, WasteComponent.Plastics),
                InciMetalGlass = Burned(p, WasteComponent.MetalGlass),
                InciOtherInert = Burned(p, WasteComponent.OtherInert),
                InciTechnology = p.Technology, InciOxidation = p.OxidationFactor,
            },
            BiologicalTreatmentParameters p => new MethodFormInput
            {
                BioBasis = p.Basis, BioCh4GPerKg = p.Ch4FactorGPerKg, BioN2oGPerKg = p.N2oFactorGPerKg,
                BioRecoveredCh4Tonnes = p.RecoveredCh4Tonnes == 0m ? null : p.RecoveredCh4Tonnes,
            },
            _ => new MethodFormInput(),
        };
    }

    /// <summary>
    /// The form field a refusal of <paramref name="failureField"/> (<c>ParametersJson.docf</c>,
    /// <c>ParametersJson.composition[2].fraction</c>) is about, or null when the form has none for it.
    /// </summary>
    public static MethodField? FieldOf(CalculationMethod method, string failureField)
    {
        ArgumentNullException.ThrowIfNull(failureField);
        var prefix = LineFields.Parameters + ".";
        if (SectionOf(method) is not { } section || !failureField.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var path = failureField[prefix.Length..];
        // The longest path that is the refused one or contains it (composition[2] for composition[2].fraction).
        return section.Fields
            .Where(f => path == f.JsonPath || path.StartsWith(f.JsonPath + ".", StringComparison.Ordinal) || path.StartsWith(f.JsonPath + "[", StringComparison.Ordinal))
            .OrderByDescending(f => f.JsonPath.Length)
            .FirstOrDefault()
            ?? (path.StartsWith("composition", StringComparison.Ordinal) || path == "bulkDoc" ? section.Fields[0] : null);
    }

    /// <summary>The default share of a waste type in the composition, % of wet weight (IPCC 2006 Table 2.3, South-Eastern Asia).</summary>
    public static decimal DefaultShare(WasteType type) =>
        SolidWasteDefaults.SouthEastAsiaMswComposition.Where(s => s.WasteType == type).Sum(s => s.Fraction);

    private static MethodFormResult Landfill(MethodFormInput input, SolidWasteDisposalParameters? stored, DisposalSiteSummary? site, int inventoryYear)
    {
        if (site is null && stored is null)
        {
            return new MethodFormResult(null, [new LineFailure(LineFields.SolidWasteSite, LineCodes.SiteUnknown)]);
        }

        var composition = CompositionFields.Select(c => new WasteShare(c.Type, c.Read(input) ?? DefaultShare(c.Type))).ToList();
        var recovered = (stored?.RecoveredCh4 ?? []).Where(r => r.Year != inventoryYear).ToList();
        if (input.RecoveredCh4Tonnes is { } tonnes and not 0m)
        {
            recovered.Add(new RecoveredMethane(inventoryYear, tonnes));
        }

        // With a site, the engine takes management, climate, cover and deposits from the site itself.
        var parameters = (stored ?? new SolidWasteDisposalParameters(site!.Management, site.Climate, [])) with
        {
            Convention = input.Convention ?? LandfillConvention.IpccFirstOrderDecay,
            Docf = input.Docf,
            BulkDoc = null,
            Composition = composition,
            RecoveredCh4 = recovered.Count == 0 ? null : recovered.OrderBy(r => r.Year).ToList(),
        };
        if (site is not null)
        {
            parameters = parameters with
            {
                Management = site.Management, Climate = site.Climate, Deposits = [], CoveredWithOxidisingMaterial = site.CoveredWithOxidisingMaterial,
            };
        }

        return Json(parameters);
    }

    /// <summary>
    /// The screening estimate from the charge and the leak rate (% to the fraction the parameters hold), or no
    /// parameters when both are empty (the refill route: the line's quantity). One without the other is refused on it.
    /// </summary>
    private static MethodFormResult Screening(MethodFormInput input) => (input.RefChargeKg, input.RefLeakPercent) switch
    {
        (null, null) => new MethodFormResult(null, []),
        (null, _) => Missing("chargeKg"),
        (_, null) => Missing("annualLeakRate"),
        ({ } charge, { } percent) => new MethodFormResult(
            MethodParametersJson.Serialize(new RefrigerantScreeningParameters(charge, percent / 100m, input.RefEquipment)), []),
    };

    /// <summary>The same number without trailing zeros (0.05 × 100 shows as 5, not 5.00).</summary>
    private static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000000000m;

    private static DomesticWastewaterParameters Domestic(MethodFormInput input, DomesticWastewaterParameters? stored)
    {
        IReadOnlyList<PathwayShare> pathways = input.DwPathway is { } pathway
            ? [new PathwayShare(pathway, 1m, SludgeKgBod: input.DwSludgeKgBod ?? 0m)]
            : [];
        return (stored ?? new DomesticWastewaterParameters([])) with
        {
            Pathways = pathways, BodGPerPersonDay = input.DwBod, BoKgCh4PerKgBod = input.DwBo, RecoveredCh4Kg = input.DwRecoveredCh4Kg ?? 0m,
            IncludeEffluentN2o = input.DwN2o ?? true, ProteinKgPerPersonYear = input.DwProtein,
        };
    }

    private static decimal? Burned(IncinerationParameters p, WasteComponent component) =>
        p.Composition.Where(c => c.Component == component).Sum(c => c.Fraction) * 100m is var share and not 0m ? share : null;

    private static decimal? Share(SolidWasteDisposalParameters p, WasteType type) =>
        p.Composition is { } c ? c.Where(s => s.WasteType == type).Sum(s => s.Fraction) : null;

    private static MethodFormResult Json(MethodParameters parameters) => new(WasteMethods.Serialize(parameters), []);

    /// <summary>A field with no default left empty: refused as the intake refuses a parameter, by its path.</summary>
    private static MethodFormResult Missing(string jsonPath) =>
        new(null, [new LineFailure(LineFields.Parameters + "." + jsonPath, LineCodes.ParametersInvalid, ["required"])]);

    /// <summary>The stored parameters, or null when there are none or they no longer read (the form then starts afresh).</summary>
    private static MethodParameters? Parse(CalculationMethod method, string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || method is CalculationMethod.EmissionFactor)
        {
            return null;
        }

        try
        {
            return method == CalculationMethod.Refrigerant ? MethodParametersJson.Parse(method, json) : WasteMethods.ParseParameters(method, json);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or DomainRuleException)
        {
            return null;
        }
    }
}

/// <summary>What the method forms of a page need beyond a line: the organisation's disposal sites and the inventory year.</summary>
public sealed record MethodFormContext(IReadOnlyList<DisposalSiteSummary> Sites, int Year, int OrganisationId = 0)
{
    /// <summary>The ViewData entry the editor's partials read it from.</summary>
    public const string Key = "MethodFormContext";
}

/// <summary>
/// One method form as a partial renders it: the fields named <c>{NamePrefix}.{Field}</c>, ids from
/// <see cref="IdPrefix"/>, optionally tied to a form elsewhere on the page (<see cref="FormId"/>), the values shown
/// (typed, stored, or else the default), and for landfill the site pick-list named <see cref="SiteFieldName"/>.
/// </summary>
public sealed record MethodFieldsView(
    MethodSection Section, MethodFormInput Values, string NamePrefix, string IdPrefix, string? FormId,
    IReadOnlyList<DisposalSiteSummary> Sites, string SiteFieldName, Guid? SiteId,
    Func<string, string?> Typed, Func<string, IEnumerable<string>> Errors, bool Hidden = false)
{
    /// <summary>Shows the values (the stored one or its default, with unit and source) instead of fields.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The organisation whose sites page the landfill form links to (0: no link).</summary>
    public int OrganisationId { get; init; }

    /// <summary>
    /// The method form in a line's details (fields tied to the row's form), or null when its category has none; a
    /// card that failed to save shows what was typed and the errors.
    /// </summary>
    public static MethodFieldsView? ForLine(LineCard card, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(viewData);
        if (MethodForm.SectionOf(card.Definition.Method) is not { } section || viewData[MethodFormContext.Key] is not MethodFormContext methods)
        {
            return null;
        }

        return new MethodFieldsView(
            section, MethodForm.FromParametersJson(card.Line.Category, card.Line.ParametersJson, card.Year), "LineMethod", card.Prefix, card.Prefix + "form",
            methods.Sites, "Line.SolidWasteSiteId", card.Line.SolidWasteSiteId,
            k => card.Posted && modelState.TryGetValue(k, out var entry) ? entry.AttemptedValue : null,
            k => card.Posted && modelState.TryGetValue(k, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [])
        { OrganisationId = methods.OrganisationId };
    }
}

/// <summary>Puts the refusals of a line's method parameters on the form fields they are about, in the page's language.</summary>
public static class MethodFailures
{
    /// <summary>
    /// Adds each refused parameter of <paramref name="result"/> to <paramref name="modelState"/> under its form field
    /// (<c>{prefix}.{Field}</c>; a parameter the form does not show under <paramref name="prefix"/> itself) and
    /// returns the result with the other refusals, for the page's usual handling.
    /// </summary>
    public static Features.Shared.Result<T> Place<T>(
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Features.Shared.Result<T> result, ActivityCategory? category, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != Features.Shared.ResultStatus.Invalid || result.Failures.Count == 0 || category is not { } c)
        {
            return result;
        }

        var method = ActivityCategories.Get(c).Method;
        var rest = new List<LineFailure>();
        foreach (var failure in result.Failures)
        {
            if (MethodForm.FieldOf(method, failure.Field) is { } field)
            {
                modelState.AddModelError(prefix + "." + field.Name, Text(field));
            }
            else if (MethodForm.SectionOf(method) is not null
                && (failure.Field == LineFields.Parameters || failure.Field.StartsWith(LineFields.Parameters + ".", StringComparison.Ordinal)))
            {
                modelState.AddModelError(prefix, Resources.Texts.Instance["Method_Invalid"].Value);
            }
            else
            {
                rest.Add(failure);
            }
        }

        return rest.Count == result.Failures.Count ? result : Features.Shared.Result<T>.Invalid(rest);
    }

    /// <summary>A refused field in words: its label and what its value must be.</summary>
    public static string Text(MethodField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var t = Resources.Texts.Instance;
        return $"{t[$"Method_{field.Name}"].Value}: {t[$"Method_Rule_{field.Rule}"].Value}";
    }
}
