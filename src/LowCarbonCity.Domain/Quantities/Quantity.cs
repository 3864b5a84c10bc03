namespace LowCarbonCity.Domain.Quantities;

/// <summary>An amount with its unit (docs/conventions.md D1). A quantity without a unit cannot exist.</summary>
public readonly record struct Quantity
{
    public Quantity(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Value = value;
        Unit = unit;
    }

    public decimal Value { get; }

    public Unit Unit { get; }

    /// <summary>The same amount in another unit of the same dimension, converted with exact constants.</summary>
    public Quantity ConvertTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target == Unit)
        {
            return this;
        }

        if (target.Dimension != Unit.Dimension)
        {
            throw new UnitMismatchException(Unit, target);
        }

        return new Quantity(Value * Unit.ToBase / target.ToBase, target);
    }

    /// <summary>Whether this quantity can be expressed in <paramref name="target"/>.</summary>
    public bool IsConvertibleTo(Unit target) => target is not null && target.Dimension == Unit.Dimension;

    public static Quantity operator +(Quantity left, Quantity right) =>
        new(left.Value + right.ConvertTo(left.Unit).Value, left.Unit);

    public static Quantity operator -(Quantity left, Quantity right) =>
        new(left.Value - right.ConvertTo(left.Unit).Value, left.Unit);

    public static Quantity operator *(Quantity quantity, decimal factor) => new(quantity.Value * factor, quantity.Unit);

    public static Quantity operator *(decimal factor, Quantity quantity) => quantity * factor;

    public static Quantity Add(Quantity left, Quantity right) => left + right;

    public static Quantity Subtract(Quantity left, Quantity right) => left - right;

    public static Quantity Multiply(Quantity quantity, decimal factor) => quantity * factor;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value} {Unit.Code}");
}
