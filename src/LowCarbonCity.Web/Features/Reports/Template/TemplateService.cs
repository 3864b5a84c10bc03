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

/// <summary>A line's value as the preview shows it: a quantity with its unit, or a notation key.</summary>
public sealed record TemplateValue(decimal? Amount, string? UnitCode, NotationKey? NotationKey);

/// <summary>
/// What one row of an upload does to the inventory: its value before (none for a new line) and after, the other
/// fields it changes (by <see cref="LineFields"/> name), and, once measured, its effect in CO2e.
/// </summary>
public sealed record TemplateChange(
    int Row, TemplateChangeKind Kind, Guid? LineId, ActivityCategory Category, string? Description, TemplateValue? Before, TemplateValue After,
    IReadOnlyList<string> ChangedFields)
{
    /// <summary>The line's kg CO2e before and after the import, as the import's own recalculation gives it.</summary>
    public LineEffect? Effect { get; init; }
}

/// <summary>A row changed both in the file and, since the download, in the app: both values, for the user to choose.</summary>
public sealed record TemplateConflict(int Row, ActivityCategory Category, string? Description, TemplateValue InFile, TemplateValue InApp);

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

    /// <summary>Rows changed in the file and in the app since the download (each also an error: nothing is imported).</summary>
    public IReadOnlyList<TemplateConflict> Conflicts { get; init; } = [];

    /// <summary>Rows the file did not change but the app did since the download: the app's newer value is kept.</summary>
    public int KeptNewerInApp { get; init; }

    /// <summary>The inventory's totals by scope before and after the import (empty when nothing would change).</summary>
    public IReadOnlyList<ScopeEffect> Totals { get; init; } = [];

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
            .Select(i => new { i.OrganisationId, i.Organisation!.Code, i.Organisation.NameTh, i.Organisation.NameEn, i.Year, i.Kind, i.Version }).SingleAsync(ct);
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
                line.ParametersJson) { Fingerprint = TemplateFingerprint.Of(Comparable(line)) });
        }

        rows.AddRange(unmatchedLastYear.OrderBy(p => p.Category).ThenBy(p => p.Description, StringComparer.Ordinal).Select(p =>
            new TemplateRow(null, p.Category, p.GpcSubsector, p.Description, null, null, null, null, p.DataSource, p.DataQuality, p.Amount, p.Unit?.Code, p.NotationKey)));

        var content = new TemplateContent(inventoryId, header.Code, header.NameTh, header.NameEn, header.Year, header.Kind, rows) { InventoryVersion = header.Version };
        return Result<ReportFile>.Ok(new ReportFile(
            ReportFileNames.Template(header.Code, header.Year, header.Kind, TemplateWorkbook.Version), ReportFile.XlsxContentType, TemplateWorkbook.Write(content, culture)));
    }

    /// <summary>Checks an upload and shows what it would change. File-level problems are Invalid under <see cref="FileField"/>.</summary>
    public async Task<Result<TemplatePreview>> PreviewAsync(ClaimsPrincipal user, Guid inventoryId, byte[] file, CultureInfo culture, CancellationToken ct) =>
        (await CheckAsync(user, inventoryId, file, culture, measure: true, ct)).Preview;

    /// <summary>The preview and the batch of line changes it stands for (added and changed rows, in file order).</summary>
    private sealed record Checked(Result<TemplatePreview> Preview, IReadOnlyList<LineChange> Batch);

    private async Task<Checked> CheckAsync(ClaimsPrincipal user, Guid inventoryId, byte[] file, CultureInfo culture, bool measure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var language = ReportEdge.LanguageOf(culture);
        var resource = await InventoryService.ResourceOfAsync(db, inventoryId, ct);
        if (resource is null)
        {
            return new Checked(Result<TemplatePreview>.NotFound(), []);
        }

        if (!await guard.AllowsAsync(user, resource, Operations.EditActivity))
        {
            return new Checked(Result<TemplatePreview>.Forbidden(), []);
        }

        var inventory = await db.Inventories.AsNoTracking().Where(i => i.Id == inventoryId).Select(i => new { i.Kind, i.Status, i.Version }).SingleAsync(ct);
        if (inventory.Status is not (InventoryStatus.Draft or InventoryStatus.Returned))
        {
            return new Checked(Result<TemplatePreview>.Invalid("Status", TemplateMessages.Text(TemplateMessages.Locked, language, inventory.Status)), []);
        }

        if (TemplateFileCheck.Check(file) is { } problem)
        {
            return new Checked(FileInvalid(problem, problem == TemplateMessages.FileTooLarge ? $"{TemplateFileCheck.MaxBytes / 1024 / 1024} MB" : null, language), []);
        }

        var read = TemplateWorkbook.Read(file, language);
        if (read.FileError is { } fileError)
        {
            return new Checked(FileInvalid(fileError, read.FileErrorArgument, language), []);
        }

        if (read.Kind != inventory.Kind)
        {
            return new Checked(FileInvalid(TemplateMessages.WrongKind, read.Kind, language), []);
        }

        if (read.InventoryId != inventoryId)
        {
            return new Checked(FileInvalid(TemplateMessages.WrongInventory, null, language), []);
        }

        var lines = await db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).ToListAsync(ct);
        var errors = read.Errors.ToList();
        var compared = Compare(read.Rows, lines, errors, language);
        var changes = compared.Changes;
        var inFile = changes.Where(c => c.LineId is not null).Select(c => c.LineId!.Value).ToHashSet();

        // Only rows that change something are written; an existing line keeps what the file does not carry (its
        // disposal site; monthly values, evidence and change explanation are kept by the line's own update).
        var byId = lines.ToDictionary(l => l.Id);
        var inputs = read.Rows.ToDictionary(r => r.Row);
        var batch = changes.Where(c => c.Kind != TemplateChangeKind.Unchanged)
            .Select(c => new LineChange(
                c.LineId,
                c.LineId is { } id ? inputs[c.Row].Input with { SolidWasteSiteId = byId[id].SolidWasteSiteId } : inputs[c.Row].Input,
                Label(c.Row)))
            .ToList();

        IReadOnlyList<ScopeEffect> totals = [];
        if (measure && errors.Count == 0 && batch.Count > 0)
        {
            var effects = await activity.MeasureChangesAsync(user, inventoryId, inventory.Version, batch, ct);
            if (effects.IsOk)
            {
                changes = changes.Select(c => effects.Value!.ByLabel.TryGetValue(Label(c.Row), out var effect) ? c with { Effect = effect } : c).ToList();
                totals = effects.Value!.Totals;
            }
            else if (effects.Status == ResultStatus.Invalid)
            {
                // A row every cell of which is good but that the calculation refuses (no factor for its unit...): shown
                // on its row now, rather than as a failed import after the user confirmed.
                errors.AddRange(effects.Failures.Select(f => RowError(f, language)));
            }
            else
            {
                return new Checked(effects.As<TemplatePreview>(), []);
            }
        }

        return new Checked(
            Result<TemplatePreview>.Ok(new TemplatePreview(
                inventoryId, inventory.Version, errors.OrderBy(e => e.Row).ThenBy(e => e.Column.Length).ThenBy(e => e.Column, StringComparer.Ordinal).ToList(), changes)
            {
                LinesNotInFile = lines.Count(l => !inFile.Contains(l.Id)),
                Conflicts = compared.Conflicts,
                KeptNewerInApp = compared.KeptNewerInApp,
                Totals = totals,
            }),
            batch);
    }

    /// <summary>
    /// Imports an upload on the inventory version its preview showed: checked again in full; nothing is imported
    /// unless every cell is good; only added and changed rows are written, so a second import is a no-op.
    /// </summary>
    public async Task<Result<TemplateImportResult>> ImportAsync(ClaimsPrincipal user, Guid inventoryId, byte[] file, int expectedInventoryVersion, CultureInfo culture, CancellationToken ct)
    {
        var (preview, batch) = await CheckAsync(user, inventoryId, file, culture, measure: false, ct);
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

        if (batch.Count == 0)
        {
            return Result<TemplateImportResult>.Ok(new TemplateImportResult(0, 0, p.Unchanged, p.InventoryVersion));
        }

        var saved = await activity.ApplyChangesAsync(user, inventoryId, expectedInventoryVersion, batch, ct);
        return saved.IsOk
            ? Result<TemplateImportResult>.Ok(new TemplateImportResult(p.Added, p.Changed, p.Unchanged, saved.Value))
            : saved.As<TemplateImportResult>();
    }

    private static Result<TemplatePreview> FileInvalid(string code, object? argument, ReportLanguage language) =>
        Result<TemplatePreview>.Invalid(FileField, TemplateMessages.Text(code, language, argument));

    /// <summary>The rows compared with the lines: the changes, the conflicts, and how many rows kept the app's newer value.</summary>
    private sealed record Comparison(List<TemplateChange> Changes, List<TemplateConflict> Conflicts, int KeptNewerInApp);

    /// <summary>
    /// Pairs each row with its line (by id, or by category, sub-sector and description) and decides, three ways, what
    /// it does: a row still equal to its line as downloaded (its fingerprint) was not touched, so the line stays as the
    /// app has it now, even if it changed since; a row the user changed on a line the app did not change is a change; a
    /// row changed in both places, differently, is a conflict (an error: nothing is imported until the user chooses).
    /// </summary>
    private static Comparison Compare(IReadOnlyList<TemplateParsedRow> rows, List<ActivityLine> lines, List<TemplateCellError> errors, ReportLanguage language)
    {
        var byId = lines.ToDictionary(l => l.Id);
        var matched = new HashSet<Guid>();
        var changes = new List<TemplateChange>();
        var conflicts = new List<TemplateConflict>();
        var keptNewer = 0;
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

            var after = Comparable(input);
            var afterValue = new TemplateValue(input.Amount, input.UnitCode, input.NotationKey);
            if (line is null)
            {
                changes.Add(new TemplateChange(row.Row, TemplateChangeKind.Added, null, input.Category!.Value, input.Description, null, afterValue, []));
                continue;
            }

            var before = Comparable(line);
            var beforeValue = new TemplateValue(line.Amount, line.Unit?.Code, line.NotationKey);
            var untouchedInFile = row.Fingerprint is { } downloaded && downloaded == TemplateFingerprint.Of(after);
            var unchangedInApp = row.Fingerprint is null || row.Fingerprint == TemplateFingerprint.Of(before);
            if (string.Equals(before, after, StringComparison.Ordinal) || untouchedInFile)
            {
                keptNewer += string.Equals(before, after, StringComparison.Ordinal) ? 0 : 1;
                changes.Add(new TemplateChange(row.Row, TemplateChangeKind.Unchanged, line.Id, input.Category!.Value, input.Description, beforeValue, beforeValue, []));
                continue;
            }

            if (!unchangedInApp)
            {
                conflicts.Add(new TemplateConflict(row.Row, line.Category, line.Description, afterValue, beforeValue));
                errors.Add(CellError(row.Row, TemplateWorkbook.Col.Quantity, LineCodes.LineConflict, null, language));
                continue;
            }

            if (line.IsMonthly && (input.NotationKey is not null || input.Amount != line.Amount || input.UnitCode != line.Unit?.Code))
            {
                // The file has one annual figure: taking it would drop the twelve months the line was entered with.
                errors.Add(CellError(row.Row, TemplateWorkbook.Col.Quantity, LineCodes.LineMonthly, null, language));
                continue;
            }

            changes.Add(new TemplateChange(row.Row, TemplateChangeKind.Changed, line.Id, input.Category!.Value, input.Description, beforeValue, afterValue, ChangedFields(line, input)));
        }

        return new Comparison(changes, conflicts, keptNewer);
    }

    /// <summary>The fields besides the value that a row changes on its line, for the preview to name.</summary>
    private static List<string> ChangedFields(ActivityLine line, LineInput input)
    {
        var fields = new List<string>();
        void Check(string field, string? was, string? now)
        {
            if (!string.Equals(Clean(was), Clean(now), StringComparison.Ordinal))
            {
                fields.Add(field);
            }
        }

        Check(LineFields.Description, line.Description, input.Description);
        Check(LineFields.NotationExplanation, line.NotationExplanation, input.NotationExplanation);
        Check(LineFields.DataSource, line.DataSource, input.DataSource);
        Check(LineFields.DataQuality, line.DataQuality.ToString(), input.DataQuality.ToString());
        Check(LineFields.GpcSubsector, line.GpcSubsector?.ToString(), input.GpcSubsector?.ToString());
        Check(LineFields.CustomFactor,
            Extras(line.CustomFactor is { } cf ? (cf.Gas.ToString(), cf.KgPerUnit, cf.PerUnit.Code, cf.Justification) : null, null),
            Extras(input.CustomFactor is { IsEmpty: false } f ? (f.Gas?.ToString(), f.KgPerUnit, f.PerUnitCode, f.Justification) : null, null));
        Check(LineFields.Parameters, line.ParametersJson, input.ParametersJson);
        return fields;
    }

    private static string Label(int row) => $"{TemplateWorkbook.LinesSheet}!{row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A refusal of the import's own recalculation, placed on its row (the label names the row).</summary>
    private static TemplateCellError RowError(LineFailure failure, ReportLanguage language)
    {
        var row = failure.Field.StartsWith(TemplateWorkbook.LinesSheet + "!", StringComparison.Ordinal)
            && int.TryParse(failure.Field.AsSpan(TemplateWorkbook.LinesSheet.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        var column = row == 0 ? TemplateWorkbook.ColumnOf(failure.Field) : TemplateWorkbook.Col.Category;
        return new TemplateCellError(TemplateWorkbook.LinesSheet, row, ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(column), failure.Code,
            LineMessages.Text(failure with { Field = string.Empty }, TemplateMessages.CultureOf(language)));
    }

    /// <summary>A line's template fields as one comparable text (equal texts: the row changes nothing).</summary>
    private static string Comparable(ActivityLine line) =>
        Describe(line.Amount, line.Unit?.Code, line.NotationKey, line.NotationExplanation, line.Description, line.DataSource, line.DataQuality, line.GpcSubsector)
        + Extras(line.CustomFactor is { } cf ? (cf.Gas.ToString(), cf.KgPerUnit, cf.PerUnit.Code, cf.Justification) : null, line.ParametersJson);

    private static string Comparable(LineInput input) =>
        Describe(input.Amount, input.UnitCode, input.NotationKey, input.NotationExplanation, input.Description, input.DataSource, input.DataQuality, input.GpcSubsector)
        + Extras(input.CustomFactor is { IsEmpty: false } f ? (f.Gas?.ToString(), f.KgPerUnit, f.PerUnitCode, f.Justification) : null, input.ParametersJson);

    private static TemplateCellError CellError(int row, int column, string code, object? argument, ReportLanguage language) =>
        new(TemplateWorkbook.LinesSheet, row, ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(column), code, TemplateMessages.Text(code, language, argument));

    /// <summary>A line's data as one comparable text.</summary>
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
