namespace LowCarbonCity.Web.Hosting;

/// <summary>The five roles (docs/design.md section 1). Stored as Identity roles; memberships name them per organisation.</summary>
public static class Roles
{
    /// <summary>Enters and submits the data of one or more LAOs (membership per LAO).</summary>
    public const string MunicipalOfficer = "MunicipalOfficer";

    /// <summary>Reviews the LAOs of one province (membership to the provincial office).</summary>
    public const string ProvincialOfficer = "ProvincialOfficer";

    /// <summary>National: sees everything, verifies approved inventories, publishes factor editions.</summary>
    public const string TgoAnalyst = "TgoAnalyst";

    /// <summary>National: manages users, roles and organisations.</summary>
    public const string Administrator = "Administrator";

    /// <summary>
    /// Verifies the inventories assigned to their verification body (membership to the body), read-only, and nothing
    /// else.
    /// </summary>
    public const string Verifier = "Verifier";

    public static IReadOnlyList<string> All { get; } = [MunicipalOfficer, ProvincialOfficer, TgoAnalyst, Administrator, Verifier];

    /// <summary>The roles of the programme's own staff: every role but the verifier, who reads only what is assigned.</summary>
    public static IReadOnlyList<string> Staff { get; } = [MunicipalOfficer, ProvincialOfficer, TgoAnalyst, Administrator];

    /// <summary>Roles that act on named organisations and so need memberships.</summary>
    public static bool NeedsOrganisations(string role) => role is MunicipalOfficer or ProvincialOfficer or Verifier;
}
