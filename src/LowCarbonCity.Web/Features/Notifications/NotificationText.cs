using System.Globalization;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>
/// The sentence of a notification in a given language, for the page (the request's language) and the e-mail (the
/// recipient's): names in that language, the year in the Buddhist Era in Thai.
/// </summary>
public static class NotificationText
{
    public static string Sentence(NotificationKind kind, NotificationFacts facts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var thai = UiCultures.IsThai(culture);
        var organisation = (thai ? facts.OrganisationTh : facts.OrganisationEn) ?? facts.OrganisationTh ?? string.Empty;
        var year = facts.Year is { } y ? Year(y, thai) : string.Empty;
        var actor = string.IsNullOrWhiteSpace(facts.ActorName) ? Texts.Instance.Get("Notify_Someone", culture) : facts.ActorName;
        var format = Texts.Instance.Get(KeyOf(kind), culture);
        return string.Format(culture, format, organisation, year, actor);
    }

    /// <summary>The label before a notification's detail ("Reason" for a return, "Comment" for a comment).</summary>
    public static string DetailLabel(NotificationKind kind, CultureInfo culture) =>
        Texts.Instance.Get(kind == NotificationKind.Returned ? "Notify_ReasonLabel" : "Notify_CommentLabel", culture);

    /// <summary>The kind's name, as the e-mail choices list it.</summary>
    public static string KindName(NotificationKind kind, CultureInfo culture) => Texts.Instance.Get("Notify_Kind_" + kind, culture);

    private static string KeyOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Submitted => "Notify_Submitted",
        NotificationKind.Returned => "Notify_Returned",
        NotificationKind.Approved => "Notify_Approved",
        NotificationKind.Verified => "Notify_Verified",
        NotificationKind.Comment => "Notify_Comment",
        NotificationKind.InvitationAccepted => "Notify_InvitationAccepted",
        NotificationKind.VerificationAssigned => "Notify_VerificationAssigned",
    };

    private static string Year(int year, bool thai) => thai
        ? "พ.ศ. " + (year + Pages.Display.BuddhistEraOffset).ToString(CultureInfo.InvariantCulture)
        : year.ToString(CultureInfo.InvariantCulture);
}
