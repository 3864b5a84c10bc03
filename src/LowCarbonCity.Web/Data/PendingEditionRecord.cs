namespace LowCarbonCity.Web.Data;

/// <summary>
/// An uploaded factor edition waiting for its publisher's confirmation, kept in the database so that any app node
/// can confirm a preview made on another, and a restart loses nothing (<see cref="Features.EmissionFactors.PendingEditionStore"/>).
/// </summary>
public sealed class PendingEditionRecord
{
    private PendingEditionRecord()
    {
        Token = null!;
        UserId = null!;
        HeaderJson = null!;
        Csv = null!;
        Sha256 = null!;
    }

    public PendingEditionRecord(string token, string userId, string headerJson, string csv, string sha256, DateTime expiresAtUtc)
    {
        Token = token;
        UserId = userId;
        HeaderJson = headerJson;
        Csv = csv;
        Sha256 = sha256;
        ExpiresAtUtc = expiresAtUtc;
    }

    /// <summary>The unguessable token the preview page carries (32 hex digits).</summary>
    public string Token { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The edition's code, names, years and GWP set, as JSON.</summary>
    public string HeaderJson { get; private set; }

    /// <summary>The uploaded list, as CSV.</summary>
    public string Csv { get; private set; }

    /// <summary>Upper-case hex SHA-256 of <see cref="Csv"/>.</summary>
    public string Sha256 { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }
}
