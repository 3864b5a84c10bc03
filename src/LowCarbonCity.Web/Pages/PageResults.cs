using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages;

/// <summary>Translates a service <see cref="Result{T}"/> for the HTML door (docs/conventions.md F4): one helper for every page.</summary>
public static class PageResults
{
    /// <summary>Shows the text of <paramref name="key"/> as the success message on the page <paramref name="next"/> leads to.</summary>
    public static IActionResult WithSuccess(this PageModel page, IActionResult next, string key)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData["Flash"] = Texts.Instance[key].Value;
        return next;
    }

    /// <summary>
    /// Null when the result is Ok. NotFound and Forbidden become 404 and a forbid; Invalid and Conflict go to
    /// ModelState (keyed by field, prefixed for the form, in the page's language: <see cref="ServiceMessages"/>) and <paramref name="redisplay"/> shows the page again.
    /// </summary>
    public static async Task<IActionResult?> FailureAsync<T>(this PageModel page, Result<T> result, Func<Task<IActionResult>> redisplay, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(redisplay);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return null;
            case ResultStatus.NotFound:
                return page.NotFound();
            case ResultStatus.Forbidden:
                return page.Forbid();
            case ResultStatus.Conflict:
                page.ModelState.AddModelError(string.Empty, result.Message is { } conflict ? ServiceMessages.Translate(conflict) : Texts.Instance["Common_Conflict"].Value);
                return await redisplay();
            case ResultStatus.Invalid when result.Failures.Count > 0:
                // Coded refusals (an activity line's rules): translated by code, in the page's language.
                foreach (var failure in result.Failures)
                {
                    page.ModelState.AddModelError(prefix.Length == 0 ? failure.Field : $"{prefix}.{failure.Field}",
                        Features.ActivityData.LineMessages.Text(failure, System.Globalization.CultureInfo.CurrentUICulture));
                }

                return await redisplay();
            case ResultStatus.Invalid:
                foreach (var (field, messages) in result.Errors)
                {
                    foreach (var message in messages)
                    {
                        page.ModelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", ServiceMessages.Translate(message));
                    }
                }

                return await redisplay();
            default:
                throw new InvalidOperationException($"Unknown result status {result.Status}.");
        }
    }
}
