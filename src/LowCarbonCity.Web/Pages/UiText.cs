namespace LowCarbonCity.Web.Pages;

/// <summary>
/// The strings the account and review pages show, in one place until the UI issue brings resources and Thai
/// translations (bilingual pairs are kept where they already exist).
/// </summary>
public static class UiText
{
    public const string SignIn = "Sign in · เข้าสู่ระบบ";
    public const string SignOut = "Sign out · ออกจากระบบ";
    public const string Email = "Email";
    public const string Password = "Password";
    public const string RememberMe = "Keep me signed in";
    public const string InvalidSignIn = "The email or password is wrong.";
    public const string LockedOut = "This account is locked after too many failed attempts, or by an administrator. Try again later or ask your administrator.";
    public const string AccessDenied = "You do not have access to this page or data.";
    public const string MyInventories = "My inventories";
    public const string AwaitingMe = "What awaits me";
    public const string NothingAwaits = "Nothing awaits you.";
    public const string CreateInventory = "Open an inventory";
    public const string Lines = "Activity data";
    public const string History = "Status history";
    public const string Comments = "Comments";
    public const string AuditTrail = "Audit trail";
    public const string Locked = "This inventory is locked: approved or verified data cannot be edited. Reopening needs a reason.";
    public const string Saved = "Saved.";
    public const string AcceptInvitation = "Accept your invitation";
    public const string SetPassword = "Set my password and sign in";
    public const string ChangePassword = "Change password";
    public const string MustChangePassword = "Your account still has the temporary password an administrator gave you. Choose your own before you continue.";
}
