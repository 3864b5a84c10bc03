using LowCarbonCity.Web.Features.Organisations;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Admin.Users;

/// <summary>Changes a user's role and organisations (picked by name), and shows the account's history.</summary>
public sealed class EditModel(UserAdminService users, OrganisationPicker picker, AccountHistory history) : PageModel
{
    public UserSummary? Current { get; private set; }

    [BindProperty]
    public string Role { get; set; } = string.Empty;

    /// <summary>The organisations as picked: their names from the list.</summary>
    [BindProperty]
    public List<string> Organisations { get; set; } = [];

    public IReadOnlyList<OrganisationChoice> Choices { get; private set; } = [];

    /// <summary>The account's recorded changes, field by field, in the page's language (newest first).</summary>
    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    /// <summary>The administrator's own account: its role cannot be changed here.</summary>
    public bool IsSelf => SelfLockout.IsSelf(User, Current?.Id);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var result = await users.GetAsync(User, id, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        Current = result.Value!;
        // The own account shows its stored role even after a refused post (its role cannot be changed here).
        if (Request.Method == HttpMethods.Get || IsSelf)
        {
            Role = Current.Roles.Count > 0 ? Current.Roles[0] : string.Empty;
            Organisations = Current.Organisations.Select(o => Display.Pick(o.LabelTh, o.LabelEn)).ToList();
        }

        Choices = await picker.ChoicesAsync(ct);
        var changes = await history.OfAsync(User, id, ct);
        History = changes.IsOk
            ? AuditRows.Of(changes.Value!.Select(c => new ReportAuditEntry(c.At, c.Who, c.Record, string.Empty, c.Action, c.OldValues, c.NewValues)),
                Display.IsThai ? ReportLanguage.Thai : ReportLanguage.English)
            : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var input = new SetRoleInput { UserId = id, Role = Role, Organisations = Organisations };
        var result = await users.SetRoleAsync(User, input, ct);
        return await this.FailureAsync(result, () => OnGetAsync(id, ct)) ?? this.WithSuccess(RedirectToPage("/Admin/Users/Index"), "Common_Saved");
    }
}
