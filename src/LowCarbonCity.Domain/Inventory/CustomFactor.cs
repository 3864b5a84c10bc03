using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Inventory;

/// <summary>
/// A factor the user supplies for one line instead of the edition's: <see cref="KgPerUnit"/> kg of <see cref="Gas"/>
/// per <see cref="PerUnit"/>. It must carry a written justification and is flagged wherever the number is shown.
/// </summary>
public sealed record CustomFactor
{
    public CustomFactor(Gas gas, decimal kgPerUnit, Unit perUnit, string justification)
    {
        ArgumentNullException.ThrowIfNull(perUnit);
        if (kgPerUnit < 0)
        {
            throw new DomainRuleException("CustomFactor.Value", LineCodes.Negative, "A custom factor cannot be negative.");
        }

        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new DomainRuleException("CustomFactor.Justification", LineCodes.FactorJustification, "A custom factor needs a written justification.");
        }

        Gas = gas;
        KgPerUnit = kgPerUnit;
        PerUnit = perUnit;
        Justification = justification.Trim();
    }

    public Gas Gas { get; }

    public decimal KgPerUnit { get; }

    public Unit PerUnit { get; }

    public string Justification { get; }
}
