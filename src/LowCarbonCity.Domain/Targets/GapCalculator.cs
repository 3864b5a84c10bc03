namespace LowCarbonCity.Domain.Targets;

/// <summary>One year of a target's gap chart, in tonnes CO2e. Null where a figure cannot be known (never zero for "no data").</summary>
/// <param name="Year">Gregorian year.</param>
/// <param name="Actual">Stored emissions of the covered scopes and sectors; null when no inventory has results for the year.</param>
/// <param name="TargetPath">Straight line from the base year's actual to the target year's emissions.</param>
/// <param name="Bau">Business as usual: the base year's actual grown by the BAU method.</param>
/// <param name="Plan">BAU minus the expected reductions of every measure started by this year.</param>
/// <param name="Gap">Plan minus target path: positive when the plan falls short of the path by that many tonnes.</param>
/// <param name="PlannedReduction">Sum of the expected reductions of the measures started by this year.</param>
/// <param name="AchievedReduction">Sum of expected x progress of the measures started by this year.</param>
public sealed record GapYear(int Year, decimal? Actual, decimal? TargetPath, decimal? Bau, decimal? Plan, decimal? Gap, decimal PlannedReduction, decimal AchievedReduction);

/// <summary>The gap chart of a target: base and target-year emissions and one <see cref="GapYear"/> per year from base to target year.</summary>
public sealed record GapSeries(int BaseYear, int TargetYear, decimal? BaseYearTonnes, decimal? TargetTonnes, IReadOnlyList<GapYear> Years)
{
    /// <summary>The target year's line.</summary>
    public GapYear Last => Years[^1];

    /// <summary>The reduction in tonnes is larger than the base year's emissions: the target is held at zero, and pages say so.</summary>
    public bool TargetBelowZero { get; init; }

    /// <summary>Years whose measures would cut more than the BAU emits: the plan is held at zero there, and pages say so.</summary>
    public IReadOnlyList<int> PlanBelowZeroYears { get; init; } = [];
}

/// <summary>A measure as the calculator needs it.</summary>
public sealed record MeasureEffect(int StartYear, decimal ExpectedTonnesPerYear, decimal ProgressPercent);

/// <summary>
/// The arithmetic of targets and plans (docs/domain/targets.md), a pure function of its inputs:
/// <list type="bullet">
/// <item>A = actual per year (given; missing years stay null). A(b) is the base year's actual.</item>
/// <item>Target emissions T = A(b) x (1 - p/100) for a reduction of p %, or A(b) - t for t tonnes.</item>
/// <item>Target path(y) = A(b) + (T - A(b)) x (y - b) / (Y - b), b the base year and Y the target year.</item>
/// <item>BAU(y) = A(b) x (1 + g/100)^(y - b) (growth rate g), or A(b) / P(b) x P(y) (population driven), where P(y) is the
///   population series' value for y or, without one, the latest known earlier value grown by g % a year.</item>
/// <item>Plan(y) = BAU(y) - sum of the expected reductions of the measures whose start year is y or earlier: the plan as
///   committed, each measure counted in full from its start year whatever its progress.</item>
/// <item>Achieved(y) = the same sum with each reduction multiplied by the measure's progress (0-100 %).</item>
/// <item>Gap(y) = Plan(y) - Target path(y).</item>
/// </list>
/// Emissions cannot go below zero: a reduction in tonnes larger than A(b) holds T at 0, and measures larger than the
/// BAU hold the plan at 0; the series flags both (<see cref="GapSeries.TargetBelowZero"/>,
/// <see cref="GapSeries.PlanBelowZeroYears"/>) so that no page shows a negative target or plan without saying why.
/// Without a base-year actual (or, population driven, without a base-year population) there is nothing to grow or cut
/// from, so target path, BAU, plan and gap are null.
/// </summary>
public static class GapCalculator
{
    public static GapSeries Calculate(
        Target target,
        IReadOnlyDictionary<int, decimal> actualTonnes,
        IReadOnlyDictionary<int, decimal> population)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Calculate(
            target.BaseYear,
            target.TargetYear,
            target.TargetEmissions,
            target.BauMethod,
            target.BauRatePercent,
            target.Measures.Select(m => new MeasureEffect(m.StartYear, m.ExpectedTonnesPerYear, m.ProgressPercent)).ToList(),
            actualTonnes,
            population);
    }

    public static GapSeries Calculate(
        int baseYear,
        int targetYear,
        Func<decimal, decimal> targetEmissions,
        BauMethod bauMethod,
        decimal bauRatePercent,
        IReadOnlyList<MeasureEffect> measures,
        IReadOnlyDictionary<int, decimal> actualTonnes,
        IReadOnlyDictionary<int, decimal> population)
    {
        ArgumentNullException.ThrowIfNull(targetEmissions);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(actualTonnes);
        ArgumentNullException.ThrowIfNull(population);
        if (targetYear <= baseYear)
        {
            throw new DomainRuleException("TargetYear", "target.year", "The target year must come after the base year.");
        }

        decimal? baseActual = actualTonnes.TryGetValue(baseYear, out var a) ? a : null;
        decimal? unbounded = baseActual is { } b0 ? targetEmissions(b0) : null;
        decimal? targetTonnes = unbounded is { } u ? Math.Max(0m, u) : null;
        var planBelowZero = new List<int>();
        var growth = 1m + (bauRatePercent / 100m);
        var span = targetYear - baseYear;
        var years = new List<GapYear>(span + 1);
        for (var year = baseYear; year <= targetYear; year++)
        {
            decimal? actual = actualTonnes.TryGetValue(year, out var value) ? value : null;
            decimal? path = baseActual is { } ba && targetTonnes is { } t ? ba + ((t - ba) * (year - baseYear) / span) : null;
            var bau = Bau(bauMethod, baseYear, year, baseActual, growth, population);
            var started = measures.Where(m => m.StartYear <= year).ToList();
            var planned = started.Sum(m => m.ExpectedTonnesPerYear);
            var achieved = started.Sum(m => m.ExpectedTonnesPerYear * m.ProgressPercent / 100m);
            decimal? plan = bau - planned;
            if (plan < 0m)
            {
                planBelowZero.Add(year);
                plan = 0m;
            }

            decimal? gap = plan - path;
            years.Add(new GapYear(year, actual, path, bau, plan, gap, planned, achieved));
        }

        return new GapSeries(baseYear, targetYear, baseActual, targetTonnes, years)
        {
            TargetBelowZero = unbounded < 0m,
            PlanBelowZeroYears = planBelowZero,
        };
    }

    private static decimal? Bau(BauMethod method, int baseYear, int year, decimal? baseActual, decimal growth, IReadOnlyDictionary<int, decimal> population)
    {
        if (baseActual is not { } ba)
        {
            return null;
        }

        switch (method)
        {
            case BauMethod.GrowthRate:
                return ba * Power(growth, year - baseYear);
            case BauMethod.PopulationDriven:
                var basePopulation = PopulationIn(baseYear, baseYear, growth, population);
                var yearPopulation = PopulationIn(baseYear, year, growth, population);
                return basePopulation is > 0 && yearPopulation is { } p ? ba / basePopulation.Value * p : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown BAU method.");
        }
    }

    /// <summary>The series' value for the year, else the latest earlier known value (from the base year on) grown year by year.</summary>
    private static decimal? PopulationIn(int baseYear, int year, decimal growth, IReadOnlyDictionary<int, decimal> population)
    {
        for (var known = year; known >= baseYear; known--)
        {
            if (population.TryGetValue(known, out var p))
            {
                return p * Power(growth, year - known);
            }
        }

        return null;
    }

    /// <summary>x^n for n &gt;= 0 by repeated multiplication, exact in decimal as far as 28 digits go.</summary>
    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
