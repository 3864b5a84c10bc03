using LowCarbonCity.Web.Features.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Public;

/// <summary>The published inventories, for anyone: by province, searched by organisation name or code.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicInventoryReader reader) : PageModel
{
    /// <summary>Longest search text taken (a name); longer input is cut, not refused.</summary>
    public const int MaxSearchLength = 100;

    [BindProperty(SupportsGet = true, Name = "province")]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<PublicProvince> Provinces { get; private set; } = [];

    public IReadOnlyList<PublicListEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Search is { Length: > MaxSearchLength } ? Search[..MaxSearchLength] : Search;
        Provinces = await reader.ProvincesAsync(ct);
        Entries = await reader.ListAsync(Province, Search, ct);
    }
}
