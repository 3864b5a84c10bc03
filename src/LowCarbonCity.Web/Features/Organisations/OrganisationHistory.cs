using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Features.Organisations;

/// <summary>
/// The audit trail of one organisation and its yearly figures for administrators (audited centrally by the audit
/// interceptor; this only reads them back), with the province's id replaced by its name so pages can show it field
/// by field with the audit page's wording.
/// </summary>
public sealed class OrganisationHistory(AppDbContext db, ResourceGuard guard)
{
    public async Task<Result<IReadOnlyList<ReportAuditEntry>>> OfAsync(ClaimsPrincipal user, int organisationId, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(user, null, Operations.ManageUsers))
        {
            return Result<IReadOnlyList<ReportAuditEntry>>.Forbidden();
        }

        var id = organisationId.ToString(CultureInfo.InvariantCulture);
        // Changes are found by the rows' own ids: an added row's audit entry holds the temporary id EF gave it before
        // the database assigned one, so only later changes (and the current yearly rows') can be told apart.
        var yearIds = (await db.OrganisationYearContexts.AsNoTracking().Where(c => c.OrganisationId == organisationId).Select(c => c.Id).ToListAsync(ct))
            .Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
        var entries = await (from a in db.AuditEntries.AsNoTracking()
                             where (a.EntityType == "Organisation" && a.EntityId == id)
                                   || (a.EntityType == "OrganisationYearContext" && yearIds.Contains(a.EntityId))
                             join u in db.Users on a.UserId equals u.Id into who
                             from u in who.DefaultIfEmpty()
                             orderby a.Id descending
                             select new ReportAuditEntry(a.At, u == null ? null : u.DisplayName ?? u.Email, a.EntityType, a.EntityId, a.Action, a.OldValues, a.NewValues))
            .ToListAsync(ct);
        var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => Pages.Display.Pick(p.NameTh, p.NameEn), ct);
        return Result<IReadOnlyList<ReportAuditEntry>>.Ok(entries
            .Select(e => e with { OldValues = Readable(e.OldValues, provinces), NewValues = Readable(e.NewValues, provinces) })
            .ToList());
    }

    private static string? Readable(string? json, Dictionary<int, string> provinces)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject values || values["ProvinceId"] is not { } province)
        {
            return json;
        }

        values["Province"] = provinces.GetValueOrDefault(province.GetValue<int>());
        return values.ToJsonString();
    }
}
