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
    public const string Saved = "Saved.";
    public const string AcceptInvitation = "Accept your invitation";
    public const string SetPassword = "Set my password and sign in";
    public const string ChangePassword = "Change password";
    public const string MustChangePassword = "Your account still has the temporary password an administrator gave you. Choose your own before you continue.";
}
