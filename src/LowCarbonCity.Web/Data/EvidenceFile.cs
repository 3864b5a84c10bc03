namespace LowCarbonCity.Web.Data;

/// <summary>
/// A file that backs an inventory's data (a bill, a logbook page): stored in the database with its SHA-256, of
/// an inventory and optionally one of its lines. The bytes never go to the audit trail.
/// </summary>
public sealed class EvidenceFile
{
    public const int MaxFileNameLength = 255;

    private EvidenceFile()
    {
        FileName = null!;
        ContentType = null!;
        Sha256 = null!;
        Content = null!;
        UploadedBy = null!;
    }

    public EvidenceFile(Guid id, Guid inventoryId, Guid? lineId, string fileName, string contentType, byte[] content, string sha256, string uploadedBy, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        Id = id;
        InventoryId = inventoryId;
        LineId = lineId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid InventoryId { get; private set; }

    public Guid? LineId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The type found from the file's first bytes (never the name or the client's claim).</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; }

#pragma warning disable CA1819 // The stored bytes, read and written whole.
    public byte[] Content { get; private set; }
#pragma warning restore CA1819

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
