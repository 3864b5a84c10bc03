using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>How many sign-in attempts one client address may post per window (section <c>SignIn</c>).</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in posts one client IP address may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 10;

    /// <summary>The window, in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The sign-in page's rate limit: POSTs per client IP in a fixed window; reading the page is not counted. A refused
/// post never reaches Identity, so it counts towards no account's lockout.
/// </summary>
public sealed class SignInRateLimitPolicy(IOptions<SignInLimitOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limits = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter("ip:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var t = Texts.Instance;
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        await ShortPage.WriteAsync(response, t["Account_TooManySignInsTitle"].Value, "sign-in-limited", t["Account_TooManySignIns", minutes].Value, "/Account/SignIn", cancellationToken);
    }
}

public static class SignInRateLimitSetup
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, SignInRateLimitPolicy>(Policies.SignInRateLimit));
        return services;
    }
}
