namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// The engine could not calculate a line, or the basis is unusable: a missing factor, a unit that does not convert,
/// a missing GWP, a quantity and a notation key together. It names the line and the field at fault; nothing is
/// skipped silently (docs/conventions.md C3).
/// </summary>
public sealed class CalculationException : Exception
{
    public CalculationException(Guid? lineId, string field, string message, Exception? innerException = null)
        : base(lineId is { } id ? $"Line {id}: {field}: {message}" : $"{field}: {message}", innerException)
    {
        LineId = lineId;
        Field = field;
    }

    /// <summary>The line at fault; null when the problem is in the calculation basis.</summary>
    public Guid? LineId { get; }

    /// <summary>The field at fault, e.g. <c>Quantity.Unit</c>, <c>Category</c>, <c>GwpSet</c>, <c>NotationKey</c>.</summary>
    public string Field { get; }
}
