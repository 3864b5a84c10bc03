namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// The engine could not calculate a line, or the basis is unusable: a missing factor, a unit that does not convert,
/// a missing GWP, a quantity and a notation key together. It names the line and the field at fault; nothing is
/// skipped silently (docs/conventions.md C3).
/// </summary>
public sealed class CalculationException : Exception
{
    public CalculationException(Guid? lineId, string field, string message, Exception? innerException = null)
        : this(lineId, field, Inventory.LineCodes.CalculationRefused, [message], message, innerException)
    {
    }

    /// <summary>A refusal with its own code (<see cref="Inventory.LineCodes"/>) and the code's arguments.</summary>
    public CalculationException(Guid? lineId, string field, string code, IReadOnlyList<object> arguments, string message, Exception? innerException = null)
        : base(lineId is { } id ? $"Line {id}: {field}: {message}" : $"{field}: {message}", innerException)
    {
        LineId = lineId;
        Field = field;
        Code = code;
        Arguments = arguments;
    }

    /// <summary>The line at fault; null when the problem is in the calculation basis.</summary>
    public Guid? LineId { get; }

    /// <summary>The field at fault, e.g. <c>Quantity.Unit</c>, <c>Category</c>, <c>GwpSet</c>, <c>NotationKey</c>.</summary>
    public string Field { get; }

    /// <summary>A stable code the doors translate: <see cref="Inventory.LineCodes.CalculationRefused"/> (its argument is the detail) unless more precise.</summary>
    public string Code { get; }

    /// <summary>The code's arguments, in order.</summary>
    public IReadOnlyList<object> Arguments { get; }
}
