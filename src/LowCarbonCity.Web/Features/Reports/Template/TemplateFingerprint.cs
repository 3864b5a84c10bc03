using System.Security.Cryptography;
using System.Text;

namespace LowCarbonCity.Web.Features.Reports.Template;

/// <summary>
/// A short, stable digest of a line's comparable text (every field the template carries). The template keeps each
/// line's fingerprint as downloaded in a hidden column; on upload, a row whose cells still match it is one the user
/// did not touch, so a change made in the app meanwhile is kept, not undone by an older file.
/// </summary>
public static class TemplateFingerprint
{
    public static string Of(string comparable)
    {
        ArgumentNullException.ThrowIfNull(comparable);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(comparable)))[..20];
    }
}
