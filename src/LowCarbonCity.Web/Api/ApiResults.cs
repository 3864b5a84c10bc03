using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LowCarbonCity.Web.Api;

/// <summary>
/// The API door's one mapping helper (docs/conventions.md F4): a failed <see cref="Result{T}"/> becomes a ProblemDetails with the
/// right status (400 with errors keyed by camelCase field, 403, 404, 409; 412 for a stale If-Match), and the
/// ETag/If-Match conventions (docs/adr/0006-api-authentication.md).
/// </summary>
public static class ApiResults
{
    /// <summary>The group every <c>/api/v1</c> feature maps into: Bearer auth, rate limit, the problem responses.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup("/api/v1" + prefix).WithTags(tag)
            .RequireAuthorization(Policies.ApiUser)
            .RequireRateLimiting(Policies.ApiRateLimit)
            .DisableAntiforgery();
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    public static ProblemHttpResult Failure<T>(Result<T> result, bool conflictIsStaleVersion = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            ResultStatus.NotFound => Problem(StatusCodes.Status404NotFound, "Not found.", "No such resource."),
            ResultStatus.Forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden.", "Your account (or this token's scope) does not allow this on this resource."),
            ResultStatus.Conflict when conflictIsStaleVersion => Problem(StatusCodes.Status412PreconditionFailed, "The version in If-Match is not the current one.", result.Message),
            ResultStatus.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict.", result.Message),
            ResultStatus.Invalid when result.Failures.Count > 0 => Validation(result.Failures),
            ResultStatus.Invalid => Validation(result.Errors),
            ResultStatus.Ok => throw new InvalidOperationException("An Ok result is not a failure."),
            _ => throw new InvalidOperationException($"Unknown result status {result.Status}."),
        };
    }

    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var camel = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, messages) in errors)
        {
            var field = CamelCase(key);
            camel[field] = camel.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        return TypedResults.Problem(new HttpValidationProblemDetails(camel)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
        });
    }

    /// <summary>
    /// Coded refusals (an activity line's rules): <c>errors</c> as always (camelCase field, messages in the request's
    /// language), and <c>failures</c>, one entry per refusal with its <c>field</c>, stable <c>code</c> and
    /// <c>arguments</c>, the same codes every door uses (docs/api.md, "Errors").
    /// </summary>
    public static ProblemHttpResult Validation(IReadOnlyList<LineFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var culture = CultureInfo.CurrentUICulture;
        var errors = failures.GroupBy(f => f.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => LineMessages.Text(f, culture)).ToArray(), StringComparer.Ordinal);
        var problem = Validation(errors);
        problem.ProblemDetails.Extensions["failures"] = FailuresOf(failures);
        return problem;
    }

    /// <summary>The <c>failures</c> member of a validation problem: field (camelCase), code and arguments (names and numbers as JSON).</summary>
    public static IReadOnlyList<object> FailuresOf(IReadOnlyList<LineFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        return failures.Select(f => (object)new
        {
            field = CamelCase(f.Field),
            code = f.Code,
            arguments = f.Arguments.Select(a => a is Enum e ? e.ToString() : a).ToArray(),
        }).ToList();
    }

    public static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    /// <summary>Checks the DataAnnotations on an input (shape, docs/conventions.md V1); null when valid. Nested records are checked too.</summary>
    public static ProblemHttpResult? Shape(object? input, string prefix = "")
    {
        if (input is null)
        {
            return Validation(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Collect(input, prefix, errors);
        return errors.Count == 0 ? null : Validation(errors);
    }

    internal static void Collect(object input, string prefix, Dictionary<string, string[]> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var r in results)
        {
            foreach (var member in r.MemberNames.DefaultIfEmpty("body"))
            {
                var key = prefix + member;
                errors[key] = errors.TryGetValue(key, out var m) ? [.. m, r.ErrorMessage ?? "Invalid."] : [r.ErrorMessage ?? "Invalid."];
            }
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (property.PropertyType.Namespace?.StartsWith("LowCarbonCity", StringComparison.Ordinal) == true
                && property.PropertyType.IsClass && property.GetIndexParameters().Length == 0 && property.GetValue(input) is { } nested)
            {
                Collect(nested, prefix + property.Name + ".", errors);
            }
        }
    }

    /// <summary>The ETag of an entity version: a strong tag holding the number.</summary>
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpContext context, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = ETag(version);
    }

    /// <summary>
    /// The version an If-Match header names: 428 when the header is missing, 412 when it names no version (or
    /// <c>*</c>, which we do not accept: a write must say which version it changes).
    /// </summary>
    public static ProblemHttpResult? IfMatch(HttpRequest request, out int version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = 0;
        string? header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header))
        {
            return Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                "Send If-Match with the ETag of the version you read (GET the resource first).");
        }

        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        return int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version)
            ? null
            : Problem(StatusCodes.Status412PreconditionFailed, "If-Match does not name a version of this resource.", null);
    }

    /// <summary><c>Lines[0].CustomFactor.PerUnitCode</c> becomes <c>lines[0].customFactor.perUnitCode</c>.</summary>
    public static string CamelCase(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join('.', key.Split('.').Select(part => part.Length > 0 && char.IsUpper(part[0]) ? char.ToLowerInvariant(part[0]) + part[1..] : part));
    }
}
