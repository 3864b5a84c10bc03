using System.Globalization;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Pages.Inventories;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// The one mapping between the method forms and the parameters JSON (<see cref="MethodForm"/>): what the fields
/// write, what a stored line shows, what the form keeps from the API, and which field a refusal of the line intake
/// names; every text the forms show exists in Thai and English.
/// </summary>
public sealed class MethodFormTests
{
    private static readonly DisposalSiteSummary Site = new(
        Guid.NewGuid(), "บ่อฝังกลบ", SiteManagement.ManagedSemiAerobicPoor, ClimateZone.TropicalDry, true, 2000, 2023, 50_000m, 24);

    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void ToParametersJson_LandfillWithSite_WritesTheSitesManagementAndTheFormsFields_AndReadsBackTheSame()
    {
        var form = new MethodFormInput { Food = 50m, Paper = 20m, Plastics = 30m, Convention = LandfillConvention.GpcNoDelay, Docf = 0.55m, RecoveredCh4Tonnes = 12m };

        var result = MethodForm.ToParametersJson(ActivityCategory.SolidWasteDisposal, form, null, Site, 2024);

        result.Failures.Should().BeEmpty();
        var p = (SolidWasteDisposalParameters)WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal, result.ParametersJson)!;
        p.Management.Should().Be(SiteManagement.ManagedSemiAerobicPoor);
        p.Climate.Should().Be(ClimateZone.TropicalDry);
        p.CoveredWithOxidisingMaterial.Should().BeTrue();
        p.Deposits.Should().BeEmpty("the engine reads the site's own history");
        p.Convention.Should().Be(LandfillConvention.GpcNoDelay);
        p.Docf.Should().Be(0.55m);
        p.RecoveredCh4.Should().Equal(new RecoveredMethane(2024, 12m));
        // Fields left empty take their default share: garden 0, wood 9.9, textiles 2.7, nappies 0, rubber 0.9, inert 23.6.
        p.Composition!.Select(s => (s.WasteType, s.Fraction)).Should().Equal(
            (WasteType.Food, 50m), (WasteType.Garden, 0m), (WasteType.Paper, 20m), (WasteType.Wood, 9.9m), (WasteType.Textiles, 2.7m),
            (WasteType.Nappies, 0m), (WasteType.RubberLeather, 0.9m), (WasteType.Plastics, 30m), (WasteType.MetalGlassInert, 23.6m));
        var back = MethodForm.FromParametersJson(ActivityCategory.SolidWasteDisposal, result.ParametersJson, 2024);
        back.Should().BeEquivalentTo(form with { Garden = 0m, Wood = 9.9m, Textiles = 2.7m, Nappies = 0m, RubberLeather = 0.9m, MetalGlassInert = 23.6m });
    }

    [Fact]
    public void ToParametersJson_StoredValuesTheFormDoesNotShow_AreKept()
    {
        var stored = WasteMethods.Serialize(new SolidWasteDisposalParameters(SiteManagement.UnmanagedDeep, ClimateZone.TropicalMoistWet, [], OxidationFactor: 0.05m,
            RecoveredCh4: [new RecoveredMethane(2023, 4m), new RecoveredMethane(2024, 9m)], CommitmentRecoveryFraction: 0.2m));
        var domestic = WasteMethods.Serialize(new DomesticWastewaterParameters([new PathwayShare(TreatmentPathway.StagnantSewer, 1m)], GarbageDisposals: true, AdvancedPlantFraction: 0.1m));

        var landfill = (SolidWasteDisposalParameters)WasteMethods.ParseParameters(CalculationMethod.SolidWasteDisposal,
            MethodForm.ToParametersJson(ActivityCategory.SolidWasteDisposal, new MethodFormInput(), stored, Site, 2024).ParametersJson)!;
        var wastewater = (DomesticWastewaterParameters)WasteMethods.ParseParameters(CalculationMethod.DomesticWastewater,
            MethodForm.ToParametersJson(ActivityCategory.DomesticWastewater, new MethodFormInput { DwPathway = TreatmentPathway.SepticSystem }, domestic, null, 2024).ParametersJson)!;

        landfill.OxidationFactor.Should().Be(0.05m);
        landfill.CommitmentRecoveryFraction.Should().Be(0.2m);
        // Another year's recovery stays; this year's is the form's (empty: none).
        landfill.RecoveredCh4.Should().Equal(new RecoveredMethane(2023, 4m));
        wastewater.GarbageDisposals.Should().BeTrue();
        wastewater.AdvancedPlantFraction.Should().Be(0.1m);
        wastewater.Pathways.Should().Equal(new PathwayShare(TreatmentPathway.SepticSystem, 1m));
    }

    [Fact]
    public void ToParametersJson_CategoriesWithoutAForm_KeepTheStoredJson()
    {
        const string json = """{"chargeKg":2.5}""";

        MethodForm.ToParametersJson(ActivityCategory.SwitchgearSF6, new MethodFormInput(), json, null, 2024).ParametersJson.Should().Be(json);
        MethodForm.ToParametersJson(ActivityCategory.GridElectricity, new MethodFormInput(), null, null, 2024).ParametersJson.Should().BeNull();
    }

    [Fact]
    public void ToParametersJson_Refrigerant_ChargeAndLeakPercentBecomeTheScreeningFraction_EmptyIsTheRefillRoute()
    {
        const string stored = """{"chargeKg":2.5,"annualLeakRate":0.05,"equipmentClass":"ResidentialCommercialAirConditioning"}""";
        var form = MethodForm.FromParametersJson(ActivityCategory.RefrigerantR32, stored, 2024);

        // 5 %/yr on the form is the fraction 0.05 in the parameters, and back.
        (form.RefChargeKg, form.RefLeakPercent, form.RefEquipment).Should().Be((2.5m, 5m, Domain.Calculation.Refrigerants.RefrigerationEquipmentClass.ResidentialCommercialAirConditioning));
        MethodForm.ToParametersJson(ActivityCategory.RefrigerantR32, form, stored, null, 2024).ParametersJson.Should().Be(stored);
        var refill = MethodForm.ToParametersJson(ActivityCategory.RefrigerantR32, new MethodFormInput(), stored, null, 2024);
        (refill.ParametersJson, refill.Failures.Count).Should().Be((null, 0));
        MethodForm.ToParametersJson(ActivityCategory.RefrigerantR32, new MethodFormInput { RefChargeKg = 2.5m }, null, null, 2024).Failures
            .Should().ContainSingle().Which.Field.Should().Be("ParametersJson.annualLeakRate");
    }

    [Fact]
    public void ToParametersJson_LandfillWithoutSite_OrCodWithoutCod_IsRefusedOnItsField()
    {
        var landfill = MethodForm.ToParametersJson(ActivityCategory.SolidWasteDisposal, new MethodFormInput(), null, null, 2024);
        var cod = MethodForm.ToParametersJson(ActivityCategory.WastewaterCod, new MethodFormInput { CodPathway = TreatmentPathway.AnaerobicDeepLagoon }, null, null, 2024);

        landfill.Failures.Should().ContainSingle().Which.Should().Be(new LineFailure(LineFields.SolidWasteSite, LineCodes.SiteUnknown));
        cod.ParametersJson.Should().BeNull();
        MethodForm.FieldOf(CalculationMethod.WastewaterCod, cod.Failures.Single().Field)!.Name.Should().Be(nameof(MethodFormInput.CodMgPerL));
    }

    [Theory]
    [InlineData(ActivityCategory.SolidWasteDisposal, nameof(MethodFormInput.Docf), "1.5")]
    [InlineData(ActivityCategory.SolidWasteDisposal, nameof(MethodFormInput.Paper), "-3")]
    [InlineData(ActivityCategory.SolidWasteDisposal, nameof(MethodFormInput.RecoveredCh4Tonnes), "-1")]
    [InlineData(ActivityCategory.DomesticWastewater, nameof(MethodFormInput.DwBod), "-40")]
    [InlineData(ActivityCategory.DomesticWastewater, nameof(MethodFormInput.DwSludgeKgBod), "-5")]
    [InlineData(ActivityCategory.WastewaterCod, nameof(MethodFormInput.CodMcf), "1.2")]
    [InlineData(ActivityCategory.SepticTank, nameof(MethodFormInput.SepticMcf), "2")]
    [InlineData(ActivityCategory.IndustrialWastewater, nameof(MethodFormInput.IndSludgeKg), "-1")]
    [InlineData(ActivityCategory.Composting, nameof(MethodFormInput.BioCh4GPerKg), "-4")]
    [InlineData(ActivityCategory.Incineration, nameof(MethodFormInput.InciOxidation), "1.5")]
    [InlineData(ActivityCategory.OpenBurning, nameof(MethodFormInput.InciFood), "-10")]
    [InlineData(ActivityCategory.AnaerobicDigestion, nameof(MethodFormInput.BioRecoveredCh4Tonnes), "-1")]
    public void LineIntake_BadFieldOfAMethodForm_IsRefusedAndNamesThatField(ActivityCategory category, string field, string value)
    {
        var valid = new MethodFormInput
        {
            DwPathway = TreatmentPathway.SepticSystem, CodMgPerL = 120m, CodPathway = TreatmentPathway.AnaerobicDeepLagoon,
            IndCodKgPerM3 = 2m, IndPathway = TreatmentPathway.AnaerobicReactor, InciFood = 60m, InciPlastics = 40m,
        };
        var form = With(valid, field, decimal.Parse(value, CultureInfo.InvariantCulture));
        var mapped = MethodForm.ToParametersJson(category, form, null, Site, 2024);
        var definition = ActivityCategories.Get(category);

        var intake = LineIntake.Check(new LineDraft
        {
            Category = category.ToString(), Amount = 100m, Unit = definition.DefaultUnit.Code, ParametersJson = mapped.ParametersJson,
        }, InventoryKind.Organisation);

        intake.IsValid.Should().BeFalse();
        MethodForm.FieldOf(definition.Method, intake.Failures.Single().Field)!.Name.Should().Be(field);
        LineIntake.Check(new LineDraft
        {
            Category = category.ToString(), Amount = 100m, Unit = definition.DefaultUnit.Code,
            ParametersJson = MethodForm.ToParametersJson(category, valid, null, Site, 2024).ParametersJson,
        }, InventoryKind.Organisation).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Texts_EveryLabelUnitDefaultSourceRuleAndChoice_InThaiAndEnglish()
    {
        var keys = new List<string>();
        foreach (var section in MethodForm.Sections)
        {
            keys.Add($"Method_Legend_{section.Method}");
            foreach (var f in section.Fields)
            {
                keys.Add($"Method_{f.Name}");
                keys.Add($"Method_Source_{f.Source}");
                keys.Add($"Method_Rule_{f.Rule}");
                keys.Add(f.Unit is { } unit ? $"Method_Unit_{unit}" : $"Method_Default_{f.DefaultText}");
                if (f.Default is null)
                {
                    keys.Add($"Method_Default_{f.DefaultText}");
                }
            }
        }

        keys.AddRange(Enum.GetValues<TreatmentPathway>().Select(p => $"Method_Pathway_{p}"));
        keys.AddRange(Enum.GetValues<LandfillConvention>().Select(c => $"Method_Convention_{c}"));
        keys.AddRange(Enum.GetValues<SiteManagement>().Select(m => $"Method_Management_{m}"));
        keys.AddRange(Enum.GetValues<ClimateZone>().Select(c => $"Method_Climate_{c}"));
        keys.AddRange(Enum.GetValues<MassBasis>().Select(b => $"Method_Basis_{b}"));
        keys.AddRange(Enum.GetValues<IncineratorTechnology>().Select(t => $"Method_Technology_{t}"));

        foreach (var key in keys.Distinct())
        {
            Texts.Instance.Get(key, Thai).Should().NotBe(key, "{0} needs a Thai text", key);
            Texts.Instance.Get(key, English).Should().NotBe(key, "{0} needs an English text", key);
            Texts.Instance.Get(key, Thai).Should().NotBe(Texts.Instance.Get(key, English), "{0} is shown to Thai users", key);
        }
    }

    private static MethodFormInput With(MethodFormInput input, string field, decimal value) => field switch
    {
        nameof(MethodFormInput.Docf) => input with { Docf = value },
        nameof(MethodFormInput.Paper) => input with { Paper = value },
        nameof(MethodFormInput.RecoveredCh4Tonnes) => input with { RecoveredCh4Tonnes = value },
        nameof(MethodFormInput.DwBod) => input with { DwBod = value },
        nameof(MethodFormInput.DwSludgeKgBod) => input with { DwSludgeKgBod = value },
        nameof(MethodFormInput.CodMcf) => input with { CodMcf = value },
        nameof(MethodFormInput.SepticMcf) => input with { SepticMcf = value },
        nameof(MethodFormInput.IndSludgeKg) => input with { IndSludgeKg = value },
        nameof(MethodFormInput.BioCh4GPerKg) => input with { BioCh4GPerKg = value },
        nameof(MethodFormInput.InciOxidation) => input with { InciOxidation = value },
        nameof(MethodFormInput.InciFood) => input with { InciFood = value },
        nameof(MethodFormInput.BioRecoveredCh4Tonnes) => input with { BioRecoveredCh4Tonnes = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
