using System.Text.Encodings.Web;
using System.Text.Unicode;
using LowCarbonCity.Web.Features.Verification;
using Microsoft.Extensions.WebEncoders;

namespace LowCarbonCity.Web.Hosting;

/// <summary>Registers the app's services: pages, errors, health checks, accounts and authorization, feature services.</summary>
public static class ServiceSetup
{
    public static IServiceCollection AddAppServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Features.Organisations.OrganisationDirectory>();
        services.AddScoped<Features.Organisations.OrganisationPicker>();
        services.AddScoped<Features.Organisations.OrganisationHistory>();
        services.AddScoped<Features.Calculation.InventoryCalculationService>();
        services.AddScoped<Features.Calculation.CalculationRequestService>();
        services.AddSingleton<Features.Calculation.RecalculationService>();
        services.AddHostedService<Features.Calculation.ResultsRecovery>();
        services.AddScoped<Features.Calculation.InventoryBasisService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddScoped<Features.Inventories.InventoryService>();
        services.AddScoped<Features.Inventories.InventoryWorkflowService>();
        services.AddScoped<Features.Inventories.InventoryStartService>();
        services.AddScoped<Features.Inventories.InventoryOverviewService>();
        services.AddScoped<Features.Inventories.InventoryReviewReader>();
        services.AddScoped<Features.ActivityData.ActivityDataService>();
        services.AddScoped<Features.ActivityData.LastYearLineReader>();
        services.AddScoped<Features.ActivityData.DisposalSiteReader>();
        services.AddScoped<Features.ActivityData.DisposalSiteService>();
        services.AddScoped<Features.EmissionFactors.FactorEditionService>();
        services.AddScoped<Features.Boards.BoardQueries>();
        services.AddScoped<Features.Boards.NationalViewQueries>();
        services.AddScoped<Features.Boards.BoardTargetQueries>();
        services.AddScoped<Features.Organisations.OrganisationAdminService>();
        services.AddScoped<Features.Organisations.ReportProfileService>();
        services.AddScoped<Features.Publication.PublicationService>();
        services.AddScoped<Features.Verification.VerificationGate>();
        services.AddScoped<Features.Verification.VerificationReader>();
        services.AddScoped<Features.Verification.FindingService>();
        services.AddScoped<Features.Verification.CorrectionService>();
        services.AddScoped<Features.Verification.StatementService>();
        services.AddScoped<Features.Publication.PublicInventoryReader>();
        services.AddOptions<Features.Publication.PublicOptions>().BindConfiguration(Features.Publication.PublicOptions.Section);
        services.AddScoped<Features.Reports.RollupAppendixService>();
        services.AddScoped<Features.EmissionFactors.EditionPreviewService>();
        services.AddScoped<Features.EmissionFactors.EditionAdoptionService>();
        services.AddScoped<Features.EmissionFactors.PendingEditionStore>();
        services.AddScoped<Features.Evidence.EvidenceService>();
        services.AddOptions<Features.Evidence.EvidenceQuota>().BindConfiguration(Features.Evidence.EvidenceQuota.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Features.ActivityData.IInventoryCalculator>(sp => sp.GetRequiredService<Features.Calculation.InventoryCalculationService>());
        services.AddScoped<Features.Reports.ReportService>();
        services.AddScoped<Features.Reports.Gpc.GpcReportService>();
        services.AddScoped<Features.Targets.TargetAccess>();
        services.AddScoped<Features.Targets.TargetService>();
        services.AddScoped<Features.Targets.TargetGapService>();
        services.AddScoped<Features.Targets.TargetCoverageReader>();
        services.AddScoped<Features.Verification.StatementReader>();
        services.AddScoped<Features.Reports.Template.TemplateService>();
        services.AddVerificationAccess();
        services.AddAppAuth();
        services.AddAppNotifications();
        services.AddAppApi();
        services.AddRazorPages(o =>
        {
            // Coarse checks per folder (docs/conventions.md A4); the services check each organisation again.
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
            // A verifier reaches the pages of one inventory (read-only; the services admit only an assigned one) and the
            // factor editions; lists, starting, submitting, publishing, boards, roll-ups and targets are for staff.
            o.Conventions.AuthorizeFolder("/Inventories", Policies.InventoryReader);
            o.Conventions.AuthorizePage("/Inventories/Index", Policies.StaffMember);
            o.Conventions.AuthorizePage("/Inventories/Start", Policies.StaffMember);
            o.Conventions.AuthorizePage("/Inventories/Submit", Policies.StaffMember);
            o.Conventions.AuthorizePage("/Inventories/Publish", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Factors", Policies.InventoryReader);
            o.Conventions.AuthorizePage("/Factors/Publish", Policies.TgoAnalyst);
            o.Conventions.AuthorizeFolder("/Reports", Policies.InventoryReader);
            o.Conventions.AuthorizePage("/Reports/Rollup", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Boards", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Targets", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Organisations", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Verification", Policies.InventoryReader);
            o.Conventions.AuthorizePage("/Verification/Index", Policies.Verifier);
            o.Conventions.AuthorizePage("/Verification/Assign", Policies.StaffMember);
            o.Conventions.AuthorizeFolder("/Verification/Bodies", Policies.TgoAnalyst);
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Account/Invitation");
            o.Conventions.AllowAnonymousToPage("/Account/Language");
        }).AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, _) => Resources.Texts.Instance)
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Pages.CalendarDateModelBinderProvider()));
        services.AddAppLocalization();
        // Razor encodes every non-ASCII character by default; Thai text stays readable (and small) in the HTML.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Thai, UnicodeRanges.GeneralPunctuation,
            UnicodeRanges.SuperscriptsandSubscripts)); // CO₂, CH₄, m³ as written
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
