using System.Globalization;
using LowCarbonCity.Web.Pages.Verification;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LowCarbonCity.Web.Pages;

/// <summary>
/// Binds a form's date as people type it: day/month/year with the year in their calendar (31/3/2569 in Thai), as the
/// pages show it, or an ISO date (2026-03-31, what scripts and a browser's date picker send). A browser's own date
/// picker would show a Gregorian year (and in an English browser month first) to a Thai reader, so the pages use text
/// boxes and this binder.
/// </summary>
public sealed class CalendarDateModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // Empty: null for DateOnly?; for DateOnly, the field's [Required] or the service names what is missing.
            return Task.CompletedTask;
        }

        DateOnly? date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : CalendarDate.Parse(text);
        if (date is null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(date.Value);
        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="CalendarDateModelBinder"/> for every DateOnly and DateOnly? a page binds.</summary>
public sealed class CalendarDateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new CalendarDateModelBinder() : null;
    }
}
