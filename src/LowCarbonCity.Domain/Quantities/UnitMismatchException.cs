namespace LowCarbonCity.Domain.Quantities;

/// <summary>Thrown when quantities of different dimensions are added, compared or converted.</summary>
public sealed class UnitMismatchException : InvalidOperationException
{
    public UnitMismatchException(Unit from, Unit to)
        : base($"Cannot convert {from.Code} ({from.Dimension}) to {to.Code} ({to.Dimension}).")
    {
        From = from;
        To = to;
    }

    public Unit From { get; }

    public Unit To { get; }
}
