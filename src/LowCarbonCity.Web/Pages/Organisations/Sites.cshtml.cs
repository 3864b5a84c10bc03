using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Organisations;

/// <summary>
/// An organisation's landfill and open-dump sites, and the form for one (new, or the one in <see cref="Site"/>): what
/// the site is and its deposit history as years (in the user's calendar) × waste types, tonnes per cell, an empty
/// cell being nothing deposited. Saving recalculates the organisation's editable inventories with lines on the site.
/// </summary>
public sealed class SitesModel(DisposalSiteService sites) : PageModel
{
    /// <summary>Empty rows offered below the history for new years.</summary>
    public const int NewRows = 3;

    public OrganisationSites? View { get; private set; }

    /// <summary>The site being edited (null: a new one).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Site { get; set; }

    /// <summary>Where "back" leads: the inventory line or editor the officer came from.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public SiteInput Input { get; set; } = new();

    /// <summary>Years of locked inventories with lines on the site, which a save leaves as they are.</summary>
    public IReadOnlyList<int> LockedYears { get; private set; } = [];

    public string? SafeReturnUrl => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } failure)
        {
            return failure;
        }

        if (Site is { } siteId)
        {
            var site = await sites.GetAsync(id, siteId, ct);
            if (site is null)
            {
                return NotFound();
            }

            Input = SiteInput.Of(site);
        }
        else
        {
            Input = new SiteInput();
        }

        Input.PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } failure)
        {
            return failure;
        }

        Input.PadRows();
        var cells = Input.Cells(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var change = new SiteChange(Input.Name, Input.Management, Input.Climate, Input.Covered, cells, Input.Version);
        var result = await sites.SaveAsync(User, id, Site, change, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page()), nameof(Input)) is { } refused)
        {
            return refused;
        }

        var saved = result.Value!;
        TempData["Flash"] = saved.LockedYears.Count == 0
            ? Texts.Instance["Sites_Saved", saved.Recalculated].Value
            : Texts.Instance["Sites_SavedLocked", saved.Recalculated, string.Join(", ", saved.LockedYears.Select(Display.Year))].Value;
        return RedirectToPage(null, null, new { id, site = saved.SiteId, returnUrl = SafeReturnUrl }, null);
    }

    /// <summary>Deletes the site in <see cref="Site"/> when no line uses it; otherwise the page again, saying which years do.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } failure)
        {
            return failure;
        }

        // No site named is one that is not there: said so, nothing else happens.
        var result = await sites.DeleteAsync(User, id, Site ?? Guid.Empty, ct);
        if (await this.FailureAsync(result, () => Redisplay(id, ct)) is { } refused)
        {
            return refused;
        }

        TempData["Flash"] = Texts.Instance["Sites_Deleted"].Value;
        return RedirectToPage(null, null, new { id, returnUrl = SafeReturnUrl }, null);
    }

    /// <summary>The page with the site's form as stored (a refused delete), or the new-site form when it is gone.</summary>
    private async Task<IActionResult> Redisplay(int id, CancellationToken ct)
    {
        var site = Site is { } siteId ? await sites.GetAsync(id, siteId, ct) : null;
        if (site is null)
        {
            Site = null;
        }

        Input = site is null ? new SiteInput() : SiteInput.Of(site);
        Input.PadRows();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await sites.ListAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        View = result.Value!;
        if (HttpMethods.IsPost(Request.Method) && !View.CanEdit)
        {
            return Forbid();
        }

        if (Site is { } siteId)
        {
            LockedYears = await sites.LockedYearsAsync(id, siteId, ct);
        }

        return null;
    }
}

/// <summary>The site form as posted: texts as typed, so a bad number is refused on its own cell in the user's language.</summary>
public sealed class SiteInput
{
    public string? Name { get; set; }

    public SiteManagement Management { get; set; } = SiteManagement.UnmanagedDeep;

    public ClimateZone Climate { get; set; } = ClimateZone.TropicalMoistWet;

    public bool Covered { get; set; }

    /// <summary>The version of the site the form was loaded with (an existing site).</summary>
    public int? Version { get; set; }

    public List<DepositRow> Rows { get; set; } = [];

    public static SiteInput Of(SiteDetail site) => new()
    {
        Name = site.Name,
        Management = site.Management,
        Climate = site.Climate,
        Covered = site.CoveredWithOxidisingMaterial,
        Version = site.Version,
        Rows = site.Deposits.GroupBy(d => d.Year).OrderBy(g => g.Key).Select(g => new DepositRow
        {
            Year = Display.YearInCalendar(g.Key).ToString(CultureInfo.InvariantCulture),
            Tonnes = g.ToDictionary(d => d.Type.ToString(), d => (string?)d.Tonnes.ToString("0.###", CultureInfo.CurrentCulture), StringComparer.Ordinal),
        }).ToList(),
    };

    /// <summary>Adds the empty rows for new years.</summary>
    public void PadRows()
    {
        Rows.RemoveAll(r => r.IsEmpty);
        for (var i = 0; i < SitesModel.NewRows; i++)
        {
            Rows.Add(new DepositRow());
        }
    }

    /// <summary>
    /// The filled cells, with years converted from the user's calendar; a year or a number that cannot be read, or a
    /// year typed twice, is refused on its field in the user's language.
    /// </summary>
    public List<DepositCell> Cells(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var cells = new List<DepositCell>();
        var years = new HashSet<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var filled = row.Tonnes.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            var yearField = $"Input.Rows[{i}].Year";
            if (!int.TryParse(row.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var typed))
            {
                state.AddModelError(yearField, Texts.Instance["Sites_YearMissing", i + 1].Value);
                continue;
            }

            var year = Display.YearFromCalendar(typed);
            if (!years.Add(year))
            {
                state.AddModelError(yearField, Texts.Instance["Sites_YearTwice", typed].Value);
                continue;
            }

            foreach (var (key, text) in filled)
            {
                if (!Enum.TryParse<WasteType>(key, out var type) || !Enum.IsDefined(type))
                {
                    continue;
                }

                if (!decimal.TryParse(text!.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var tonnes))
                {
                    state.AddModelError($"Input.Rows[{i}].Tonnes[{key}]", Texts.Instance["Sites_TonnesNumber", Texts.Instance[$"Sites_WasteType_{type}"].Value, typed].Value);
                    continue;
                }

                cells.Add(new DepositCell(year, type, tonnes));
            }
        }

        return cells;
    }
}

/// <summary>One year of the deposit table: the year as typed and the tonnes typed per waste type (by its name).</summary>
public sealed class DepositRow
{
    public string? Year { get; set; }

    public Dictionary<string, string?> Tonnes { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Year) && Tonnes.Values.All(string.IsNullOrWhiteSpace);
}
