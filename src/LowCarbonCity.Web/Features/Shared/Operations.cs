using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LowCarbonCity.Web.Features.Shared;

/// <summary>
/// What a user may do to an organisation's data (docs/conventions.md A2). Checked by <see cref="OrganisationAuthorizationHandler"/>
/// against an <see cref="OrganisationResource"/>; ManageFactors and ManageUsers are national and take no resource.
/// </summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    public static readonly OperationAuthorizationRequirement EditActivity = new() { Name = nameof(EditActivity) };
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };
    public static readonly OperationAuthorizationRequirement Verify = new() { Name = nameof(Verify) };
    public static readonly OperationAuthorizationRequirement Comment = new() { Name = nameof(Comment) };
    /// <summary>Changes what the organisation's reports carry besides the inventory (preparer, signatories, logo).</summary>
    public static readonly OperationAuthorizationRequirement EditReportProfile = new() { Name = nameof(EditReportProfile) };
    /// <summary>Creates and edits the organisation's disposal sites and their deposit history.</summary>
    public static readonly OperationAuthorizationRequirement ManageSites = new() { Name = nameof(ManageSites) };
    /// <summary>Publishes the organisation's approved or verified inventory on the public pages, or withdraws it.</summary>
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };
    /// <summary>Assigns the organisation's approved inventory to a verification body.</summary>
    public static readonly OperationAuthorizationRequirement AssignVerification = new() { Name = nameof(AssignVerification) };
    /// <summary>The verifier's acts on an assigned inventory: raise, close and re-open findings, issue the statement.</summary>
    public static readonly OperationAuthorizationRequirement VerifyAsBody = new() { Name = nameof(VerifyAsBody) };
    /// <summary>Registers verification bodies and their validity (TGO).</summary>
    public static readonly OperationAuthorizationRequirement ManageVerificationBodies = new() { Name = nameof(ManageVerificationBodies) };
    public static readonly OperationAuthorizationRequirement ManageFactors = new() { Name = nameof(ManageFactors) };
    public static readonly OperationAuthorizationRequirement ManageUsers = new() { Name = nameof(ManageUsers) };
}

/// <summary>The organisation a check is about, with its province (provincial officers act per province).</summary>
public sealed record OrganisationResource(int OrganisationId, int ProvinceId)
{
    /// <summary>
    /// For a check about one inventory: the verification body it is assigned to, if any. Only then may that body's
    /// verifiers view it (and act as its verifier); a check about the organisation as a whole leaves this null.
    /// </summary>
    public int? VerificationBodyId { get; init; }
}
