using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.Infrastructure;

/// <summary>Targets and stored results for tests of targets and gap charts.</summary>
public partial class AppFactory
{
    /// <summary>
    /// A target of the organisation (or, with <paramref name="province"/>, of its province) with one measure: base 2019,
    /// -21 % by 2030, scopes 1 and 2, every sector, BAU +3 % a year.
    /// </summary>
    public async Task<(int TargetId, int MeasureId)> CreateTargetAsync(string organisationCode, bool province = false, InventoryKind kind = InventoryKind.Organisation,
        IReadOnlyList<CategoryGroup>? sectors = null)
    {
        var organisationId = await OrganisationIdAsync(organisationCode);
        return await WithDbAsync(async db =>
        {
            var provinceId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.ProvinceId).SingleAsync();
            var target = new Target(province ? TargetScopeKind.Province : TargetScopeKind.Organisation, province ? null : organisationId, provinceId, kind,
                new TargetValues(2019, 2030, ReductionKind.Percent, 21m, [EmissionScope.Scope1, EmissionScope.Scope2], sectors ?? [], BauMethod.GrowthRate, 3m),
                DateTimeOffset.UtcNow);
            var measure = target.AddMeasure(new MeasureValues(CategoryGroup.Electricity, "หลอดไฟ LED", "LED street lights", 50m, 2021, MeasureStatus.InProgress, "Public works", 40m), DateTimeOffset.UtcNow);
            db.Targets.Add(target);
            await db.SaveChangesAsync();
            return (target.Id, measure.Id);
        });
    }

    /// <summary>
    /// Stores results directly (setting up, not testing, a calculation): one result a row on the inventory's lines of
    /// the category, replacing what the line had.
    /// </summary>
    public Task StoreResultsAsync(Guid inventoryId, params (ActivityCategory Category, EmissionScope Scope, decimal Co2eKg)[] rows) => WithDbAsync(async db =>
    {
        var lines = await db.ActivityLines.Where(l => l.InventoryId == inventoryId).ToListAsync();
        db.ActivityLineResults.RemoveRange(await db.ActivityLineResults.Where(r => r.InventoryId == inventoryId).ToListAsync());
        var parts = new Dictionary<Guid, int>();
        foreach (var (category, scope, kg) in rows)
        {
            var line = lines.First(l => l.Category == category);
            var part = parts.TryGetValue(line.Id, out var p) ? p + 1 : 0;
            parts[line.Id] = part;
            db.ActivityLineResults.Add(new ActivityLineResult(line.Id, (LinePart)part, inventoryId, category, scope, null, null, kg, 0m, "test", "TEST", "AR5", false, null, null, DateTimeOffset.UtcNow, []));
        }

        return await db.SaveChangesAsync();
    });
}
