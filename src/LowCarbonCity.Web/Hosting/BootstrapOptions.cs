using System.ComponentModel.DataAnnotations;

namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// The first administrator (section <c>Bootstrap</c>), from environment variables or user-secrets, never from
/// appsettings: created at start when no administrator exists. Both values or neither.
/// </summary>
public sealed class BootstrapOptions : IValidatableObject
{
    public const string Section = "Bootstrap";

    [EmailAddress]
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(AdminEmail);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(AdminEmail) != string.IsNullOrWhiteSpace(AdminPassword))
        {
            yield return new ValidationResult("Set both Bootstrap:AdminEmail and Bootstrap:AdminPassword, or neither.", [nameof(AdminEmail), nameof(AdminPassword)]);
        }
    }
}
