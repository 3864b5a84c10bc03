using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Shared;

/// <summary>How a service call ended (docs/conventions.md F4).</summary>
public enum ResultStatus
{
    Ok,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
}

/// <summary>
/// The outcome of a service call: a value, or an expected failure (not found, invalid with errors keyed by field,
/// forbidden, conflict with a message). Exceptions are for bugs and infrastructure failures only.
/// </summary>
public sealed class Result<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private Result(ResultStatus status, T? value, IReadOnlyDictionary<string, string[]>? errors, string? message, IReadOnlyList<LineFailure>? failures = null)
    {
        Status = status;
        Value = value;
        Errors = errors ?? NoErrors;
        Message = message;
        Failures = failures ?? [];
    }

    public ResultStatus Status { get; }

    /// <summary>The value when <see cref="Status"/> is Ok.</summary>
    public T? Value { get; }

    /// <summary>Messages keyed by field name when <see cref="Status"/> is Invalid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>
    /// When <see cref="Status"/> is Invalid because of coded refusals (an activity line's rules): each field, code and
    /// arguments, which the doors translate into the user's language. <see cref="Errors"/> then holds their English text.
    /// </summary>
    public IReadOnlyList<LineFailure> Failures { get; }

    /// <summary>A message for people (a conflict's explanation, for instance).</summary>
    public string? Message { get; }

    public bool IsOk => Status == ResultStatus.Ok;

#pragma warning disable CA1000 // Static factories on the generic type read best at the call site.
    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, null, null);

    public static Result<T> NotFound() => new(ResultStatus.NotFound, default, null, null);

    public static Result<T> Forbidden() => new(ResultStatus.Forbidden, default, null, null);

    public static Result<T> Conflict(string message) => new(ResultStatus.Conflict, default, null, message);

    public static Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultStatus.Invalid, default, errors, null);

    public static Result<T> Invalid(string field, string message) =>
        new(ResultStatus.Invalid, default, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, message);
    /// <summary>Invalid with coded refusals; <see cref="Errors"/> carries their English text by field.</summary>
    public static Result<T> Invalid(IReadOnlyList<LineFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var errors = failures.GroupBy(f => f.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => ActivityData.LineMessages.Text(f, ActivityData.LineMessages.English)).ToArray(), StringComparer.Ordinal);
        return new(ResultStatus.Invalid, default, errors, null, failures);
    }
#pragma warning restore CA1000

    /// <summary>The same failure carrying another value type.</summary>
    public Result<TOther> As<TOther>() => Status == ResultStatus.Ok
        ? throw new InvalidOperationException("An Ok result has a value to map, not a failure to pass on.")
        : new Result<TOther>(Status, default, Errors, Message, Failures);
}
