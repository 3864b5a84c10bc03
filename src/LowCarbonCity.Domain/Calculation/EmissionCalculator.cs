using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using static LowCarbonCity.Domain.Calculation.FormulaText;

namespace LowCarbonCity.Domain.Calculation;

/// <summary>The signature of a method family that turns a line into gas masses (<see cref="WasteMethods.Calculate"/>).</summary>
internal delegate MethodOutput MethodFamily(CategoryDefinition definition, Quantity? quantity, MethodParameters? parameters, int inventoryYear);

/// <summary>
/// The calculation engine (docs/conventions.md C1): a pure function from activity records and a calculation basis to an
/// <see cref="InventoryResult"/>. No I/O, clock, culture or randomness; decimal throughout, nothing rounded.
/// See docs/domain/calculation-method.md.
/// </summary>
public static class EmissionCalculator
{
    /// <summary>
    /// TGO's product-LCA (CFP) grid factors, scope 2 + upstream (docs/domain/methodology.md 2.1). Used as a CFO/GPC scope-2 factor
    /// they would count the upstream twice; the engine refuses them.
    /// </summary>
    public static IReadOnlyList<decimal> ProductLcaGridFactors { get; } = [0.5986m, 0.5562m];

    /// <summary>Calculates every record and the totals of <paramref name="basis"/>'s inventory kind.</summary>
    /// <exception cref="CalculationException">A line cannot be calculated, naming the line and field; or the basis is unusable.</exception>
    public static InventoryResult Calculate(IReadOnlyList<ActivityRecord> records, CalculationBasis basis) =>
        Calculate(records, basis, WasteMethods.Calculate);

    internal static InventoryResult Calculate(IReadOnlyList<ActivityRecord> records, CalculationBasis basis, MethodFamily wasteMethods)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(basis.Edition);
        ArgumentNullException.ThrowIfNull(basis.GwpSet);
        ValidateBasis(basis);

        var ids = new HashSet<Guid>();
        var lines = new List<LineResult>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            if (!ids.Add(record.LineId))
            {
                throw new CalculationException(record.LineId, nameof(ActivityRecord.LineId), "The same line id appears twice.");
            }

            lines.AddRange(Bounded(record.LineId, () => new LineCalculation(record, basis, wasteMethods).Run()));
        }

        return Bounded(null, () => basis.Kind switch
        {
            InventoryKind.Organisation => new InventoryResult(basis.Kind, basis.Year, basis.Edition.Code, basis.GwpSet.Code, lines, OrganisationTotalsOf(lines), null),
            InventoryKind.City => new InventoryResult(basis.Kind, basis.Year, basis.Edition.Code, basis.GwpSet.Code, lines, null, CityTotalsOf(lines, records, basis)),
        });
    }

    /// <summary>
    /// Checked arithmetic (decimal throws on overflow) turned into a refusal of the line's quantity, and a line whose
    /// emissions pass <see cref="QuantityBounds.MaxLineCo2eKg"/> refused the same way, so no stored result can make
    /// a total or a roll-up overflow.
    /// </summary>
    private static T Bounded<T>(Guid? lineId, Func<T> calculate)
    {
        T result;
        try
        {
            result = calculate();
        }
        catch (OverflowException e)
        {
            throw TooLarge(lineId, e);
        }

        if (result is List<LineResult> parts
            && parts.Any(p => Math.Abs(p.Co2eKg ?? 0m) > QuantityBounds.MaxLineCo2eKg || Math.Abs(p.MemoCo2eKg) > QuantityBounds.MaxLineCo2eKg))
        {
            throw TooLarge(lineId, null);
        }

        return result;
    }

    private static CalculationException TooLarge(Guid? lineId, Exception? inner) =>
        new(lineId, nameof(ActivityRecord.Quantity), LineCodes.ResultTooLarge, [QuantityBounds.MaxLineCo2eKg / 1000m],
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The emissions exceed the plausible {QuantityBounds.MaxLineCo2eKg / 1000m:0} t CO2e for one line, or overflow."), inner);

    private static void ValidateBasis(CalculationBasis basis)
    {
        if (basis.GridLossShare is { } share)
        {
            if (basis.Kind == InventoryKind.Organisation)
            {
                throw new CalculationException(null, "CalculationBasis.GridLossShare",
                    "A CFO inventory never adds T&D losses: the TGO scope-2 grid factor already contains them.");
            }

            if (share is < 0 or >= 1)
            {
                throw new CalculationException(null, "CalculationBasis.GridLossShare", "The T&D loss share must be at least 0 and below 1.");
            }
        }
    }

    private static OrganisationTotals OrganisationTotalsOf(IReadOnlyList<LineResult> lines)
    {
        decimal Scope(EmissionScope scope) => lines.Where(l => l.Scope == scope).Sum(l => l.Co2eKg ?? 0m);
        return new OrganisationTotals(Scope(EmissionScope.Scope1), Scope(EmissionScope.Scope2), Scope(EmissionScope.Scope3), lines.Sum(l => l.MemoCo2eKg));
    }

    private static CityTotals CityTotalsOf(IReadOnlyList<LineResult> lines, IReadOnlyList<ActivityRecord> records, CalculationBasis basis)
    {
        var placements = new Dictionary<string, GpcPlacement>(StringComparer.Ordinal);
        var byCell = new Dictionary<string, List<LineResult>>(StringComparer.Ordinal);
        var recordsById = records.ToDictionary(r => r.LineId);
        foreach (var line in lines)
        {
            var placement = Placement(recordsById[line.LineId], line.Part);
            placements[placement.Reference] = placement;
            if (!byCell.TryGetValue(placement.Reference, out var list))
            {
                byCell[placement.Reference] = list = [];
            }

            list.Add(line);
        }

        var cells = new List<GpcCell>();
        foreach (var (reference, cellLines) in byCell)
        {
            var p = placements[reference];
            var numbers = cellLines.Where(l => l.Co2eKg is not null).ToList();
            var keys = cellLines.Where(l => l.NotationKey is not null).Select(l => l.NotationKey!.Value).Distinct().Order().ToList();
            var notes = cellLines.Where(l => l.NotationKey is not null && l.NotationExplanation is not null)
                .Select(l => $"{l.NotationKey}: {l.NotationExplanation}").Distinct(StringComparer.Ordinal).ToList();
            cells.Add(new GpcCell(reference, p.Subsector, p.Scope, numbers.Count > 0 ? numbers.Sum(l => l.Co2eKg!.Value) : null, keys, notes, p.InBasic, p.InBasicPlus, p.InTerritorial));
        }

        // Without a loss share, T&D losses stay inside x.2 (the TGO factor contains them): the x.3 cell says IE.
        if (basis.GridLossShare is null)
        {
            foreach (var p in placements.Values.ToList())
            {
                if (ScopeRules.LossesIncludedCell(p) is { } tnd && !byCell.ContainsKey(tnd.Reference))
                {
                    cells.Add(new GpcCell(tnd.Reference, tnd.Subsector, tnd.Scope, null, [NotationKey.IE],
                        [$"IE: T&D losses are included in {p.Reference} (the TGO grid factor contains them)"], tnd.InBasic, tnd.InBasicPlus, tnd.InTerritorial));
                }
            }
        }

        cells = cells.OrderBy(c => c.Subsector).ThenBy(c => c.Reference, StringComparer.Ordinal).ToList();
        decimal Sum(Func<GpcCell, bool> where) => cells.Where(where).Sum(c => c.Co2eKg ?? 0m);
        return new CityTotals(
            cells,
            Sum(c => c.InBasic),
            Sum(c => c.InBasicPlus),
            Sum(c => c.InTerritorial),
            Sum(c => c.Scope == EmissionScope.Scope1),
            Sum(c => c.Scope == EmissionScope.Scope2),
            Sum(c => c.Scope == EmissionScope.Scope3),
            lines.Sum(l => l.MemoCo2eKg));
    }

    internal static GpcPlacement Placement(ActivityRecord record, LinePart part)
    {
        var subsector = record.GpcSubsector ?? ActivityCategories.Get(record.Category).DefaultGpcSubsector;
        try
        {
            return ScopeRules.CityPlacement(record.Category, subsector, record.WasteBoundary ?? ScopeRules.DefaultWasteBoundary(record.Category), part);
        }
        catch (ArgumentException e)
        {
            throw new CalculationException(record.LineId, nameof(ActivityRecord.GpcSubsector), e.Message, e);
        }
    }

    /// <summary>One record's calculation: its parts, each with gases, scope and formula.</summary>
    private sealed class LineCalculation(ActivityRecord record, CalculationBasis basis, MethodFamily wasteMethods)
    {
        private readonly CategoryDefinition _definition = ActivityCategories.Get(record.Category);

        private Guid Id => record.LineId;

        public List<LineResult> Run()
        {
            if (record.NotationKey is { } key)
            {
                return [NotationKeyLine(key)];
            }

            if (_definition.Method == CalculationMethod.EmissionFactor && record.Parameters is not null)
            {
                throw Error(nameof(ActivityRecord.Parameters), $"Category {record.Category} is factor-based and takes no method parameters.");
            }

            if (record.CustomFactor is not null)
            {
                return Parts(Require(record.Quantity), [CustomFactorUsed(record.CustomFactor)], "Custom factor", isCustom: true);
            }

            return _definition.Method switch
            {
                CalculationMethod.EmissionFactor => FactorBased(Require(record.Quantity)),
                CalculationMethod.Refrigerant => Refrigerant(),
                CalculationMethod.SolidWasteDisposal or CalculationMethod.BiologicalTreatment or CalculationMethod.IncinerationOrOpenBurning
                    or CalculationMethod.DomesticWastewater or CalculationMethod.WastewaterCod or CalculationMethod.SepticTank
                    or CalculationMethod.IndustrialWastewater => [Method()],
            };
        }

        private List<LineResult> FactorBased(Quantity quantity) =>
            Parts(quantity, EditionFactors(record.Category, quantity.Unit), ConventionOf(quantity.Unit), isCustom: false);

        private LineResult NotationKeyLine(NotationKey key)
        {
            if (record.Quantity is not null)
            {
                throw Error(nameof(ActivityRecord.NotationKey), "A line has either a quantity or a notation key, not both.");
            }

            if (record.CustomFactor is not null)
            {
                throw Error(nameof(ActivityRecord.CustomFactor), "A line with a notation key has no factor.");
            }

            // The key is a standard code, the same in every language; its explanation is the officer's own words.
            var formula = new DerivationBuilder(N).Append(new DerivationToken(DerivationKind.Symbol, key.ToString()));
            if (record.NotationExplanation is { Length: > 0 } text)
            {
                formula.Add($": ").Append(DerivationBuilder.Text(text));
            }

            return new LineResult(Id, LinePart.Activity, record.Category, Scope(LinePart.Activity), GpcReference(LinePart.Activity),
                null, null, [], null, 0m, formula.Build(), false, key, record.NotationExplanation, null, record.DataQuality);
        }

        private Quantity Require(Quantity? quantity)
        {
            if (quantity is not { } q)
            {
                throw Error(nameof(ActivityRecord.Quantity), "The line has neither a quantity nor a notation key.");
            }

            if (!_definition.Accepts(q.Unit))
            {
                throw Error("Quantity.Unit", $"Unit {q.Unit.Code} does not fit category {record.Category} (it takes {string.Join(", ", _definition.Units.Select(u => u.Code))}).");
            }

            if (q.Value < 0)
            {
                throw Error("Quantity.Value", "An activity quantity cannot be negative.");
            }

            return q;
        }

        private List<FactorUsed> EditionFactors(ActivityCategory category, Unit unit)
        {
            var factors = basis.Edition.FactorsFor(category, unit);
            if (factors.Count == 0)
            {
                throw Error(category == record.Category ? nameof(ActivityRecord.Category) : nameof(CalculationBasis.IncludeElectricityUpstream),
                    $"Edition {basis.Edition.Code} has no factor for {category} that fits a quantity in {unit.Code}.");
            }

            return factors.Select(f => new FactorUsed(f.KgPerUnit, f.PerUnit, f.Source, basis.Edition.Code, false, f.Gas)).ToList();
        }

        private static FactorUsed CustomFactorUsed(CustomFactor custom) =>
            new(custom.KgPerUnit, custom.PerUnit, "Custom factor: " + custom.Justification, null, true, custom.Gas);

        private string ConventionOf(Unit unit) =>
            _definition.Group switch
            {
                CategoryGroup.StationaryCombustion or CategoryGroup.MobileCombustion =>
                    unit == Unit.MJ || unit == Unit.GJ || unit == Unit.TJ ? "IPCC 2006 Tier 1 energy route (kg/TJ)" : "TGO CFO per-unit factor (Tier 1)",
                CategoryGroup.Electricity => "Location-based; TGO CFO grid factor (includes T&D losses)",
                CategoryGroup.Fugitive => "Mass emitted × GWP",
                CategoryGroup.PurchasedGoodsAndServices or CategoryGroup.FuelAndEnergyUpstream or CategoryGroup.Transport
                    or CategoryGroup.Waste or CategoryGroup.Wastewater => "TGO factor in kg CO2e per unit",
            };

        private List<LineResult> Refrigerant()
        {
            if (record.Parameters is RefrigerantScreeningParameters screening)
            {
                if (record.Quantity is not null)
                {
                    throw Error(nameof(ActivityRecord.Quantity), "A refrigerant line has either the mass refilled (quantity) or screening parameters, not both.");
                }

                try
                {
                    screening.Validate();
                }
                catch (MethodParameterRangeException e)
                {
                    throw Error("Parameters." + e.Parameter, e.Message);
                }

                var emitted = new Quantity(screening.ChargeKg * screening.AnnualLeakRate, Unit.Kilogram);
                var prefix = new DerivationBuilder(N).Phrase(DerivationPhrases.Screening, new DerivationBuilder(N).Number(screening.ChargeKg), new DerivationBuilder(N).Number(screening.AnnualLeakRate)).Add($" = ").Build();
                return [FactorPart(LinePart.Activity, emitted, EditionFactors(record.Category, Unit.Kilogram), "IPCC 2006 screening method (charge × annual leak rate)", false, prefix)];
            }

            if (record.Parameters is not null)
            {
                throw Error(nameof(ActivityRecord.Parameters), $"A refrigerant line takes {nameof(RefrigerantScreeningParameters)}, not {record.Parameters.GetType().Name}.");
            }

            var refilled = Require(record.Quantity);
            return Parts(refilled, EditionFactors(record.Category, refilled.Unit), "TGO CFO refill method (mass refilled × GWP of components)", isCustom: false);
        }

        private List<LineResult> Parts(Quantity quantity, IReadOnlyList<FactorUsed> factors, string convention, bool isCustom)
        {
            if (record.Category != ActivityCategory.GridElectricity)
            {
                return [FactorPart(LinePart.Activity, quantity, factors, convention, isCustom, null)];
            }

            foreach (var f in factors)
            {
                // Compared per kWh, so the same factor entered per MWh (598.6 kg/MWh) or per GJ is refused too.
                if (f.Gas == Gas.CO2e && f.PerUnit.Dimension == Dimension.Energy
                    && ProductLcaGridFactors.Contains(Math.Round(f.KgPerUnit * Unit.KWh.ToBase / f.PerUnit.ToBase, 4, MidpointRounding.AwayFromZero)))
                {
                    throw Error(isCustom ? nameof(ActivityRecord.CustomFactor) : "CalculationBasis.Edition",
                        $"{N(f.KgPerUnit)} kg CO2e/{f.PerUnit.Code} is TGO's product-LCA (CFP) grid factor (scope 2 + upstream), not a CFO/GPC scope-2 factor.");
                }
            }

            var parts = new List<LineResult>();
            var share = basis.Kind == InventoryKind.City && Subsector() != GpcSubsector.OffRoad ? basis.GridLossShare : null;
            if (share is { } loss)
            {
                parts.Add(FactorPart(LinePart.Activity, quantity * (1 - loss), factors, convention + $"; consumption share 1 − {N(loss)} (the rest is x.3)", isCustom,
                    new DerivationBuilder(N).Add($"{quantity.Value} {quantity.Unit} × (1 − {loss}) = ").Build()));
                parts.Add(FactorPart(LinePart.TransmissionAndDistributionLosses, quantity * loss, factors, $"T&D-loss share {N(loss)} of the grid factor (GPC x.3)", isCustom,
                    new DerivationBuilder(N).Add($"{quantity.Value} {quantity.Unit} × {loss} = ").Build()));
            }
            else
            {
                parts.Add(FactorPart(LinePart.Activity, quantity, factors, convention, isCustom, null));
            }

            if (basis.IncludeElectricityUpstream)
            {
                parts.Add(FactorPart(LinePart.ElectricityUpstream, quantity, EditionFactors(ActivityCategory.UpstreamElectricity, quantity.Unit),
                    "Upstream of grid electricity (scope 3 category 3)", false, null));
            }

            return parts;
        }

        private LineResult FactorPart(LinePart part, Quantity quantity, IReadOnlyList<FactorUsed> factors, string convention, bool isCustom, Derivation? prefix)
        {
            var perUnit = factors[0].PerUnit;
            if (!quantity.IsConvertibleTo(perUnit))
            {
                throw Error(isCustom ? "CustomFactor.PerUnit" : "Quantity.Unit", $"A quantity in {quantity.Unit.Code} cannot be converted into the factor's unit {perUnit.Code}.");
            }

            var converted = quantity.ConvertTo(perUnit);
            var gases = factors.Select(f => Emission(f.Gas, converted.Value * f.KgPerUnit, f)).ToList();
            var start = new DerivationBuilder(N);
            if (prefix is not null)
            {
                start.Append(prefix);
            }

            start.Add($"{quantity.Value} {quantity.Unit}");
            if (converted.Unit != quantity.Unit)
            {
                start.Add($" = {converted.Value} {converted.Unit}");
            }

            var formula = Formula(start.Build(), gases, (d, g) => d.Add($"{g.Factor!.KgPerUnit} {Unit.Kilogram} {g.Gas}/{perUnit} × {g.Gwp}"));
            return Line(part, quantity, converted, gases, formula, isCustom, convention, record.DataQuality);
        }

        private LineResult Method()
        {
            MethodOutput output;
            try
            {
                output = wasteMethods(_definition, record.Quantity is { } q ? Require(q) : null, record.Parameters, basis.Year);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or KeyNotFoundException or ArithmeticException)
            {
                var field = e is DomainRuleException rule ? rule.Field : nameof(ActivityRecord.Parameters);
                throw Error(field, $"Method {_definition.Method} failed: {e.Message}", e);
            }

            var gases = output.Gases.Select(g => Emission(g.Gas, g.Kg, null)).ToList();
            var formula = Formula(output.Derivation, gases, (d, g) => d.Add($"{g.MassKg} {Unit.Kilogram} {g.Gas} × {g.Gwp}"), perQuantity: false);
            var quality = output.LowQuality ? DataQuality.Low : record.DataQuality;
            return Line(LinePart.Activity, record.Quantity, null, gases, formula, false, output.Convention, quality);
        }

        private GasEmission Emission(Gas gas, decimal massKg, FactorUsed? factor)
        {
            if (!basis.GwpSet.TryGet(gas, out var gwp))
            {
                throw new CalculationException(Id, nameof(CalculationBasis.GwpSet), LineCodes.GwpMissing, [basis.GwpSet.Code, GasRules.Label(gas)],
                    $"GWP set {basis.GwpSet.Code} has no value for {GasRules.Label(gas)}.");
            }

            return new GasEmission(gas, massKg, gwp, massKg * gwp, GasRules.IsMemo(gas), factor);
        }

        /// <summary>
        /// "start × (f1 kg gas1/unit × gwp1 + ...) = X kg CO2e; memo, outside totals: start × (...) = Y kg CO2e".
        /// For a method (<paramref name="perQuantity"/> false) the terms are masses: "start → m1 kg gas1 × gwp1 + ... = X kg CO2e".
        /// </summary>
        private static Derivation Formula(Derivation start, IReadOnlyList<GasEmission> gases, Action<DerivationBuilder, GasEmission> term, bool perQuantity = true)
        {
            var inTotals = gases.Where(g => !g.IsMemo).ToList();
            var memo = gases.Where(g => g.IsMemo).ToList();
            DerivationToken Part(List<GasEmission> list)
            {
                var d = new DerivationBuilder(N).Append(start).Add($"{(perQuantity ? " × " : " → ")}");
                var bracket = perQuantity && list.Count > 1;
                d.Add($"{(bracket ? "(" : string.Empty)}");
                if (list.Count == 0)
                {
                    d.Add($"0");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    d.Add($"{(i > 0 ? " + " : string.Empty)}");
                    term(d, list[i]);
                }

                return d.Add($"{(bracket ? ")" : string.Empty)} = {list.Sum(g => g.Co2eKg)} {Unit.Kilogram} {Gas.CO2e}").AsGroup();
            }

            var text = new DerivationBuilder(N);
            if (inTotals.Count > 0 || memo.Count == 0)
            {
                text.Append(Part(inTotals));
            }

            if (memo.Count > 0)
            {
                text.Add($"{(text.IsEmpty ? string.Empty : "; ")}").Phrase(DerivationPhrases.Memo, Part(memo));
            }

            return text.Build();
        }

        private LineResult Line(LinePart part, Quantity? quantity, Quantity? converted, IReadOnlyList<GasEmission> gases, Derivation formula, bool isCustom, string? convention, DataQuality quality) =>
            new(Id, part, record.Category, Scope(part), GpcReference(part), quantity, converted, gases,
                gases.Where(g => !g.IsMemo).Sum(g => g.Co2eKg), gases.Where(g => g.IsMemo).Sum(g => g.Co2eKg),
                formula, isCustom, null, null, convention, quality);

        private GpcSubsector Subsector() => record.GpcSubsector ?? _definition.DefaultGpcSubsector;

        private EmissionScope Scope(LinePart part) => basis.Kind switch
        {
            InventoryKind.Organisation => ScopeRules.CfoScope(record.Category, part),
            InventoryKind.City => Placement(record, part).Scope,
        };

        private string? GpcReference(LinePart part) => basis.Kind switch
        {
            InventoryKind.Organisation => null,
            InventoryKind.City => Placement(record, part).Reference,
        };

        private CalculationException Error(string field, string message, Exception? inner = null) => new(Id, field, message, inner);
    }
}
