using System.ComponentModel.DataAnnotations;

namespace LowCarbonCity.Web.Features.Evidence;

/// <summary>
/// How much evidence one inventory may hold (section <c>Evidence</c>): far above a year's bills, meter photos and
/// contracts, and a bound on what one account can make the database store. Documented in docs/operations.md.
/// </summary>
public sealed class EvidenceQuota
{
    public const string Section = "Evidence";

    [Range(1, 100_000)]
    public int MaxFilesPerInventory { get; set; } = 300;

    [Range(1, 100_000)]
    public int MaxMegabytesPerInventory { get; set; } = 250;

    public long MaxBytesPerInventory => MaxMegabytesPerInventory * 1024L * 1024L;
}
