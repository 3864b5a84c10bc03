using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LowCarbonCity.Web.Pages;

/// <summary>
/// The years people type in forms, in their own calendar (the Buddhist Era in Thai, the Common Era in English) and
/// stored as the Common Era: every such form field is listed here, one place. Their binder converts what was typed
/// and checks the field's <see cref="RangeAttribute"/> with a message in the user's calendar; every
/// <c>&lt;input asp-for&gt;</c> of them shows the value, <c>min</c> and <c>max</c> in that calendar
/// (<see cref="CalendarYearInputTagHelper"/>). A handler parameter takes <c>[ModelBinder(typeof(CalendarYearBinder))]</c>.
/// </summary>
public sealed class CalendarYearFields : IBindingMetadataProvider
{
    private static readonly HashSet<(Type, string)> Fields =
    [
        (typeof(Inventories.StartModel.StartForm), nameof(Inventories.StartModel.StartForm.Year)),
        (typeof(TargetInput), nameof(TargetInput.BaseYear)),
        (typeof(TargetInput), nameof(TargetInput.TargetYear)),
        (typeof(MeasureInput), nameof(MeasureInput.StartYear)),
        (typeof(PublishEditionInput), nameof(PublishEditionInput.ValidFromYear)),
        (typeof(PublishEditionInput), nameof(PublishEditionInput.ValidToYear)),
        (typeof(OrganisationInput), nameof(OrganisationInput.ContextYear)),
    ];

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.Key.ContainerType is { } container && context.Key.Name is { } name
            && Fields.Contains((container, name)))
        {
            context.BindingMetadata.BinderType = typeof(CalendarYearBinder);
        }
    }

    /// <summary>The range of Common Era years the field allows, from its <see cref="RangeAttribute"/>, if any.</summary>
    internal static (int Min, int Max)? RangeOf(ModelMetadata metadata) =>
        metadata is DefaultModelMetadata m && m.Attributes.Attributes.OfType<RangeAttribute>().FirstOrDefault() is { } range
            ? (Convert.ToInt32(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt32(range.Maximum, CultureInfo.InvariantCulture))
            : null;
}

/// <summary>Binds a year typed in the user's calendar to the Common Era (<see cref="CalendarYearFields"/>).</summary>
public sealed class CalendarYearBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var key = bindingContext.ModelName;
        var value = bindingContext.ValueProvider.GetValue(key);
        if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
        {
            // Nothing typed: null for an optional year; a required one is left to its validation.
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(key, value);
        var field = bindingContext.ModelMetadata.GetDisplayName();
        if (!int.TryParse(value.FirstValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var typed))
        {
            bindingContext.ModelState.TryAddModelError(key, Texts.Instance["Binding_MustBeNumber", field].Value);
            return Task.CompletedTask;
        }

        var year = Display.YearFromCalendar(typed);
        if (CalendarYearFields.RangeOf(bindingContext.ModelMetadata) is { } range && (year < range.Min || year > range.Max))
        {
            bindingContext.ModelState.TryAddModelError(key, Texts.Instance["Validation_Range", field, Display.Year(range.Min), Display.Year(range.Max)].Value);
        }

        bindingContext.Result = ModelBindingResult.Success(year);
        return Task.CompletedTask;
    }
}

/// <summary>
/// An input of a calendar year (<see cref="CalendarYearFields"/>) shows it in the user's calendar: its value (unless the
/// page shows back what was typed), <c>min</c> and <c>max</c>, so the browser accepts 2569 in Thai.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public sealed class CalendarYearInputTagHelper : TagHelper
{
    /// <summary>After the input tag helper has written its attributes.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For.Metadata.BinderType != typeof(CalendarYearBinder))
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var typed = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null;
        if (!typed)
        {
            output.Attributes.SetAttribute("value", For.Model is int year ? Display.YearInCalendar(year).ToString(CultureInfo.InvariantCulture) : string.Empty);
        }

        output.Attributes.SetAttribute("type", "number");
        output.Attributes.SetAttribute("inputmode", "numeric");
        if (CalendarYearFields.RangeOf(For.Metadata) is { } range)
        {
            output.Attributes.SetAttribute("min", Display.YearInCalendar(range.Min).ToString(CultureInfo.InvariantCulture));
            output.Attributes.SetAttribute("max", Display.YearInCalendar(range.Max).ToString(CultureInfo.InvariantCulture));
        }

        foreach (var attribute in output.Attributes.Where(a => a.Name.StartsWith("data-val-range", StringComparison.Ordinal)).ToList())
        {
            output.Attributes.Remove(attribute);
        }
    }
}
