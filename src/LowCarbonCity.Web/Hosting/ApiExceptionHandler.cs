using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Unhandled exceptions under <c>/api</c> become a 500 ProblemDetails with a trace id and no stack trace (docs/conventions.md
/// X1); the exception is logged once, here. Pages fall through to <c>/Error</c>. An unreachable database answers 503
/// (<see cref="DatabaseOutageResponse"/>).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, DatabaseOutage outage, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already pointed Request.Path at /Error; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (DatabaseUnavailable.Is(exception))
        {
            // Logged once per outage, not per request; pages and API both answer 503 with Retry-After.
            outage.Report(exception);
            await DatabaseOutageResponse.WriteAsync(httpContext, path);
            return true;
        }

        if (exception is BadHttpRequestException bad && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // A body or parameter the API could not read (RouteHandlerOptions.ThrowOnBadRequest): a 400 naming the field.
            logger.LogInformation("Bad API request on {Method} {Path}: {Reason}", httpContext.Request.Method, path, bad.Message);
            var field = bad.InnerException is System.Text.Json.JsonException json && json.Path is { Length: > 1 } jsonPath ? jsonPath.TrimStart('$').TrimStart('.') : "body";
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
                {
                    [field] = [bad.InnerException is System.Text.Json.JsonException j ? j.Message.Split(" Path:", 2)[0] : bad.Message],
                })
                {
                    Status = bad.StatusCode,
                    Title = "The request could not be read.",
                },
            });
        }

        logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, path);
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Extensions = { ["traceId"] = httpContext.TraceIdentifier },
            },
        });
    }
}
