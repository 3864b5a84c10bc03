using System.Globalization;
using System.Text;
using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>Deterministic download names (docs/conventions.md R1): the same report always gets the same name.</summary>
public static class ReportFileNames
{
    /// <summary>e.g. <c>CMI-CM_2024_Organisation_TGO-CFO-2022-04_th.xlsx</c>.</summary>
    public static string Inventory(ReportCover cover, ReportLanguage language, string extension)
    {
        ArgumentNullException.ThrowIfNull(cover);
        return Safe(string.Create(CultureInfo.InvariantCulture, $"{cover.OrganisationCode}_{cover.Year}_{cover.Kind}_{cover.FactorEditionCode}_{language.Code()}")) + "." + extension;
    }

    /// <summary>e.g. <c>statement_CMI-CM_2024_Organisation_th.pdf</c>: an inventory's verification statement.</summary>
    public static string Statement(string organisationCode, int year, InventoryKind kind, ReportLanguage language) =>
        Safe(string.Create(CultureInfo.InvariantCulture, $"statement_{organisationCode}_{year}_{kind}_{language.Code()}")) + ".pdf";

    /// <summary>e.g. <c>rollup_2025_all_en.xlsx</c>.</summary>
    public static string Rollup(RollupFilter filter, ReportLanguage language, string extension)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var year = filter.Year?.ToString(CultureInfo.InvariantCulture) ?? "all-years";
        var kind = filter.Kind?.ToString() ?? "all";
        return Safe($"rollup_{year}_{kind}_{language.Code()}") + "." + extension;
    }

    /// <summary>e.g. <c>template_CMI-CM_2025_City_v1.xlsx</c>.</summary>
    public static string Template(string organisationCode, int year, InventoryKind kind, int version) =>
        Safe(string.Create(CultureInfo.InvariantCulture, $"template_{organisationCode}_{year}_{kind}_v{version}")) + ".xlsx";

    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return builder.ToString();
    }
}
