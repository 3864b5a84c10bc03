using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LowCarbonCity.Web.Pages;

/// <summary>
/// A validation summary with nothing to say is not written at all: the pages style it as an alert box, which would
/// otherwise show empty (the pages validate on the server only, so no script fills it later).
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class EmptyValidationSummaryTagHelper : TagHelper
{
    /// <summary>After the validation summary tag helper.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-validation-summary")]
    public ValidationSummary Summary { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState;
        var errors = Summary == ValidationSummary.ModelOnly
            ? state.TryGetValue(string.Empty, out var model) ? model.Errors.Count : 0
            : state.ErrorCount;
        if (errors == 0)
        {
            output.SuppressOutput();
        }
    }
}
