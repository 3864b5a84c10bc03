namespace LowCarbonCity.Web.Hosting;

/// <summary>
/// Names of the coarse authorization policies the front doors apply (docs/conventions.md A1, A4). The fine check, per
/// organisation, is resource-based in the services (<see cref="Features.Shared.Operations"/>).
/// </summary>
public static class Policies
{
    /// <summary>Administrators only: the <c>/Admin</c> pages.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Any signed-in user of one of the four staff roles (not a verifier): lists, boards, roll-ups, targets.</summary>
    public const string StaffMember = "StaffMember";

    /// <summary>
    /// Any signed-in user of any role, verifiers included: the pages of one inventory (its service lets a verifier
    /// read only an inventory assigned to their body), factor editions.
    /// </summary>
    public const string InventoryReader = "InventoryReader";

    /// <summary>Verifiers only: their work list (<c>/Verification</c>).</summary>
    public const string Verifier = "Verifier";

    /// <summary>The <c>/api/v1</c> resources: a signed-in user by personal access token (Bearer).</summary>
    public const string ApiUser = "ApiUser";

    /// <summary>
    /// API resources for the programme's staff only (lists, creating inventories, roll-ups, targets): a token of a
    /// user in one of the four staff roles. A verifier's token reads the assigned inventory and the reference data.
    /// </summary>
    public const string ApiStaff = "ApiStaff";

    /// <summary>Rate-limiting policy of the API, partitioned per token (or user).</summary>
    public const string ApiRateLimit = "api";

    /// <summary>Rate-limiting policy of the sign-in page's posts, partitioned per client IP.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>TGO analysts only: publishing factor editions (<c>/Factors/Publish</c>).</summary>
    public const string TgoAnalyst = "TgoAnalyst";
}
