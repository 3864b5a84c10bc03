using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.ApiTokens;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Identity with cookie sign-in, the fallback policy and coarse policies (docs/conventions.md A1, A4), the resource-based
/// handler (A2), and Data Protection keys in the database. See docs/adr/0005-authorization.md.
/// </summary>
public static class AuthSetup
{
    public const int MaxFailedSignIns = 5;

    public static IServiceCollection AddAppAuth(this IServiceCollection services)
    {
        services.AddSignInRateLimit();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "lcc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Programs under /api get status codes, never a redirect to an HTML page.
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        // A role removed or an account locked by an administrator ends existing sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(Policies.TgoAnalyst, p => p.RequireAuthenticatedUser().RequireRole(Roles.TgoAnalyst))
            .AddPolicy(Policies.StaffMember, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff.ToArray()))
            .AddPolicy(Policies.InventoryReader, p => p.RequireAuthenticatedUser().RequireRole(Roles.All.ToArray()))
            .AddPolicy(Policies.Verifier, p => p.RequireAuthenticatedUser().RequireRole(Roles.Verifier))
            .AddPolicy(Policies.ApiUser, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(Policies.ApiStaff, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireRole(Roles.Staff.ToArray()));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddScoped<ApiTokenService>();
        services.AddScoped<IAuthorizationHandler, OrganisationAuthorizationHandler>();
        services.AddScoped<UserAccess>();
        services.AddScoped<ResourceGuard>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<AccountSeeder>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountHistory>();
        services.AddScoped<FirstSteps>();
        services.AddScoped<OwnAccountService>();

        services.AddDataProtection().SetApplicationName("LowCarbonCity");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
