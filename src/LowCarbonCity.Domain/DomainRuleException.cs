namespace LowCarbonCity.Domain;

/// <summary>
/// A domain invariant was broken. <see cref="Field"/> names the input at fault and <see cref="Code"/> is a stable
/// error code the front doors translate into the user's language; <see cref="Exception.Message"/> is for engineers.
/// Services validate first and return Invalid; this exception is the last line of defence.
/// </summary>
public sealed class DomainRuleException : InvalidOperationException
{
    public DomainRuleException(string field, string code, string message, params object[] arguments)
        : base(message)
    {
        Field = field;
        Code = code;
        Arguments = arguments;
    }

    public string Field { get; }

    public string Code { get; }

    /// <summary>The code's arguments, in order (a limit, a unit code...).</summary>
    public IReadOnlyList<object> Arguments { get; }
}
