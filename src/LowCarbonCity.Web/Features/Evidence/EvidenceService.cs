using System.Security.Claims;
using System.Security.Cryptography;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Evidence;

/// <summary>One stored evidence file, without its bytes.</summary>
public sealed record EvidenceSummary(
    Guid Id, Guid InventoryId, Guid? LineId, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>An evidence file with its bytes, to download.</summary>
public sealed record EvidenceContent(EvidenceSummary Summary, byte[] Content);

/// <summary>
/// Evidence files (bills, logbooks) of an inventory, stored in the database: uploading and deleting need
/// EditActivity on the inventory's organisation and an editable inventory; listing and downloading need View.
/// Files are at most <see cref="MaxBytes"/> and must be PDF, PNG or JPEG, judged by their first bytes.
/// </summary>
public sealed class EvidenceService(AppDbContext db, ResourceGuard guard, TimeProvider clock, Microsoft.Extensions.Options.IOptions<EvidenceQuota> quotaOptions)
{
    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The form field that carries the file (errors are keyed by it).</summary>
    public const string FileField = "file";

    public async Task<Result<IReadOnlyList<EvidenceSummary>>> ListAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<IReadOnlyList<EvidenceSummary>>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<IReadOnlyList<EvidenceSummary>>.Forbidden();
        }

        var files = await db.EvidenceFiles.AsNoTracking().Where(e => e.InventoryId == inventoryId)
            .Select(e => new EvidenceSummary(e.Id, e.InventoryId, e.LineId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt))
            .ToListAsync(ct);
        return Result<IReadOnlyList<EvidenceSummary>>.Ok(files.OrderBy(f => f.UploadedAt).ThenBy(f => f.Id).ToList());
    }

    public async Task<Result<EvidenceContent>> DownloadAsync(ClaimsPrincipal user, Guid evidenceId, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        var resource = file is null ? null : await Inventories.InventoryService.ResourceOfAsync(db, file.InventoryId, ct);
        if (file is null || resource is null)
        {
            return Result<EvidenceContent>.NotFound();
        }

        return await guard.AllowsAsync(user, resource, Operations.View)
            ? Result<EvidenceContent>.Ok(new EvidenceContent(Summarise(file), file.Content))
            : Result<EvidenceContent>.Forbidden();
    }

    /// <summary>
    /// Stores a file for the inventory (and optionally one of its lines). The right is checked first, then the
    /// inventory's status, then the file: missing, empty, too large or of a type other than PDF, PNG or JPEG is
    /// Invalid under <see cref="FileField"/>.
    /// </summary>
    public async Task<Result<EvidenceSummary>> UploadAsync(
        ClaimsPrincipal user, Guid inventoryId, Guid? lineId, string? fileName, long? length, Func<Stream>? open, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var failure = await CheckEditableAsync(user, inventoryId, ct);
        if (failure is not null)
        {
            return failure.As<EvidenceSummary>();
        }

        if (open is null || length is null or 0)
        {
            return Result<EvidenceSummary>.Invalid(FileField, "Choose a file (PDF, PNG or JPEG) to upload as multipart/form-data.");
        }

        if (length > MaxBytes)
        {
            return Result<EvidenceSummary>.Invalid(FileField, $"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        byte[] bytes;
        await using (var stream = open())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        if (bytes.LongLength > MaxBytes)
        {
            return Result<EvidenceSummary>.Invalid(FileField, $"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        if (SniffContentType(bytes) is not { } contentType)
        {
            return Result<EvidenceSummary>.Invalid(FileField, "Only PDF, PNG and JPEG files are accepted (judged by the file's content, not its name).");
        }

        var quota = quotaOptions.Value;
        var held = await db.EvidenceFiles.AsNoTracking().Where(e => e.InventoryId == inventoryId)
            .GroupBy(e => e.InventoryId).Select(g => new { Files = g.Count(), Bytes = g.Sum(e => e.Size) }).FirstOrDefaultAsync(ct);
        if (held is { } h && h.Files >= quota.MaxFilesPerInventory)
        {
            return Result<EvidenceSummary>.Invalid(FileField, $"This inventory already holds {quota.MaxFilesPerInventory} evidence files, the most one inventory may have. Remove files it no longer needs first.");
        }

        if ((held?.Bytes ?? 0) + bytes.LongLength > quota.MaxBytesPerInventory)
        {
            return Result<EvidenceSummary>.Invalid(FileField, $"The evidence files of this inventory would take more than {quota.MaxMegabytesPerInventory} MB together. Remove files it no longer needs first.");
        }

        if (lineId is { } line && !await db.ActivityLines.AnyAsync(l => l.Id == line && l.InventoryId == inventoryId, ct))
        {
            return Result<EvidenceSummary>.Invalid("lineId", "The line is not one of this inventory's lines.");
        }

        var name = NameFor(fileName, contentType);

        if (name.Length > EvidenceFile.MaxFileNameLength)
        {
            name = name[^EvidenceFile.MaxFileNameLength..];
        }

        var file = new EvidenceFile(Guid.NewGuid(), inventoryId, lineId, name, contentType, bytes,
            Convert.ToHexStringLower(SHA256.HashData(bytes)), UserAccess.UserIdOf(user)!, clock.GetUtcNow());
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return Result<EvidenceSummary>.Ok(Summarise(file));
    }

    public async Task<Result<bool>> DeleteAsync(ClaimsPrincipal user, Guid evidenceId, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (file is null)
        {
            return Result<bool>.NotFound();
        }

        var failure = await CheckEditableAsync(user, file.InventoryId, ct);
        if (failure is not null)
        {
            return failure;
        }

        db.EvidenceFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// The name a file is stored and served under: the name it was sent with (without any folder), whose extension
    /// must be the detected type's; any other extension is replaced (<c>poly.html</c> holding a PDF becomes
    /// <c>poly.pdf</c>), so a browser or a desktop never opens the file as something it is not.
    /// </summary>
    public static string NameFor(string? fileName, string contentType)
    {
        string[] extensions = contentType switch
        {
            "application/pdf" => [".pdf"],
            "image/png" => [".png"],
            "image/jpeg" => [".jpg", ".jpeg"],
            _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not a type evidence may have."),
        };
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        if (extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return name;
        }

        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        return (stem.Length == 0 ? "evidence" : stem) + extensions[0];
    }

    /// <summary>The type a file's first bytes show: PDF, PNG or JPEG; null for anything else.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg" : null;
    }

    private async Task<Result<bool>?> CheckEditableAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await Inventories.InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<bool>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.EditActivity))
        {
            return Result<bool>.Forbidden();
        }

        var status = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId).Select(i => i.Status).FirstAsync(ct);
        return status is Domain.Inventory.InventoryStatus.Draft or Domain.Inventory.InventoryStatus.Returned
            ? null
            : Result<bool>.Invalid("Status", $"The inventory is {status} and cannot be edited; it must be reopened first.");
    }

    private static EvidenceSummary Summarise(EvidenceFile e) =>
        new(e.Id, e.InventoryId, e.LineId, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt);
}
