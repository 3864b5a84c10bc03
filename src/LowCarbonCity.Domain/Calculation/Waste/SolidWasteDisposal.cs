using System.Text.Json.Serialization;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using static LowCarbonCity.Domain.Calculation.Waste.WasteFormat;

namespace LowCarbonCity.Domain.Calculation.Waste;

/// <summary>Which solid-waste disposal convention a line uses (docs/domain/methodology.md 3.6, pitfalls 3 and 4).</summary>
public enum LandfillConvention
{
    /// <summary>IPCC 2006 first-order decay, 6-month delay (M = 13): waste decays from the year after deposit. Default.</summary>
    IpccFirstOrderDecay,
    /// <summary>GPC Eq 8.2: first-order decay without delay; the same series as IPCC, one year earlier.</summary>
    GpcNoDelay,
    /// <summary>GPC Eq 8.3/8.4 methane commitment: all future emissions of the year's deposit, in the deposit year.</summary>
    MethaneCommitment,
}

/// <summary>
/// Wet mass of one waste type deposited in one year, in tonnes. <c>IsBackCast</c>: estimated (population ×
/// generation per capita), not recorded, which lowers data quality.
/// </summary>
public sealed record LandfillDeposit(
    [MethodParameter(Minimum = Organisations.InventoryYears.Min, Maximum = Organisations.InventoryYears.Max, Description = "Deposit year")] int Year,
    WasteType WasteType,
    [MethodParameter(Unit = "t", Minimum = 0, Description = "W: wet mass deposited")] decimal Tonnes,
    bool IsBackCast = false);

/// <summary>Methane recovered (flared or used) at the site in one year, in tonnes CH4: R(T).</summary>
public sealed record RecoveredMethane(
    [MethodParameter(Minimum = Organisations.InventoryYears.Min, Maximum = Organisations.InventoryYears.Max)] int Year,
    [MethodParameter(Unit = "t CH4", Minimum = 0, Description = "R(T): methane recovered")] decimal Tonnes);

/// <summary>A share of a waste stream by waste type (fractions of a composition sum to 1).</summary>
public sealed record WasteShare(WasteType WasteType, [MethodParameter(Unit = "share", Minimum = 0, Description = "Share of wet weight (read relative to the total, so percentages work)")] decimal Fraction);

/// <summary>
/// A city's own values for one waste type, overriding the IPCC defaults: DOC (wet basis; Table 2.4) and the decay rate
/// k (Table 3.3 by climate). Bulk MSW takes its DOC from <c>bulkDoc</c> or a composition, not from here.
/// </summary>
public sealed record WasteTypeFactor(
    WasteType WasteType,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "IPCC 2006 Table 2.4 by waste type", Description = "DOC: degradable organic carbon, wet basis")] decimal? Doc = null,
    [MethodParameter(Unit = "1/yr", Minimum = 0, Maximum = 1, DefaultNote = "IPCC 2006 Table 3.3 by climate and waste type", Description = "k: first-order decay rate")] decimal? K = null);

/// <summary>
/// Parameters of a <see cref="CalculationMethod.SolidWasteDisposal"/> line: the site and its deposit history.
/// </summary>
/// <param name="Management">Site management; gives MCF (IPCC 2006 Table 3.1).</param>
/// <param name="Climate">Climate zone; gives k per waste type (IPCC 2006 Table 3.3).</param>
/// <param name="Deposits">Deposit history (one entry per year and waste type).</param>
/// <param name="Convention">FOD with 6-month delay (default), GPC without delay, or methane commitment.</param>
/// <param name="Docf">DOCf override; default 0.5 for first-order decay, 0.6 for methane commitment.</param>
/// <param name="BulkDoc">DOC of bulk MSW (wet basis); required when any deposit is <see cref="WasteType.BulkMsw"/>.</param>
/// <param name="CoveredWithOxidisingMaterial">OX = 0.1 when true, else 0 (IPCC 2006 Table 3.2).</param>
/// <param name="OxidationFactor">OX override (fraction); wins over <paramref name="CoveredWithOxidisingMaterial"/>.</param>
/// <param name="RecoveredCh4">R(T): methane recovered per year, tonnes CH4 (first-order-decay conventions).</param>
/// <param name="CommitmentRecoveryFraction">f_rec of GPC Eq 8.3 (methane commitment only), default 0.</param>
/// <param name="Mcf">MCF override; default by <paramref name="Management"/> (<see cref="SolidWasteDefaults.Mcf"/>).</param>
/// <param name="MethaneFraction">F override; default 0.5.</param>
/// <param name="WasteTypeFactors">DOC and k overrides by waste type.</param>
/// <param name="Composition">
/// Composition of the bulk-MSW deposits by waste type (shares read relative to their total, so percentages work); gives
/// the bulk DOC when <paramref name="BulkDoc"/> is absent (<see cref="SolidWasteDefaults.BulkDoc"/>).
/// </param>
public sealed record SolidWasteDisposalParameters(
    SiteManagement Management,
    ClimateZone Climate,
    IReadOnlyList<LandfillDeposit> Deposits,
    LandfillConvention Convention = LandfillConvention.IpccFirstOrderDecay,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "0.5 for first-order decay, 0.6 for methane commitment", Description = "DOCf: fraction of DOC that decomposes")] decimal? Docf = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "from composition; required for bulk MSW without one", Description = "DOC of bulk MSW, wet basis")] decimal? BulkDoc = null,
    bool CoveredWithOxidisingMaterial = false,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "0.1 when covered with oxidising material, else 0", Description = "OX: oxidation factor")] decimal? OxidationFactor = null,
    IReadOnlyList<RecoveredMethane>? RecoveredCh4 = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, Description = "f_rec: recovered share (methane commitment only)")] decimal CommitmentRecoveryFraction = 0m,
    IReadOnlyList<WasteShare>? Composition = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultNote = "by management (IPCC 2006 Table 3.1)", Description = "MCF: methane correction factor of the site")] decimal? Mcf = null,
    [MethodParameter(Unit = "fraction", Minimum = 0, Maximum = 1, DefaultIn = typeof(SolidWasteDefaults), DefaultField = nameof(SolidWasteDefaults.MethaneFraction), Description = "F: fraction of methane in landfill gas")] decimal? MethaneFraction = null,
    IReadOnlyList<WasteTypeFactor>? WasteTypeFactors = null) : MethodParameters
{
    /// <summary>Takes management, climate, cover and deposits from a site entity.</summary>
    public static SolidWasteDisposalParameters FromSite(
        SolidWasteSite site,
        LandfillConvention convention = LandfillConvention.IpccFirstOrderDecay,
        decimal? docf = null,
        decimal? bulkDoc = null,
        IReadOnlyList<RecoveredMethane>? recoveredCh4 = null,
        decimal commitmentRecoveryFraction = 0m)
    {
        ArgumentNullException.ThrowIfNull(site);
        var deposits = site.Deposits
            .OrderBy(d => d.Year).ThenBy(d => d.WasteType)
            .Select(d => new LandfillDeposit(d.Year, d.WasteType, d.Tonnes, d.IsBackCast))
            .ToArray();
        return new SolidWasteDisposalParameters(site.Management, site.Climate, deposits, convention, docf, bulkDoc,
            site.CoveredWithOxidisingMaterial, null, recoveredCh4, commitmentRecoveryFraction);
    }

    /// <summary>
    /// These parameters at <paramref name="site"/>: the site's management, climate, cover and deposit history replace
    /// the line's; every other value (convention, overrides, recovery, composition) stays the line's.
    /// </summary>
    public SolidWasteDisposalParameters AtSite(SolidWasteSite site)
    {
        var fromSite = FromSite(site);
        return this with
        {
            Management = fromSite.Management,
            Climate = fromSite.Climate,
            CoveredWithOxidisingMaterial = fromSite.CoveredWithOxidisingMaterial,
            Deposits = fromSite.Deposits,
        };
    }

    /// <summary>The DOCf in force: the override, else the convention's default.</summary>
    [JsonIgnore]
    public decimal EffectiveDocf => Docf ?? (Convention == LandfillConvention.MethaneCommitment
        ? SolidWasteDefaults.DocfMethaneCommitment
        : SolidWasteDefaults.DocfFirstOrderDecay);

    /// <summary>The OX in force: the override, else 0.1 when covered with oxidising material, else 0.</summary>
    [JsonIgnore]
    public decimal EffectiveOxidation => OxidationFactor ?? (CoveredWithOxidisingMaterial ? SolidWasteDefaults.OxidationCovered : 0m);

    /// <summary>The DOC of bulk MSW in force: <see cref="BulkDoc"/>, else the one of <see cref="Composition"/>, else none.</summary>
    [JsonIgnore]
    public decimal? EffectiveBulkDoc => BulkDoc ?? (Composition is { Count: > 0 } shares && shares.Sum(s => s?.Fraction ?? 0m) > 0m ? SolidWasteDefaults.BulkDoc(shares) : null);

    /// <summary>The MCF in force: the override, else the one of the site's management.</summary>
    [JsonIgnore]
    public decimal EffectiveMcf => Mcf ?? SolidWasteDefaults.Mcf(Management);

    /// <summary>The F in force: the override, else 0.5.</summary>
    [JsonIgnore]
    public decimal EffectiveMethaneFraction => MethaneFraction ?? SolidWasteDefaults.MethaneFraction;

    /// <summary>The DOC of a waste type in force: the override, else IPCC Table 2.4, else (bulk MSW) <see cref="EffectiveBulkDoc"/>.</summary>
    public decimal? DocOf(WasteType type) =>
        WasteTypeFactors?.FirstOrDefault(f => f?.WasteType == type)?.Doc ?? SolidWasteDefaults.Doc(type) ?? EffectiveBulkDoc;

    /// <summary>The decay rate k of a waste type in force: the override, else IPCC Table 3.3 for the climate.</summary>
    public decimal KOf(WasteType type) =>
        WasteTypeFactors?.FirstOrDefault(f => f?.WasteType == type)?.K ?? SolidWasteDefaults.K(Climate, type);

    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON property at fault.</summary>
    public void Validate()
    {
        MethodParameterRules.Check(this);
        Guard.Defined(Management, "management");
        Guard.Defined(Climate, "climate");
        Guard.Defined(Convention, "convention");
        Guard.NotNull(Deposits, "deposits");
        ValidateComposition();
        ValidateWasteTypeFactors();
        var seen = new HashSet<(int, WasteType)>();
        for (var i = 0; i < Deposits.Count; i++)
        {
            var d = Deposits[i];
            Guard.NotNull(d, Inv($"deposits[{i}]"));
            Guard.Defined(d.WasteType, Inv($"deposits[{i}].wasteType"));
            if (!seen.Add((d.Year, d.WasteType)))
            {
                throw new ArgumentException(Inv($"'deposits[{i}]' repeats year {d.Year} and waste type {d.WasteType}."), Inv($"deposits[{i}]"));
            }

            if (d.WasteType == WasteType.BulkMsw && EffectiveBulkDoc is null)
            {
                throw new ArgumentException(Inv($"'bulkDoc' is required: deposits[{i}] is bulk MSW, whose DOC depends on the composition."), "bulkDoc");
            }
        }

        if (RecoveredCh4 is not null)
        {
            var years = new HashSet<int>();
            for (var i = 0; i < RecoveredCh4.Count; i++)
            {
                Guard.NotNull(RecoveredCh4[i], Inv($"recoveredCh4[{i}]"));
                if (!years.Add(RecoveredCh4[i].Year))
                {
                    throw new ArgumentException(Inv($"'recoveredCh4[{i}]' repeats year {RecoveredCh4[i].Year}."), Inv($"recoveredCh4[{i}].year"));
                }
            }
        }
    }
    private void ValidateWasteTypeFactors()
    {
        var types = new HashSet<WasteType>();
        for (var i = 0; i < (WasteTypeFactors?.Count ?? 0); i++)
        {
            var factor = WasteTypeFactors![i];
            Guard.NotNull(factor, Inv($"wasteTypeFactors[{i}]"));
            Guard.Defined(factor.WasteType, Inv($"wasteTypeFactors[{i}].wasteType"));
            if (!types.Add(factor.WasteType))
            {
                throw new ArgumentException(Inv($"'wasteTypeFactors[{i}]' repeats waste type {factor.WasteType}."), Inv($"wasteTypeFactors[{i}].wasteType"));
            }

            if (factor.WasteType == WasteType.BulkMsw && factor.Doc is not null)
            {
                throw new ArgumentException(Inv($"'wasteTypeFactors[{i}].doc' cannot be given for bulk MSW: give 'bulkDoc' or a composition."), Inv($"wasteTypeFactors[{i}].doc"));
            }
        }
    }

    private void ValidateComposition()
    {
        if (Composition is null)
        {
            return;
        }

        var types = new HashSet<WasteType>();
        for (var i = 0; i < Composition.Count; i++)
        {
            var share = Composition[i];
            Guard.NotNull(share, Inv($"composition[{i}]"));
            Guard.Defined(share.WasteType, Inv($"composition[{i}].wasteType"));
            if (share.WasteType == WasteType.BulkMsw)
            {
                throw new ArgumentException(Inv($"'composition[{i}].wasteType' cannot be bulk MSW: the composition is what bulk MSW is made of."), Inv($"composition[{i}].wasteType"));
            }

            if (!types.Add(share.WasteType))
            {
                throw new ArgumentException(Inv($"'composition[{i}]' repeats waste type {share.WasteType}."), Inv($"composition[{i}].wasteType"));
            }

        }

        if (Composition.Count > 0 && Composition.Sum(s => s.Fraction) <= 0m)
        {
            throw new ArgumentException("'composition' needs at least one share above 0.", "composition");
        }
    }
}

/// <summary>
/// Solid-waste disposal (GPC III.1; IPCC 2006 Vol.5 Ch.3; docs/domain/methodology.md 3.6). Pure functions, decimal throughout;
/// <c>double</c> only for e^{-k}.
/// </summary>
public static class SolidWasteDisposal
{
    private const string ConventionIpcc = "IPCC 2006 first-order decay (Vol.5 Eq 3.2-3.6), 6-month delay (M = 13): waste decays from the year after deposit";
    private const string ConventionGpc = "GPC Eq 8.2 first-order decay without delay: the deposit year decays too (IPCC series one year earlier)";
    private const string ConventionCommitment = "GPC Eq 8.3/8.4 methane commitment: all future emissions of the year's deposit attributed to the deposit year";

    /// <summary>
    /// Methane from a site in <paramref name="inventoryYear"/>. Rule for the line's quantity (tonnes deposited in the
    /// inventory year): when the history has no deposit for that year, the quantity is added as a bulk-MSW deposit of
    /// that year (a quantity of 0 adds nothing); when the history has one, the history wins and the quantity is only
    /// reported in the formula.
    /// </summary>
    public static MethodOutput Calculate(SolidWasteDisposalParameters parameters, decimal? lineTonnes, int inventoryYear)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var note = new DerivationBuilder(N);
        var deposits = parameters.Deposits;
        if (lineTonnes is { } q)
        {
            Guard.NonNegative(q, "quantity");
            if (deposits.Any(d => d.Year == inventoryYear))
            {
                var recorded = deposits.Where(d => d.Year == inventoryYear).Sum(d => d.Tonnes);
                if (recorded != q)
                {
                    note.Phrase(DerivationPhrases.LandfillQuantityNotUsed, note.Number(q), note.Number(recorded), DerivationBuilder.Year(inventoryYear)).Add($"\n");
                }
            }
            else if (q == 0)
            {
                // Nothing deposited this year: no deposit to add, so no DOC is needed.
                note.Phrase(DerivationPhrases.LandfillNoDeposit, DerivationBuilder.Year(inventoryYear)).Add($"\n");
            }
            else
            {
                if (parameters.EffectiveBulkDoc is null)
                {
                    throw Guard.Invalid(
                        "bulkDoc",
                        Inv($"'bulkDoc' is required: the history has no deposit for {inventoryYear}, so the line quantity {N(q)} t is taken as that year's bulk-MSW deposit. Give bulkDoc (or a composition) or record {inventoryYear} by waste type."));
                }

                deposits = [.. deposits, new LandfillDeposit(inventoryYear, WasteType.BulkMsw, q)];
                note.Phrase(DerivationPhrases.LandfillQuantityAdded, note.Number(q), DerivationBuilder.Year(inventoryYear)).Add($"\n");
            }
        }

        var effective = parameters with { Deposits = deposits };
        effective.Validate();
        return effective.Convention switch
        {
            LandfillConvention.IpccFirstOrderDecay => FirstOrderDecay(effective, inventoryYear, delay: true, note.Build()),
            LandfillConvention.GpcNoDelay => FirstOrderDecay(effective, inventoryYear, delay: false, note.Build()),
            LandfillConvention.MethaneCommitment => Commitment(effective, inventoryYear, note.Build()),
        };
    }

    /// <summary>e^{-k} in decimal: the only place the solid-waste maths leaves decimal.</summary>
    internal static decimal ExpMinus(decimal k) => (decimal)Math.Exp(-(double)k);

    /// <summary>
    /// IPCC recursion with M = 13: DDOCm_a(T) = DDOCm_d(T) + DDOCm_a(T−1) × e^{-k}; with delay the decomposed mass in T is
    /// DDOCm_a(T−1) × (1 − e^{-k}); without delay (GPC Eq 8.2) it is DDOCm_a(T) × (1 − e^{-k}).
    /// Returns the accumulated mass the decomposition is taken from, and the decomposed mass (tonnes of DDOCm).
    /// </summary>
    private static (decimal Accumulated, decimal Decomposed) Decompose(IEnumerable<(int Year, decimal Tonnes)> deposits, decimal ddocPerTonne, decimal expMinusK, int year, bool delay)
    {
        var byYear = deposits.Where(d => d.Year <= year).GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Sum(d => d.Tonnes));
        if (byYear.Count == 0)
        {
            return (0m, 0m);
        }

        var lastYear = delay ? year - 1 : year;
        var accumulated = 0m;
        for (var y = byYear.Keys.Min(); y <= lastYear; y++)
        {
            accumulated = (byYear.TryGetValue(y, out var w) ? w * ddocPerTonne : 0m) + (accumulated * expMinusK);
        }

        return (accumulated, accumulated * (1m - expMinusK));
    }

    private static MethodOutput FirstOrderDecay(SolidWasteDisposalParameters p, int year, bool delay, Derivation note)
    {
        var mcf = p.EffectiveMcf;
        var f = p.EffectiveMethaneFraction;
        var docf = p.EffectiveDocf;
        var ox = p.EffectiveOxidation;
        var recovered = p.RecoveredCh4?.Where(r => r.Year == year).Sum(r => r.Tonnes) ?? 0m;
        var text = new DerivationBuilder(N).Append(note);
        var sum = DerivationBuilder.PhraseToken(DerivationPhrases.LandfillSumOfTypes);
        var decomp = DerivationBuilder.PhraseToken(DerivationPhrases.LandfillDecomposed);
        text.Add($"CH4({year}) = ({sum} {decomp}({year}) × F × 16/12 − R({year})) × (1 − OX); DDOCm_d = W × DOC × DOCf × MCF; ");
        if (delay)
        {
            text.Add($"{decomp}({year}) = DDOCm_a({year - 1}) × (1 − e^-k)\n");
        }
        else
        {
            text.Add($"{decomp}({year}) = DDOCm_a({year}) × (1 − e^-k) ").Phrase(DerivationPhrases.LandfillNoDelay).Add($"\n");
        }

        var generated = 0m;
        foreach (var group in p.Deposits.Where(d => d.Year <= year).GroupBy(d => d.WasteType).OrderBy(g => g.Key))
        {
            var type = group.Key;
            var doc = p.DocOf(type)!.Value;
            var k = p.KOf(type);
            var expMinusK = ExpMinus(k);
            var (accumulated, decomposed) = Decompose(group.Select(d => (d.Year, d.Tonnes)), doc * docf * mcf, expMinusK, year, delay);
            var ch4 = decomposed * f * SolidWasteDefaults.Ch4PerC;
            generated += ch4;
            var firstYear = group.Min(d => d.Year);
            text.Add($"  {type}: ").Phrase(DerivationPhrases.LandfillDeposits, DerivationBuilder.Year(firstYear), DerivationBuilder.Year(group.Max(d => d.Year)), text.Number(group.Sum(d => d.Tonnes)));
            text.Add($"; DOC {doc} × DOCf {docf} × MCF {mcf}; k {k}, e^-k = {expMinusK}; ");
            text.Add($"DDOCm_a({(delay ? year - 1 : year)}) = {accumulated} t; {decomp} = {accumulated} × {1m - expMinusK} = {decomposed} t; CH4 = {decomposed} × F {f} × 16/12 = {ch4} t\n");
        }

        var net = generated - recovered;
        var floored = net < 0m;
        var emittedTonnes = (floored ? 0m : net) * (1m - ox);
        text.Add($"CH4({year}) = ({generated} − R {recovered}) × (1 − OX {ox}) = {emittedTonnes} t = {emittedTonnes * 1000m} kg");
        if (floored)
        {
            text.Add($" ").Phrase(DerivationPhrases.LandfillFloored);
        }

        var lowQuality = p.Deposits.Any(d => d.IsBackCast && d.Tonnes > 0m && (delay ? d.Year < year : d.Year <= year) && DocOf(p, d.WasteType) > 0m);
        if (lowQuality)
        {
            text.Add($"\n").Phrase(DerivationPhrases.LandfillBackCast);
        }

        return new MethodOutput([new GasMass(Gas.CH4NonFossil, emittedTonnes * 1000m)], text.Build(), delay ? ConventionIpcc : ConventionGpc, lowQuality);
    }

    private static MethodOutput Commitment(SolidWasteDisposalParameters p, int year, Derivation note)
    {
        var mcf = p.EffectiveMcf;
        var f = p.EffectiveMethaneFraction;
        var docf = p.EffectiveDocf;
        var ox = p.EffectiveOxidation;
        var fRec = p.CommitmentRecoveryFraction;
        var text = new DerivationBuilder(N).Append(note);
        text.Add($"CH4({year}) = {DerivationBuilder.PhraseToken(DerivationPhrases.LandfillSumOfTypes)} MSW × L0 × (1 − {DerivationBuilder.PhraseToken(DerivationPhrases.LandfillRecoveredFraction)}) × (1 − OX); L0 = MCF × DOC × DOCf × F × 16/12\n");
        var total = 0m;
        foreach (var d in p.Deposits.Where(d => d.Year == year).OrderBy(d => d.WasteType))
        {
            var doc = DocOf(p, d.WasteType);
            var l0 = mcf * doc * docf * f * SolidWasteDefaults.Ch4PerC;
            var ch4 = d.Tonnes * l0 * (1m - fRec) * (1m - ox);
            total += ch4;
            text.Add($"  {d.WasteType}: {d.Tonnes} t × L0 ({mcf} × {doc} × {docf} × {f} × 16/12 = {l0}) × (1 − {fRec}) × (1 − {ox}) = {ch4} t\n");
        }

        text.Add($"CH4({year}) = {total} t = {total * 1000m} kg");
        var lowQuality = p.Deposits.Any(d => d.IsBackCast && d.Year == year && d.Tonnes > 0m && DocOf(p, d.WasteType) > 0m);
        if (lowQuality)
        {
            text.Add($"\n").Phrase(DerivationPhrases.LandfillDepositBackCast);
        }

        return new MethodOutput([new GasMass(Gas.CH4NonFossil, total * 1000m)], text.Build(), ConventionCommitment, lowQuality);
    }

    private static decimal DocOf(SolidWasteDisposalParameters p, WasteType type) => p.DocOf(type) ?? 0m;

    /// <summary>
    /// Fills the years from <paramref name="fromYear"/> up to the year before the first recorded deposit with
    /// population × generation (kg/person/day) × 365 × fraction landfilled ÷ 1000 tonnes, split by
    /// <paramref name="composition"/> (default: all bulk MSW), each marked back-cast (IPCC 2006 Vol.5 §3.2.2).
    /// A year uses 365 days. Recorded deposits are returned unchanged; the result is ordered by year and type.
    /// </summary>
    public static IReadOnlyList<LandfillDeposit> BackCast(
        IReadOnlyList<LandfillDeposit> recorded,
        int fromYear,
        IReadOnlyDictionary<int, decimal> population,
        decimal generationKgPerPersonDay,
        decimal fractionLandfilled,
        IReadOnlyList<WasteShare>? composition = null)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(population);
        if (recorded.Count == 0)
        {
            throw new ArgumentException("Back-casting needs at least one recorded deposit to stop at.", nameof(recorded));
        }

        Guard.NonNegative(generationKgPerPersonDay, "generationKgPerPersonDay");
        Guard.Fraction(fractionLandfilled, "fractionLandfilled");
        var shares = composition ?? [new WasteShare(WasteType.BulkMsw, 1m)];
        if (shares.Sum(s => s.Fraction) != 1m)
        {
            throw new ArgumentException("The composition's fractions must sum to 1.", nameof(composition));
        }

        var firstRecorded = recorded.Min(d => d.Year);
        var result = new List<LandfillDeposit>(recorded);
        for (var year = fromYear; year < firstRecorded; year++)
        {
            if (!population.TryGetValue(year, out var people))
            {
                throw new ArgumentException(Inv($"No population for {year}."), nameof(population));
            }

            var tonnes = people * generationKgPerPersonDay * 365m * fractionLandfilled / 1000m;
            result.AddRange(shares.Select(s => new LandfillDeposit(year, s.WasteType, tonnes * s.Fraction, IsBackCast: true)));
        }

        return [.. result.OrderBy(d => d.Year).ThenBy(d => d.WasteType)];
    }
}
