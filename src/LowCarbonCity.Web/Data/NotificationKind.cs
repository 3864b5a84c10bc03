namespace LowCarbonCity.Web.Data;

/// <summary>What a notification tells its reader; each kind can be e-mailed or not, as the reader chooses.</summary>
public enum NotificationKind
{
    /// <summary>An inventory of the province was submitted for review (to the province's officers).</summary>
    Submitted,

    /// <summary>The LAO's inventory was returned for changes, with the reason (to its municipal officers).</summary>
    Returned,

    /// <summary>The LAO's inventory was approved by the province (to its municipal officers).</summary>
    Approved,

    /// <summary>The LAO's approved inventory was verified by TGO (to its municipal officers).</summary>
    Verified,

    /// <summary>A comment or a reply on an inventory or one of its lines (to the other side).</summary>
    Comment,

    /// <summary>Someone accepted an invitation (to the administrator who sent it).</summary>
    InvitationAccepted,

    /// <summary>An approved inventory was assigned to a verification body (to its verifiers).</summary>
    VerificationAssigned,
}
