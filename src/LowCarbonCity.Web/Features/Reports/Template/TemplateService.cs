using System.Globalization;
using System.Security.Claims;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.ActivityData;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Reports.Template;

public enum TemplateChangeKind
{
    Added,
    Changed,
    Unchanged,
}

/// <summary>What one row of an upload does to the inventory.</summary>
public sealed record TemplateChange(int Row, TemplateChangeKind Kind, Guid? LineId, ActivityCategory Category, string? Description, string? Before, string After);

/// <summary>
/// The check of an upload: every bad cell, and what would change (added, changed, unchanged rows) on the inventory
/// version the user saw. Nothing is imported from a preview.
/// </summary>
public sealed record TemplatePreview(Guid InventoryId, int InventoryVersion, IReadOnlyList<TemplateCellError> Errors, IReadOnlyList<TemplateChange> Changes)
{
    /// <summary>
    /// Lines of the inventory that no row of the file matches (rows deleted from the sheet). An upload never deletes
    /// lines (docs/adr/0008, template note): they are kept unchanged and counted here so the preview says so.
    /// </summary>
    public int LinesNotInFile { get; init; }

    public bool CanImport => Errors.Count == 0;

    public int Added => Changes.Count(c => c.Kind == TemplateChangeKind.Added);

    public int Changed => Changes.Count(c => c.Kind == TemplateChangeKind.Changed);

    public int Unchanged => Changes.Count(c => c.Kind == TemplateChangeKind.Unchanged);
}

/// <summary>The inventory a template page is about, and whether the user may upload to it now.</summary>
public sealed record TemplateTarget(Guid InventoryId, string OrganisationNameTh, string OrganisationNameEn, int Year, InventoryKind Kind, InventoryStatus Status, bool CanUpload);

/// <summary>What an import did.</summary>
public sealed record TemplateImportResult(int Added, int Changed, int Unchanged, int InventoryVersion);

/// <summary>
/// The offline template: download for an inventory (its lines, last year's values, drop-downs), upload
/// checked file first (size, package, zip bomb, macros, version), then cell by cell, preview of the changes, and
/// import of exactly the added and changed rows through <see cref="ActivityDataService.ApplyChangesAsync"/> (rights,
/// status lock, concurrency, audit and recalculation, one transaction). Rows are matched to lines by line id, or by
/// category, GPC sub-sector and description, so uploading the same file twice changes nothing the second time.
/// </summary>
public sealed class TemplateService(AppDbContext db, ResourceGuard guard, ActivityDataService activity)
{
    public const string FileField = "File";

    /// <summary>The page's header: needs View; says whether an upload would be allowed (EditActivity, editable status).</summary>
    public async Task<Result<TemplateTarget>> DescribeAsync(ClaimsPrincipal user, Guid inventoryId, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<TemplateTarget>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<TemplateTarget>.Forbidden();
        }

        var target = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new TemplateTarget(i.Id, i.Organisation!.NameTh, i.Organisation.NameEn, i.Year, i.Kind, i.Status, false)).SingleAsync(ct);
        var canEdit = await guard.AllowsAsync(user, resource, Operations.EditActivity);
        return Result<TemplateTarget>.Ok(target with { CanUpload = canEdit && target.Status is InventoryStatus.Draft or InventoryStatus.Returned });
    }

    public async Task<Result<ReportFile>> DownloadAsync(ClaimsPrincipal user, Guid inventoryId, CultureInfo culture, CancellationToken ct)
    {
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<ReportFile>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.View))
        {
            return Result<ReportFile>.Forbidden();
        }

        var header = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId)
            .Select(i => new { i.OrganisationId, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Year, i.Kind }).SingleAsync(ct);
        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var lastYearId = await db.Inventories.AsNoTracking()
            .Where(i => i.OrganisationId == header.OrganisationId && i.Kind == header.Kind && i.Year == header.Year - 1)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        var lastYear = lastYearId is { } id ? await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == id).ToListAsync(ct) : [];

        var unmatchedLastYear = lastYear.ToList();
        var rows = new List<TemplateRow>();
        foreach (var line in lines.OrderBy(l => l.Category).ThenBy(l => l.Description, StringComparer.Ordinal))
        {
            var previous = unmatchedLastYear.FirstOrDefault(p => SameLine(p.Category, p.GpcSubsector, p.Description, line.Category, line.GpcSubsector, line.Description));
            if (previous is not null)
            {
                unmatchedLastYear.Remove(previous);
            }

            rows.Add(new TemplateRow(line.Id, line.Category, line.GpcSubsector, line.Description, line.Amount, line.Unit?.Code, line.NotationKey,
                line.NotationExplanation, line.DataSource, line.DataQuality, previous?.Amount, previous?.Unit?.Code, previous?.NotationKey,
                line.CustomFactor is { } f ? new CustomFactorInput { Gas = f.Gas, KgPerUnit = f.KgPerUnit, PerUnitCode = f.PerUnit.Code, Justification = f.Justification } : null,
                line.ParametersJson));
        }

        rows.AddRange(unmatchedLastYear.OrderBy(p => p.Category).ThenBy(p => p.Description, StringComparer.Ordinal).Select(p =>
            new TemplateRow(null, p.Category, p.GpcSubsector, p.Description, null, null, null, null, p.DataSource, p.DataQuality, p.Amount, p.Unit?.Code, p.NotationKey)));

        var content = new TemplateContent(inventoryId, header.Code, header.NameTh, header.NameEn, header.Year, header.Kind, rows);
        return Result<ReportFile>.Ok(new ReportFile(
            ReportFileNames.Template(header.Code, header.Year, header.Kind, TemplateWorkbook.Version), ReportFile.XlsxContentType, TemplateWorkbook.Write(content, culture)));
    }

    /// <summary>Checks an upload and shows what it would change. File-level problems are Invalid under <see cref="FileField"/>.</summary>
    public async Task<Result<TemplatePreview>> PreviewAsync(ClaimsPrincipal user, Guid inventoryId, byte[] file, CultureInfo culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var language = ReportEdge.LanguageOf(culture);
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return Result<TemplatePreview>.NotFound();
        }

        if (!await guard.AllowsAsync(user, resource, Operations.EditActivity))
        {
            return Result<TemplatePreview>.Forbidden();
        }

        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId).Select(i => new { i.Kind, i.Status, i.Version }).SingleAsync(ct);
        if (inventory.Status is not (InventoryStatus.Draft or InventoryStatus.Returned))
        {
            return Result<TemplatePreview>.Invalid("Status", TemplateMessages.Text(TemplateMessages.Locked, language, inventory.Status));
        }

        if (TemplateFileCheck.Check(file) is { } problem)
        {
            return FileInvalid(problem, problem == TemplateMessages.FileTooLarge ? $"{TemplateFileCheck.MaxBytes / 1024 / 1024} MB" : null, language);
        }

        var read = TemplateWorkbook.Read(file, language);
        if (read.FileError is { } fileError)
        {
            return FileInvalid(fileError, read.FileErrorArgument, language);
        }

        if (read.Kind != inventory.Kind)
        {
            return FileInvalid(TemplateMessages.WrongKind, read.Kind, language);
        }

        if (read.InventoryId != inventoryId)
        {
            return FileInvalid(TemplateMessages.WrongInventory, null, language);
        }

        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var errors = read.Errors.ToList();
        var changes = Compare(read.Rows, lines, errors, language);
        var inFile = changes.Where(c => c.LineId is not null).Select(c => c.LineId!.Value).ToHashSet();
        return Result<TemplatePreview>.Ok(new TemplatePreview(
            inventoryId, inventory.Version, errors.OrderBy(e => e.Row).ThenBy(e => e.Column.Length).ThenBy(e => e.Column, StringComparer.Ordinal).ToList(), changes)
        {
            LinesNotInFile = lines.Count(l => !inFile.Contains(l.Id)),
        });
    }

    /// <summary>
    /// Imports an upload on the inventory version its preview showed: checked again in full; nothing is imported
    /// unless every cell is good; only added and changed rows are written, so a second import is a no-op.
    /// </summary>
    public async Task<Result<TemplateImportResult>> ImportAsync(ClaimsPrincipal user, Guid inventoryId, byte[] file, int expectedInventoryVersion, CultureInfo culture, CancellationToken ct)
    {
        var preview = await PreviewAsync(user, inventoryId, file, culture, ct);
        if (!preview.IsOk)
        {
            return preview.As<TemplateImportResult>();
        }

        var p = preview.Value!;
        if (!p.CanImport)
        {
            return Result<TemplateImportResult>.Invalid(p.Errors
                .GroupBy(e => $"{e.Sheet}!{e.Address}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        var toWrite = p.Changes.Where(c => c.Kind != TemplateChangeKind.Unchanged).ToList();
        if (toWrite.Count == 0)
        {
            return Result<TemplateImportResult>.Ok(new TemplateImportResult(0, 0, p.Unchanged, p.InventoryVersion));
        }

        // Rows were read once for the preview; read them again to pair each change with its input.
        var read = TemplateWorkbook.Read(file, ReportEdge.LanguageOf(culture));
        var inputs = read.Rows.ToDictionary(r => r.Row);
        var batch = toWrite.Select(c => new LineChange(c.LineId, inputs[c.Row].Input, $"{TemplateWorkbook.LinesSheet}!{c.Row.ToString(CultureInfo.InvariantCulture)}")).ToList();
        var saved = await activity.ApplyChangesAsync(user, inventoryId, expectedInventoryVersion, batch, ct);
        return saved.IsOk
            ? Result<TemplateImportResult>.Ok(new TemplateImportResult(p.Added, p.Changed, p.Unchanged, saved.Value))
            : saved.As<TemplateImportResult>();
    }

    private static Result<TemplatePreview> FileInvalid(string code, object? argument, ReportLanguage language) =>
        Result<TemplatePreview>.Invalid(FileField, TemplateMessages.Text(code, language, argument));

    private static List<TemplateChange> Compare(IReadOnlyList<TemplateParsedRow> rows, List<ActivityLine> lines, List<TemplateCellError> errors, ReportLanguage language)
    {
        var byId = lines.ToDictionary(l => l.Id);
        var matched = new HashSet<Guid>();
        var changes = new List<TemplateChange>();
        foreach (var row in rows)
        {
            var input = row.Input;
            ActivityLine? line = null;
            if (row.LineId is { } id)
            {
                if (!byId.TryGetValue(id, out line))
                {
                    errors.Add(CellError(row.Row, TemplateWorkbook.Col.LineId, TemplateMessages.LineUnknown, id, language));
                    continue;
                }

                if (!matched.Add(id))
                {
                    errors.Add(CellError(row.Row, TemplateWorkbook.Col.LineId, TemplateMessages.LineDuplicate, id, language));
                    continue;
                }

                if (line.Category != input.Category)
                {
                    errors.Add(CellError(row.Row, TemplateWorkbook.Col.Category, TemplateMessages.CategoryChanged, null, language));
                    continue;
                }
            }
            else
            {
                line = lines.FirstOrDefault(l => !matched.Contains(l.Id) && SameLine(l.Category, l.GpcSubsector, l.Description, input.Category!.Value, input.GpcSubsector, input.Description));
                if (line is not null)
                {
                    matched.Add(line.Id);
                }
            }

            var after = Describe(input.Amount, input.UnitCode, input.NotationKey, input.NotationExplanation, input.Description, input.DataSource, input.DataQuality, input.GpcSubsector)
                + Extras(input.CustomFactor is { IsEmpty: false } f ? (f.Gas?.ToString(), f.KgPerUnit, f.PerUnitCode, f.Justification) : null, input.ParametersJson);
            if (line is null)
            {
                changes.Add(new TemplateChange(row.Row, TemplateChangeKind.Added, null, input.Category!.Value, input.Description, null, after));
                continue;
            }

            var before = Describe(line.Amount, line.Unit?.Code, line.NotationKey, line.NotationExplanation, line.Description, line.DataSource, line.DataQuality, line.GpcSubsector)
                + Extras(line.CustomFactor is { } cf ? (cf.Gas.ToString(), cf.KgPerUnit, cf.PerUnit.Code, cf.Justification) : null, line.ParametersJson);
            var kind = string.Equals(before, after, StringComparison.Ordinal) ? TemplateChangeKind.Unchanged : TemplateChangeKind.Changed;
            changes.Add(new TemplateChange(row.Row, kind, line.Id, input.Category!.Value, input.Description, before, after));
        }

        return changes;
    }

    private static TemplateCellError CellError(int row, int column, string code, object? argument, ReportLanguage language) =>
        new(TemplateWorkbook.LinesSheet, row, ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(column), code, TemplateMessages.Text(code, language, argument));

    /// <summary>A line's data as one comparable, readable text (the preview's before and after).</summary>
    private static string Describe(decimal? amount, string? unit, NotationKey? key, string? explanation, string? description, string? source, DataQuality quality, GpcSubsector? gpc)
    {
        var value = key is { } k ? $"{k}: {explanation?.Trim()}" : $"{amount?.ToString("0.######", CultureInfo.InvariantCulture)} {unit}";
        return $"{value} | {Clean(description)} | {Clean(source)} | {quality} | {gpc}";
    }

    /// <summary>The custom factor and method parameters, when there are any, as comparable text.</summary>
    private static string Extras((string? Gas, decimal? KgPerUnit, string? PerUnit, string? Justification)? factor, string? parameters)
    {
        var text = factor is { } f
            ? $" | {f.Gas} {f.KgPerUnit?.ToString("0.############", CultureInfo.InvariantCulture)} kg/{f.PerUnit} ({Clean(f.Justification)})"
            : string.Empty;
        return Clean(parameters) is { } json ? $"{text} | {json}" : text;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool SameLine(ActivityCategory c1, GpcSubsector? g1, string? d1, ActivityCategory c2, GpcSubsector? g2, string? d2) =>
        c1 == c2 && g1 == g2 && string.Equals(Clean(d1), Clean(d2), StringComparison.Ordinal);
}
