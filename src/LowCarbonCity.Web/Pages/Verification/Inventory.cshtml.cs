using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LowCarbonCity.Web.Pages.Verification;

/// <summary>
/// An inventory's verification (<c>/Verification/Inventory/{inventoryId}</c>): materiality, findings with their threads
/// and the forms each role may use (the verifier raises, closes and re-opens findings and issues the statement; the
/// municipal officer answers and corrects; TGO certifies). Thin over the verification services.
/// </summary>
public sealed class InventoryModel(VerificationReader reader, FindingService findings, CorrectionService corrections, StatementService statements) : PageModel
{
    public VerificationView View { get; private set; } = null!;

    [BindProperty]
    public RaiseFindingInput Raise { get; set; } = new();

    [BindProperty]
    public FindingReplyInput Reply { get; set; } = new();

    [BindProperty]
    public IssueStatementInput Statement { get; set; } = new();

    /// <summary>The verification's version the form was loaded with (every form posts it).</summary>
    [BindProperty]
    public int ExpectedVersion { get; set; }

    /// <summary>The finding a correction is opened for.</summary>
    [BindProperty]
    public Guid? FindingId { get; set; }

    /// <summary>TGO's reason to certify over unanswered review comments (asked for only then).</summary>
    [BindProperty]
    public string? CertifyReason { get; set; }

    /// <summary>The finding whose reply form failed (shown open, with its errors).</summary>
    public Guid? FailedFindingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid inventoryId, CancellationToken ct) => await LoadAsync(inventoryId, ct);

    public async Task<IActionResult> OnPostRaiseAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await findings.RaiseAsync(User, Raise with { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion }, ct);
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct), nameof(Raise)) ?? Done(inventoryId, "Verification_Raised");
    }

    public Task<IActionResult> OnPostAnswerAsync(Guid inventoryId, CancellationToken ct) => ReplyAsync(inventoryId, findings.AnswerAsync, "Verification_Answered", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid inventoryId, CancellationToken ct) => ReplyAsync(inventoryId, findings.CloseAsync, "Verification_Closed", ct);

    public Task<IActionResult> OnPostReopenAsync(Guid inventoryId, CancellationToken ct) => ReplyAsync(inventoryId, findings.ReopenAsync, "Verification_Reopened", ct);

    /// <summary>Opens the inventory for the finding's correction and goes to the editor, which names the finding.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await corrections.OpenAsync(User, new VerificationStepInput { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion, FindingId = FindingId }, ct);
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct))
            ?? this.WithSuccess(Redirect($"/Inventories/Detail/{inventoryId}"), "Verification_CorrectionOpened");
    }

    public async Task<IActionResult> OnPostFinishCorrectionAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await corrections.FinishAsync(User, new VerificationStepInput { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion }, ct);
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct)) ?? Done(inventoryId, "Verification_CorrectionFinished");
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await statements.IssueAsync(User, Statement with { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion }, ct);
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct), nameof(Statement)) ?? Done(inventoryId, "Verification_Issued");
    }

    public async Task<IActionResult> OnPostCertifyAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await statements.CertifyAsync(User, new VerificationStepInput { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion, Reason = CertifyReason }, ct);
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct)) ?? Done(inventoryId, "Verification_Certified");
    }

    /// <summary>A share of the total, "1.63 %"; a dash for a zero total.</summary>
    public static string Percent(decimal? value) => value is { } v ? Display.Number(v, 2) + " %" : "–";

    private async Task<IActionResult> ReplyAsync(
        Guid inventoryId, Func<System.Security.Claims.ClaimsPrincipal, FindingReplyInput, CancellationToken, Task<Result<int>>> act, string done, CancellationToken ct)
    {
        var result = await act(User, Reply with { InventoryId = inventoryId, ExpectedVersion = ExpectedVersion }, ct);
        FailedFindingId = Reply.FindingId;
        return await this.FailureAsync(result, () => LoadAsync(inventoryId, ct), nameof(Reply)) ?? Done(inventoryId, done);
    }

    private IActionResult Done(Guid inventoryId, string key) => this.WithSuccess(Redirect($"/Verification/Inventory/{inventoryId}"), key);

    private async Task<IActionResult> LoadAsync(Guid inventoryId, CancellationToken ct)
    {
        var result = await reader.GetAsync(User, inventoryId, ct);
        if (await this.FailureAsync(result, () => Task.FromResult<IActionResult>(Page())) is { } failure)
        {
            return failure;
        }

        View = result.Value!;
        ExpectedVersion = View.Version;
        ModelState.Remove(nameof(ExpectedVersion));

        return Page();
    }
}
