namespace LowCarbonCity.Web.Features.Notifications;

/// <summary>What a notification's sentence names: the LAO (both names) and the year of the inventory, and who acted.</summary>
public sealed record NotificationFacts(string? OrganisationTh, string? OrganisationEn, int? Year, string? ActorName);

/// <summary>Someone to tell, with what the e-mail needs: address, name and language.</summary>
public sealed record Recipient(string UserId, string? Email, string? Name, string? Culture);
