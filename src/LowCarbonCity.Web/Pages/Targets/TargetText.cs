using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Targets;
using LowCarbonCity.Web.Features.Targets;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Pages.Targets;

/// <summary>How the target pages name a target's parts in the page's language (the Targets resource area).</summary>
public static class TargetText
{
    private static string T(string key) => Texts.Instance[key].Value;

    public static string Scope(EmissionScope scope) => T("Targets_Scope_" + scope);

    public static string Sector(CategoryGroup sector) => T("Targets_Sector_" + sector);

    public static string Status(MeasureStatus status) => T("Targets_MeasureStatus_" + status);

    public static string Bau(BauMethod method) => T("Targets_Bau_" + method);

    public static string ScopeKind(TargetScopeKind kind) => T("Targets_ScopeKind_" + kind);

    public static string ReductionKind(ReductionKind kind) => T("Targets_ReductionKind_" + kind);

    public static string InventoryKind(InventoryKind kind) => T("Kind_" + kind);

    /// <summary>"Chiang Mai City Municipality" or "Chiang Mai" (province targets), in the page's language.</summary>
    public static string Place(TargetSummary t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t.ScopeKind == TargetScopeKind.Organisation
            ? Display.Pick(t.OrganisationNameTh ?? string.Empty, t.OrganisationNameEn ?? string.Empty)
            : Display.Pick(t.ProvinceNameTh, t.ProvinceNameEn);
    }

    /// <summary>"21 % below 2019 by 2030" (Buddhist Era years in Thai).</summary>
    public static string Reduction(TargetSummary t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var key = t.ReductionKind switch
        {
            Domain.Targets.ReductionKind.Percent => "Targets_ReductionText_Percent",
            Domain.Targets.ReductionKind.Tonnes => "Targets_ReductionText_Tonnes",
        };
        return Texts.Instance[key, Display.Number(t.ReductionValue, 2), Display.Year(t.BaseYear), Display.Year(t.TargetYear)].Value;
    }

    public static string Scopes(TargetSummary t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return string.Join(", ", t.Scopes.Select(Scope));
    }

    public static string Sectors(TargetSummary t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t.Sectors.Count == 0 ? T("Targets_AllSectors") : string.Join(", ", t.Sectors.Select(Sector));
    }
}
