namespace LowCarbonCity.Web.Data;

/// <summary>A user who does not want a kind of notification by e-mail. Every kind is e-mailed unless a row says otherwise.</summary>
public sealed class EmailOptOut
{
    private EmailOptOut()
    {
        UserId = null!;
    }

    public EmailOptOut(string userId, NotificationKind kind)
    {
        UserId = userId;
        Kind = kind;
    }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }
}
