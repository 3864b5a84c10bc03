using System.ComponentModel.DataAnnotations;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Thai and English for the pages (docs/ui.md): the culture of a request comes from the signed-in user's choice,
/// then this browser's cookie, then the browser's languages, then Thai. Texts come from the resource files under
/// <c>Resources/</c>; validation and model-binding messages too, so every form error names the field in the
/// page's language. The API stays invariant (JSON numbers, ISO dates) whatever the culture.
/// </summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton(Texts.Instance);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SupportedCultures = UiCultures.All;
            o.SupportedUICultures = UiCultures.All;
            o.DefaultRequestCulture = new RequestCulture(UiCultures.Thai);
            o.RequestCultureProviders =
            [
                new UserClaimCultureProvider(),
                new PlainCookieCultureProvider(),
                new BrowserLanguageCultureProvider(),
            ];
        });
        // Post-configure: after MVC's own setup has added the data-annotations providers (and their implicit [Required]).
        services.AddSingleton<IPostConfigureOptions<MvcOptions>, LocalizedMvcMessages>();
        return services;
    }

    /// <summary>Applies the request's culture; before routing so pages, validation and formatting all see it.</summary>
    public static WebApplication UseAppLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>Model-binding messages ("the value 'x' is not valid for Quantity") and default validation messages from <see cref="Texts"/>.</summary>
    private sealed class LocalizedMvcMessages : IPostConfigureOptions<MvcOptions>
    {
        public void PostConfigure(string? name, MvcOptions options)
        {
            var t = Texts.Instance;
            var m = options.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, field) => t["Binding_ValueInvalidFor", value, field]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Binding_ValueInvalid", value]);
            m.SetValueIsInvalidAccessor(value => t["Binding_ValueInvalid", value]);
            m.SetValueMustBeANumberAccessor(field => t["Binding_MustBeNumber", field]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => t["Binding_MustBeNumberNoField"]);
            m.SetValueMustNotBeNullAccessor(value => t["Binding_Required", value]);
            m.SetMissingBindRequiredValueAccessor(field => t["Validation_Required", field]);
            m.SetMissingKeyOrValueAccessor(() => t["Binding_MissingValue"]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => t["Binding_MissingValue"]);
            m.SetUnknownValueIsInvalidAccessor(field => t["Binding_MustBeNumber", field]);
            options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessageKeys());
            options.ModelMetadataDetailsProviders.Add(new Pages.CalendarYearFields());
        }
    }

    /// <summary>
    /// Gives every validation attribute without its own message a resource key (<c>Validation_Required</c>,
    /// <c>Validation_StringLength</c>...), which the data-annotations localizer then translates with the field's
    /// display name as {0}.
    /// </summary>
    private sealed class DefaultValidationMessageKeys : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                if (attribute.ErrorMessageResourceName is null && (attribute.ErrorMessage is null || IsBuiltInDefault(attribute)))
                {
                    var name = attribute.GetType().Name;
                    var key = "Validation_" + (name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name);
                    if (attribute is StringLengthAttribute { MinimumLength: > 0 })
                    {
                        key += "WithMinimum";
                    }

                    attribute.ErrorMessage = key;
                }
            }
        }

        /// <summary>
        /// Some attributes (EmailAddress, Phone, Url...) report their built-in English message as
        /// <see cref="ValidationAttribute.ErrorMessage"/>: the same text a fresh instance reports means nobody set one.
        /// </summary>
        private static bool IsBuiltInDefault(ValidationAttribute attribute) =>
            attribute.GetType().GetConstructor(Type.EmptyTypes) is { } constructor
            && string.Equals(((ValidationAttribute)constructor.Invoke(null)).ErrorMessage, attribute.ErrorMessage, StringComparison.Ordinal);
    }
}
