using LowCarbonCity.Domain.Factors;
using static LowCarbonCity.Domain.Calculation.Waste.WasteFormat;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>Wastewater treatment and discharge pathways with their MCF (IPCC 2006 Vol.5 Table 6.3).</summary>
public enum TreatmentPathway
{
    SeaRiverLakeDischarge,
    StagnantSewer,
    FlowingSewer,
    /// <summary>Centralised aerobic plant, well managed: MCF 0 (IPCC 2006).</summary>
    CentralisedAerobicWellManaged,
    /// <summary>Centralised aerobic plant, well managed: MCF 0.03 (2019 Refinement).</summary>
    CentralisedAerobicWellManaged2019,
    CentralisedAerobicOverloaded,
    AnaerobicSludgeDigester,
    AnaerobicReactor,
    /// <summary>Anaerobic reactor with the EFDB value for Asian countries including Thailand (MCF 0.75).</summary>
    AnaerobicReactorAsia,
    AnaerobicShallowLagoon,
    AnaerobicDeepLagoon,
    SepticSystem,
    LatrineDrySmallFamily,
    LatrineDryCommunal,
    LatrineWet,
    LatrineRegularSedimentRemoval,
}

/// <summary>The share of the population (T_j) served by one pathway.</summary>
/// <param name="Pathway">Treatment or discharge pathway.</param>
/// <param name="Fraction">T_j: fraction of the population using it (all shares sum to 1).</param>
/// <param name="Collected">Whether the wastewater is collected (I = 1.25) or not (I = 1.00); default by pathway.</param>
/// <param name="Mcf">MCF override for this pathway.</param>
/// <param name="SludgeKgBod">S_j: organic component removed as sludge from this pathway, kg BOD/yr.</param>
public sealed record PathwayShare(
    TreatmentPathway Pathway,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "T_j: share of the population (all shares sum to 1)")] decimal Fraction,
    [MethodParameter(DefaultNote = "true for sewers and centralised or anaerobic plants (I = 1.25), false otherwise (I = 1.00)", Description = "Collected wastewater")] bool? Collected = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "by pathway (IPCC 2006 Table 6.3)", Description = "MCF_j: methane correction factor")] decimal? Mcf = null,
    [MethodParameter(Unit = "kg BOD/yr", Minimum = 0, Description = "S_j: organic component removed as sludge")] decimal SludgeKgBod = 0m);

/// <summary>Parameters of a <see cref="Inventory.CalculationMethod.DomesticWastewater"/> line; the line's quantity is the population P in person-years.</summary>
/// <param name="Pathways">Treatment pathways and their population shares (sum 1).</param>
/// <param name="BodGPerPersonDay">BOD per person, g/day (default 40, IPCC 2006 Table 6.4 for Asia).</param>
/// <param name="BoKgCh4PerKgBod">Bo, maximum CH4 producing capacity (default 0.6 kg CH4/kg BOD).</param>
/// <param name="RecoveredCh4Kg">R: methane recovered, kg CH4.</param>
/// <param name="IncludeEffluentN2o">Whether to add N2O from effluent (IPCC 2006 Eq 6.7/6.8), default true.</param>
/// <param name="ProteinKgPerPersonYear">Protein consumption (default 21.535 kg/person/yr, Thailand, FAOSTAT 59 g/day).</param>
/// <param name="FractionNitrogenInProtein">F_NPR (default 0.16 kg N/kg protein).</param>
/// <param name="GarbageDisposals">F_NON-CON 1.4 when households have garbage disposals, else 1.1.</param>
/// <param name="NonConsumedProteinFactor">F_NON-CON override.</param>
/// <param name="IndustrialCommercialFactor">F_IND-COM (default 1.25).</param>
/// <param name="SludgeNitrogenKg">N_SLUDGE: nitrogen removed with sludge, kg N/yr.</param>
/// <param name="EffluentEfKgN2oNPerKgN">EF_EFFLUENT (default 0.005 kg N2O-N/kg N).</param>
/// <param name="AdvancedPlantFraction">T_PLANT: population share served by advanced centralised plants (3.2 g N2O/person/yr), default 0.</param>
/// <param name="PlantN2oGPerPersonYear">EF_PLANTS override, g N2O per person per year (default 3.2, IPCC 2006 Eq 6.9).</param>
public sealed record DomesticWastewaterParameters(
    IReadOnlyList<PathwayShare> Pathways,
    [MethodParameter(Unit = "g BOD/person/day", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBodGPerPersonDay), Description = "BOD per person")] decimal? BodGPerPersonDay = null,
    [MethodParameter(Unit = "kg CH4/kg BOD", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBoPerBod), Description = "Bo: maximum CH4 producing capacity")] decimal? BoKgCh4PerKgBod = null,
    [MethodParameter(Unit = "kg CH4", Minimum = 0, Description = "R: methane recovered")] decimal RecoveredCh4Kg = 0m,
    bool IncludeEffluentN2o = true,
    [MethodParameter(Unit = "kg protein/person/yr", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.ThaiProteinKgPerPersonYear), Description = "Protein consumption")] decimal? ProteinKgPerPersonYear = null,
    [MethodParameter(Unit = "kg N/kg protein", Minimum = 0, Maximum = 1, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultFnpr), Description = "F_NPR: nitrogen in protein")] decimal? FractionNitrogenInProtein = null,
    bool GarbageDisposals = false,
    [MethodParameter(Unit = "factor", Minimum = 0, DefaultNote = "1.1, or 1.4 with garbage disposals", Description = "F_NON-CON: non-consumed protein")] decimal? NonConsumedProteinFactor = null,
    [MethodParameter(Unit = "factor", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultFindcom), Description = "F_IND-COM: industrial and commercial co-discharged protein")] decimal? IndustrialCommercialFactor = null,
    [MethodParameter(Unit = "kg N/yr", Minimum = 0, Description = "N_SLUDGE: nitrogen removed with sludge")] decimal SludgeNitrogenKg = 0m,
    [MethodParameter(Unit = "kg N2O-N/kg N", Minimum = 0, Maximum = 1, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultEffluentEf), Description = "EF_EFFLUENT: N2O factor of effluent")] decimal? EffluentEfKgN2oNPerKgN = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "T_PLANT: share served by advanced centralised plants")] decimal AdvancedPlantFraction = 0m,
    [MethodParameter(Unit = "g N2O/person/yr", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.PlantN2oGPerPersonYear), Description = "EF_PLANTS: N2O factor of advanced plants")] decimal? PlantN2oGPerPersonYear = null) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        Guard.NotNull(Pathways, "pathways");
        MethodParameterRules.Check(this);
        if (Pathways.Count == 0)
        {
            throw new ArgumentException("'pathways' needs at least one pathway.", "pathways");
        }

        for (var i = 0; i < Pathways.Count; i++)
        {
            var s = Pathways[i];
            Guard.NotNull(s, Inv($"pathways[{i}]"));
            Guard.Defined(s.Pathway, Inv($"pathways[{i}].pathway"));
        }

        if (Pathways.Sum(s => s.Fraction) != 1m)
        {
            throw new ArgumentException(Inv($"'pathways' fractions must sum to 1 (got {N(Pathways.Sum(s => s.Fraction))})."), "pathways");
        }
    }
}

/// <summary>
/// Parameters of a <see cref="Inventory.CalculationMethod.WastewaterCod"/> line (TGO CFO worksheet); the line's quantity
/// is the volume treated in m³. Give <c>mcf</c> or <c>pathway</c>.
/// </summary>
/// <param name="CodMgPerL">COD of the influent, mg/L (= g/m³).</param>
/// <param name="Mcf">MCF of the treatment (0.8 for non-aerated systems in the CFO worksheet); wins over <paramref name="Pathway"/>.</param>
/// <param name="Pathway">Treatment pathway whose Table 6.3 MCF applies when <paramref name="Mcf"/> is absent.</param>
/// <param name="SludgeKgCod">S: organic component removed as sludge, kg COD.</param>
/// <param name="RecoveredCh4Kg">R: methane recovered, kg CH4.</param>
/// <param name="BoKgCh4PerKgCod">Bo (default 0.25 kg CH4/kg COD).</param>
public sealed record WastewaterCodParameters(
    [MethodParameter(Unit = "mg/L", Minimum = 0, Description = "COD of the influent")] decimal CodMgPerL,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "of the pathway (IPCC 2006 Table 6.3); one of mcf or pathway is required", Description = "MCF of the treatment")] decimal? Mcf = null,
    TreatmentPathway? Pathway = null,
    [MethodParameter(Unit = "kg COD", Minimum = 0, Description = "S: organic component removed as sludge")] decimal SludgeKgCod = 0m,
    [MethodParameter(Unit = "kg CH4", Minimum = 0, Description = "R: methane recovered")] decimal RecoveredCh4Kg = 0m,
    [MethodParameter(Unit = "kg CH4/kg COD", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBoPerCod), Description = "Bo: maximum CH4 producing capacity")] decimal? BoKgCh4PerKgCod = null) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        MethodParameterRules.Check(this);
        Wastewater.ValidateCodCommon(Mcf, Pathway);
    }
}

/// <summary>
/// Parameters of an <see cref="Inventory.CalculationMethod.IndustrialWastewater"/> line (IPCC 2006 Eq 6.4-6.6); the
/// line's quantity is P × W (production × wastewater per unit of product) in m³. Give <c>mcf</c> or <c>pathway</c>.
/// </summary>
/// <param name="CodKgPerM3">COD of the wastewater, kg/m³.</param>
/// <param name="Mcf">MCF of the treatment; wins over <paramref name="Pathway"/>.</param>
/// <param name="Pathway">Treatment pathway whose Table 6.3 MCF applies when <paramref name="Mcf"/> is absent.</param>
/// <param name="SludgeKgCod">S: organic component removed as sludge, kg COD.</param>
/// <param name="RecoveredCh4Kg">R: methane recovered, kg CH4.</param>
/// <param name="BoKgCh4PerKgCod">Bo (default 0.25 kg CH4/kg COD).</param>
public sealed record IndustrialWastewaterParameters(
    [MethodParameter(Unit = "kg COD/m3", Minimum = 0, Description = "COD of the wastewater")] decimal CodKgPerM3,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "of the pathway (IPCC 2006 Table 6.3); one of mcf or pathway is required", Description = "MCF of the treatment")] decimal? Mcf = null,
    TreatmentPathway? Pathway = null,
    [MethodParameter(Unit = "kg COD", Minimum = 0, Description = "S: organic component removed as sludge")] decimal SludgeKgCod = 0m,
    [MethodParameter(Unit = "kg CH4", Minimum = 0, Description = "R: methane recovered")] decimal RecoveredCh4Kg = 0m,
    [MethodParameter(Unit = "kg CH4/kg COD", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBoPerCod), Description = "Bo: maximum CH4 producing capacity")] decimal? BoKgCh4PerKgCod = null) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        MethodParameterRules.Check(this);
        Wastewater.ValidateCodCommon(Mcf, Pathway);
    }
}

/// <summary>Parameters of a <see cref="Inventory.CalculationMethod.SepticTank"/> line; the line's quantity is person-years.</summary>
/// <param name="BodGPerPersonDay">BOD per person, g/day (default 40).</param>
/// <param name="BoKgCh4PerKgBod">Bo (default 0.6 kg CH4/kg BOD).</param>
/// <param name="Mcf">MCF (default 0.5, septic system).</param>
/// <param name="SludgeKgBod">S: organic component removed as sludge (tanks emptied), kg BOD/yr; default 0.</param>
public sealed record SepticTankParameters(
    [MethodParameter(Unit = "g BOD/person/day", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBodGPerPersonDay), Description = "BOD per person")] decimal? BodGPerPersonDay = null,
    [MethodParameter(Unit = "kg CH4/kg BOD", Minimum = 0, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.DefaultBoPerBod), Description = "Bo: maximum CH4 producing capacity")] decimal? BoKgCh4PerKgBod = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultIn = typeof(Wastewater), DefaultField = nameof(Wastewater.SepticMcf), Description = "MCF of septic systems")] decimal? Mcf = null,
    [MethodParameter(Unit = "kg BOD/yr", Minimum = 0, Description = "S: organic component removed as sludge")] decimal SludgeKgBod = 0m) : MethodParameters
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate() => MethodParameterRules.Check(this);
}

/// <summary>Wastewater (GPC III.4; IPCC 2006 Vol.5 Ch.6; docs/domain/methodology.md 3.9). All masses in kg.</summary>
public static class Wastewater
{
    public const decimal DefaultBodGPerPersonDay = 40m;
    public const decimal DefaultBoPerBod = 0.6m;
    public const decimal DefaultBoPerCod = 0.25m;
    public const decimal CollectedFactor = 1.25m;
    public const decimal UncollectedFactor = 1.00m;
    public const decimal ThaiProteinKgPerPersonYear = 21.535m;
    public const decimal DefaultFnpr = 0.16m;
    public const decimal FnonconWithoutDisposals = 1.1m;
    public const decimal FnonconWithDisposals = 1.4m;
    public const decimal DefaultFindcom = 1.25m;
    public const decimal DefaultEffluentEf = 0.005m;
    public const decimal PlantN2oGPerPersonYear = 3.2m;
    public const decimal SepticMcf = 0.5m;

    /// <summary>MCF of a pathway (IPCC 2006 Table 6.3; 2019 Refinement and EFDB options marked in the enum).</summary>
    public static decimal Mcf(TreatmentPathway pathway) => pathway switch
    {
        TreatmentPathway.SeaRiverLakeDischarge => 0.1m,
        TreatmentPathway.StagnantSewer => 0.5m,
        TreatmentPathway.FlowingSewer => 0m,
        TreatmentPathway.CentralisedAerobicWellManaged => 0m,
        TreatmentPathway.CentralisedAerobicWellManaged2019 => 0.03m,
        TreatmentPathway.CentralisedAerobicOverloaded => 0.3m,
        TreatmentPathway.AnaerobicSludgeDigester => 0.8m,
        TreatmentPathway.AnaerobicReactor => 0.8m,
        TreatmentPathway.AnaerobicReactorAsia => 0.75m,
        TreatmentPathway.AnaerobicShallowLagoon => 0.2m,
        TreatmentPathway.AnaerobicDeepLagoon => 0.8m,
        TreatmentPathway.SepticSystem => 0.5m,
        TreatmentPathway.LatrineDrySmallFamily => 0.1m,
        TreatmentPathway.LatrineDryCommunal => 0.5m,
        TreatmentPathway.LatrineWet => 0.7m,
        TreatmentPathway.LatrineRegularSedimentRemoval => 0.1m,
    };

    /// <summary>
    /// Whether a pathway's wastewater is collected by default (I = 1.25): sewers and centralised or anaerobic plants are;
    /// untreated discharge, septic systems and latrines are not (I = 1.00). Override per pathway with <c>collected</c>.
    /// </summary>
    public static bool CollectedByDefault(TreatmentPathway pathway) => pathway switch
    {
        TreatmentPathway.StagnantSewer or TreatmentPathway.FlowingSewer or TreatmentPathway.CentralisedAerobicWellManaged
            or TreatmentPathway.CentralisedAerobicWellManaged2019 or TreatmentPathway.CentralisedAerobicOverloaded
            or TreatmentPathway.AnaerobicSludgeDigester or TreatmentPathway.AnaerobicReactor or TreatmentPathway.AnaerobicReactorAsia
            or TreatmentPathway.AnaerobicShallowLagoon or TreatmentPathway.AnaerobicDeepLagoon => true,
        TreatmentPathway.SeaRiverLakeDischarge or TreatmentPathway.SepticSystem or TreatmentPathway.LatrineDrySmallFamily
            or TreatmentPathway.LatrineDryCommunal or TreatmentPathway.LatrineWet or TreatmentPathway.LatrineRegularSedimentRemoval => false,
    };

    /// <summary>
    /// Domestic wastewater, population <paramref name="personYears"/>. CH4 = Σ_j Bo × MCF_j × (TOW_j − S_j) − R with
    /// TOW_j = P × T_j × BOD × 0.001 × I_j × 365 (the IPCC Eq 6.1 with I taken per pathway; equal to it when all I
    /// are equal). N2O (Eq 6.7/6.8) = (P × Protein × F_NPR × F_NON-CON × F_IND-COM − N_SLUDGE) × EF × 44/28, plus
    /// P × T_PLANT × F_IND-COM × 3.2 g for advanced plants. Differences below zero are set to 0 and said so.
    /// </summary>
    public static MethodOutput Domestic(decimal personYears, DomesticWastewaterParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        Guard.NonNegative(personYears, "quantity");
        var p = personYears;
        var bod = parameters.BodGPerPersonDay ?? DefaultBodGPerPersonDay;
        var bo = parameters.BoKgCh4PerKgBod ?? DefaultBoPerBod;
        var text = new DerivationBuilder(N).Add($"CH4 = Σ_j Bo × MCF_j × (TOW_j − S_j) − R; TOW_j = P × T_j × BOD × 0.001 × I_j × 365; P = ");
        text.Phrase(DerivationPhrases.WastewaterPersonYears, text.Number(p)).Add($", BOD ").Phrase(DerivationPhrases.WastewaterBodPerPersonDay, text.Number(bod));
        text.Add($", Bo {bo} kg CH4/kg BOD\n");
        var gross = 0m;
        var notes = new List<DerivationToken>();
        foreach (var s in parameters.Pathways)
        {
            var collected = s.Collected ?? CollectedByDefault(s.Pathway);
            var i = collected ? CollectedFactor : UncollectedFactor;
            var mcf = s.Mcf ?? Mcf(s.Pathway);
            var tow = p * s.Fraction * bod * 0.001m * i * 365m;
            var organics = tow - s.SludgeKgBod;
            if (organics < 0m)
            {
                notes.Add(DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterSludgeExceedsTow, DerivationBuilder.Term(s.Pathway)));
                organics = 0m;
            }

            var ch4J = bo * mcf * organics;
            gross += ch4J;
            text.Add($"  {s.Pathway}: TOW = {p} × {s.Fraction} × {bod} × 0.001 × I {i} × 365 = {tow} kg BOD; CH4 = {bo} × MCF {mcf} × ({tow} − S {s.SludgeKgBod}) = {ch4J} kg\n");
        }

        var ch4 = gross - parameters.RecoveredCh4Kg;
        if (ch4 < 0m)
        {
            notes.Add(DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterRecoveryExceeds));
            ch4 = 0m;
        }

        text.Add($"CH4 = {gross} − R {parameters.RecoveredCh4Kg} = {ch4} kg");
        var gases = new List<GasMass> { new(Gas.CH4NonFossil, ch4) };
        if (parameters.IncludeEffluentN2o)
        {
            var protein = parameters.ProteinKgPerPersonYear ?? ThaiProteinKgPerPersonYear;
            var fnpr = parameters.FractionNitrogenInProtein ?? DefaultFnpr;
            var fnoncon = parameters.NonConsumedProteinFactor ?? (parameters.GarbageDisposals ? FnonconWithDisposals : FnonconWithoutDisposals);
            var findcom = parameters.IndustrialCommercialFactor ?? DefaultFindcom;
            var ef = parameters.EffluentEfKgN2oNPerKgN ?? DefaultEffluentEf;
            var nGross = p * protein * fnpr * fnoncon * findcom;
            var nEff = nGross - parameters.SludgeNitrogenKg;
            if (nEff < 0m)
            {
                notes.Add(DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterSludgeNitrogenExceeds));
                nEff = 0m;
            }

            var n2oEffluent = nEff * ef * 44m / 28m;
            var efPlants = parameters.PlantN2oGPerPersonYear ?? PlantN2oGPerPersonYear;
            var n2oPlants = p * parameters.AdvancedPlantFraction * findcom * efPlants / 1000m;
            text.Add($"\n{DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterNitrogenEquation)} = {p} × {protein} × {fnpr} × {fnoncon} × {findcom} − {parameters.SludgeNitrogenKg} = {nEff} kg N");
            text.Add($"\nN2O = {DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterEffluentNitrogen)} × EF {ef} × 44/28 + P × {DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterPlantShare)} {parameters.AdvancedPlantFraction} × F_IND-COM × {efPlants} g = {n2oEffluent} + {n2oPlants} = {n2oEffluent + n2oPlants} kg");
            gases.Add(new GasMass(Gas.N2O, n2oEffluent + n2oPlants));
        }

        if (notes.Count > 0)
        {
            text.Add($"\n").Append(Notes(notes));
        }

        return new MethodOutput(gases, text.Build(), "IPCC 2006 Vol.5 Ch.6 Eq 6.1-6.3 (I per pathway) and Eq 6.7-6.9; differences below zero set to 0");
    }

    /// <summary>"Note: a; b (never negative)." for the differences set to 0.</summary>
    private static DerivationToken Notes(List<DerivationToken> notes)
    {
        var list = new DerivationBuilder(N);
        for (var i = 0; i < notes.Count; i++)
        {
            list.Add($"{(i > 0 ? "; " : string.Empty)}{notes[i]}");
        }

        return DerivationBuilder.PhraseToken(DerivationPhrases.Note, list.AsGroup());
    }

    internal static void ValidateCodCommon(decimal? mcf, TreatmentPathway? pathway)
    {
        if (pathway is { } p)
        {
            Guard.Defined(p, "pathway");
        }

        if (mcf is null && pathway is null)
        {
            throw new ArgumentException("'mcf' is required (or a 'pathway' whose MCF applies).", nameof(mcf));
        }
    }

    /// <summary>Thai CFO COD method: CH4 = 0.25 × MCF × (m³ × COD mg/L ÷ 1000 − S) − R.</summary>
    public static MethodOutput Cod(decimal cubicMetres, WastewaterCodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        var codKgPerM3 = parameters.CodMgPerL / 1000m;
        return CodBased(cubicMetres, codKgPerM3, new DerivationBuilder(N).Add($"{parameters.CodMgPerL} mg/L = {codKgPerM3} kg/m³").AsGroup(),
            parameters.Mcf ?? Mcf(parameters.Pathway!.Value), parameters.BoKgCh4PerKgCod ?? DefaultBoPerCod,
            parameters.SludgeKgCod, parameters.RecoveredCh4Kg,
            "TGO CFO worksheet COD method: CH4 = 0.25 × MCF × (m³ × kg COD/m³ − S)");
    }

    /// <summary>Industrial wastewater (IPCC 2006 Eq 6.4-6.6): CH4 = (TOW − S) × Bo × MCF − R, TOW = P × W × COD.</summary>
    public static MethodOutput Industrial(decimal cubicMetres, IndustrialWastewaterParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        return CodBased(cubicMetres, parameters.CodKgPerM3, new DerivationBuilder(N).Add($"{parameters.CodKgPerM3} kg/m³").AsGroup(),
            parameters.Mcf ?? Mcf(parameters.Pathway!.Value), parameters.BoKgCh4PerKgCod ?? DefaultBoPerCod,
            parameters.SludgeKgCod, parameters.RecoveredCh4Kg,
            "IPCC 2006 Vol.5 Eq 6.4-6.6 industrial wastewater: TOW = P × W × COD (line quantity = P × W in m³), EF = Bo × MCF");
    }

    private static MethodOutput CodBased(decimal cubicMetres, decimal codKgPerM3, DerivationToken codText, decimal mcf, decimal bo, decimal sludge, decimal recovered, string convention)
    {
        Guard.NonNegative(cubicMetres, "quantity");
        var tow = cubicMetres * codKgPerM3;
        var organics = tow - sludge;
        var notes = new List<DerivationToken>();
        if (organics < 0m)
        {
            notes.Add(DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterSludgeExceedsCod));
            organics = 0m;
        }

        var gross = bo * mcf * organics;
        var ch4 = gross - recovered;
        if (ch4 < 0m)
        {
            notes.Add(DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterRecoveryExceeds));
            ch4 = 0m;
        }

        var formula = new DerivationBuilder(N).Add($"CH4 = Bo × MCF × (V × COD − S) − R = {bo} × {mcf} × ({cubicMetres} m³ × {codText} = {tow} kg COD − {sludge}) − {recovered} = {ch4} kg");
        if (notes.Count > 0)
        {
            formula.Add($"\n").Append(Notes(notes));
        }

        return new MethodOutput([new GasMass(Gas.CH4NonFossil, ch4)], formula.Build(), convention);
    }

    /// <summary>Septic tanks (TGO CFO): CH4 = person-years × 365 days × BOD × 0.001 × Bo × MCF.</summary>
    public static MethodOutput Septic(decimal personYears, SepticTankParameters? parameters)
    {
        var p = parameters ?? new SepticTankParameters();
        p.Validate();
        Guard.NonNegative(personYears, "quantity");
        var bod = p.BodGPerPersonDay ?? DefaultBodGPerPersonDay;
        var bo = p.BoKgCh4PerKgBod ?? DefaultBoPerBod;
        var mcf = p.Mcf ?? SepticMcf;
        var tow = personYears * 365m * bod * 0.001m;
        var organics = Math.Max(tow - p.SludgeKgBod, 0m);
        var ch4 = organics * bo * mcf;
        var formula = new DerivationBuilder(N);
        var people = DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterPersonYears, formula.Number(personYears));
        if (p.SludgeKgBod == 0m)
        {
            formula.Phrase(DerivationPhrases.SepticEquation).Add($" = {people} × 365 d × {bod} g × 0.001 × {bo} × {mcf} = {ch4} kg");
        }
        else
        {
            formula.Phrase(DerivationPhrases.SepticEquationWithSludge).Add($" = ({people} × 365 d × {bod} g × 0.001 = {tow} kg BOD − S {p.SludgeKgBod}) × {bo} × {mcf} = {ch4} kg");
            if (tow < p.SludgeKgBod)
            {
                formula.Add($"\n").Append(Notes([DerivationBuilder.PhraseToken(DerivationPhrases.WastewaterSludgeExceedsBod)]));
            }
        }

        return new MethodOutput([new GasMass(Gas.CH4NonFossil, ch4)], formula.Build(), "TGO CFO septic tanks: people × BOD × days × 0.6 × 0.5 (365 days per person-year)");
    }
}
