using LowCarbonCity.Web.Features.Users;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Until a user created with a temporary password has changed it, pages redirect to <c>/Account/ChangePassword</c>
/// and the API answers 403 with a ProblemDetails saying so (docs/adr/0005-authorization.md).
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly string[] Open = [ChangePasswordPath, "/Account/SignOut", "/Account/AccessDenied", "/Account/Language", "/Error", "/health"];

    public async Task InvokeAsync(HttpContext context, OwnAccountService account, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(problems);
        if (context.User.Identity?.IsAuthenticated != true
            || Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || !await account.MustChangePasswordAsync(context.User, context.RequestAborted))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Password change required",
                    Detail = $"This account still has its temporary password. Change it at {ChangePasswordPath} before using the API.",
                    Type = "https://lowcarboncity.example/problems/password-change-required",
                },
            });
            return;
        }

        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
