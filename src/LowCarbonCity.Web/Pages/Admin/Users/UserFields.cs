using LowCarbonCity.Web.Features.Organisations;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>
/// What the role and organisation fields of the create, invite and edit pages show: the bound role's name, the
/// organisations as picked (labels from the picker), the picker's choices, and whether the account is the
/// administrator's own (whose role they cannot change).
/// </summary>
public sealed record UserFields(string RoleName, string? Role, IReadOnlyList<string> Organisations, IReadOnlyList<OrganisationChoice> Choices, bool IsSelf = false);
