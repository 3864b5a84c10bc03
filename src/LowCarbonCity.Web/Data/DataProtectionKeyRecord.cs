namespace LowCarbonCity.Web.Data;

/// <summary>One ASP.NET Core Data Protection key ring element, stored in the database so web nodes are stateless.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
