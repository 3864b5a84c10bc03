using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Organisations;

/// <summary>One organisation as the picker offers it: its name with its province, so two LAOs of the same name stay apart.</summary>
public sealed record OrganisationChoice(string Code, string LabelTh, string LabelEn);

/// <summary>
/// The administrator's organisation picker: people pick an organisation by its Thai or English name, never by
/// typing a code. <see cref="ResolveAsync"/> turns what was picked back into codes; it is the one place that
/// reads a typed name, so the invite, create and edit forms and the users filter all accept the same texts.
/// </summary>
public sealed class OrganisationPicker(AppDbContext db)
{
    public const string UnknownMessage = "No organisation is named '{0}'. Pick the organisation from the list in the Organisation field.";
    public const string AmbiguousMessage = "Several organisations are named '{0}'. Pick the one with its province from the list in the Organisation field.";

    /// <summary>Every organisation, Thai and English labels ("เทศบาลนครเชียงใหม่ (เชียงใหม่)").</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> ChoicesAsync(CancellationToken ct) =>
        (await db.Organisations.AsNoTracking()
            .OrderBy(o => o.NameTh)
            .Select(o => new { o.Code, o.NameTh, o.NameEn, ProvinceTh = o.Province!.NameTh, ProvinceEn = o.Province.NameEn })
            .ToListAsync(ct))
        .Select(o => Choice(o.Code, o.NameTh, o.NameEn, o.ProvinceTh, o.ProvinceEn))
        .ToList();

    /// <summary>The labels of the organisations with these codes, in order, for showing what is already chosen.</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> ChoicesForAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var found = await db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Code))
            .Select(o => new { o.Code, o.NameTh, o.NameEn, ProvinceTh = o.Province!.NameTh, ProvinceEn = o.Province.NameEn })
            .ToListAsync(ct);
        return found.Select(o => Choice(o.Code, o.NameTh, o.NameEn, o.ProvinceTh, o.ProvinceEn)).ToList();
    }

    /// <summary>
    /// The codes of the organisations named by <paramref name="picked"/>: each text is a label from the list, a name
    /// alone when only one organisation bears it, or a code. Blank texts are skipped. Invalid on
    /// <paramref name="field"/> naming the first text that matches nothing or several.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> ResolveAsync(IReadOnlyList<string> picked, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(picked);
        var codes = new List<string>();
        foreach (var text in picked.Select(p => p?.Trim() ?? string.Empty).Where(p => p.Length > 0))
        {
            var (name, province) = Split(text);
            var lowerText = text.ToLowerInvariant();
            var lowerName = name.ToLowerInvariant();
            // Thai has no case; English names and codes are compared without it (ASCII lower() on SQLite suffices for them).
#pragma warning disable CA1304, CA1311, CA1862 // string.ToLower() in a query is SQL lower(), not .NET's culture rules
            var candidates = await db.Organisations.AsNoTracking()
                .Where(o => o.Code.ToLower() == lowerText || o.NameTh == name || o.NameEn.ToLower() == lowerName || o.NameTh == text || o.NameEn.ToLower() == lowerText)
                .Select(o => new { o.Code, o.NameTh, o.NameEn, ProvinceTh = o.Province!.NameTh, ProvinceEn = o.Province.NameEn })
                .ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
            var byCode = candidates.Where(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase)).ToList();
            var byLabel = province is null ? [] : candidates.Where(c => (c.NameTh == name && c.ProvinceTh == province)
                || (string.Equals(c.NameEn, name, StringComparison.OrdinalIgnoreCase) && string.Equals(c.ProvinceEn, province, StringComparison.OrdinalIgnoreCase))).ToList();
            var byName = candidates.Where(c => c.NameTh == text || string.Equals(c.NameEn, text, StringComparison.OrdinalIgnoreCase)).ToList();
            var matches = byCode.Count > 0 ? byCode : byLabel.Count > 0 ? byLabel : byName;
            switch (matches.Count)
            {
                case 1:
                    codes.Add(matches[0].Code);
                    break;
                case 0:
                    return Result<IReadOnlyList<string>>.Invalid(field, UnknownMessage.Replace("{0}", text, StringComparison.Ordinal));
                default:
                    return Result<IReadOnlyList<string>>.Invalid(field, AmbiguousMessage.Replace("{0}", text, StringComparison.Ordinal));
            }
        }

        return Result<IReadOnlyList<string>>.Ok(codes.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>The labels the picker offers and <see cref="ResolveAsync"/> reads back: name, then the province in brackets.</summary>
    public static OrganisationChoice Choice(string code, string nameTh, string nameEn, string provinceTh, string provinceEn) =>
        new(code, $"{nameTh} ({provinceTh})", $"{nameEn} ({provinceEn})");

    /// <summary>"name (province)" into its parts; a text without a trailing province is all name.</summary>
    private static (string Name, string? Province) Split(string text)
    {
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')')
            ? (text[..open].Trim(), text[(open + 2)..^1].Trim())
            : (text, null);
    }
}
