using LowCarbonCity.Domain.Organisations;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// Binds a user to an organisation in a role: a municipal officer to each of their LAOs, a provincial officer to
/// their provincial office (and so to its province). National roles (TGO analyst, administrator) need none.
/// </summary>
public sealed class OrganisationMembership
{
    private OrganisationMembership()
    {
        UserId = null!;
        Role = null!;
    }

    public OrganisationMembership(string userId, int organisationId, string role)
    {
        UserId = userId;
        OrganisationId = organisationId;
        Role = role;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>One of <see cref="Hosting.Roles"/>.</summary>
    public string Role { get; private set; }
}
