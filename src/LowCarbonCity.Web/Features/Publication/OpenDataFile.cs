using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LowCarbonCity.Web.Features.Publication;

/// <summary>Under what terms published figures may be reused (section <c>Public</c>).</summary>
public sealed class PublicOptions
{
    public const string Section = "Public";

    /// <summary>The licence's short identifier, written into every open-data file.</summary>
    public string Licence { get; set; } = "CC-BY-4.0";

    /// <summary>Where the licence's text is.</summary>
    public string LicenceUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}

/// <summary>
/// The open-data files of a published inventory: one row per scope and sector in kg CO2e at full precision (the
/// stored values; pages round for display), with what a reuser needs to cite and compare them: the licence, the
/// factor edition, the GWP set, the inventory's status and when it was published. Codes, not names: files for
/// programs (the names are on the page).
/// </summary>
public static class OpenDataFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public const string CsvHeader = "organisation_code,organisation_name_th,organisation_name_en,year,kind,status,scope,sector,co2e_kg,factor_edition,gwp_set,published_at,licence,licence_url";

    public static byte[] Csv(PublicInventory inventory, PublicOptions licence)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(licence);
        var csv = new StringBuilder("\uFEFF").Append(CsvHeader).Append('\n');
        foreach (var (scope, sector, kg) in inventory.Cells)
        {
            csv.AppendJoin(',',
                Field(inventory.OrganisationCode), Field(inventory.NameTh), Field(inventory.NameEn), inventory.Year.ToString(CultureInfo.InvariantCulture),
                inventory.Kind, inventory.Status, scope, sector, kg.ToString(CultureInfo.InvariantCulture),
                Field(inventory.EditionCode), Field(inventory.GwpSetCode), inventory.PublishedAt.ToString("O", CultureInfo.InvariantCulture),
                Field(licence.Licence), Field(licence.LicenceUrl)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Json(PublicInventory inventory, PublicOptions licence)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(licence);
        var document = new
        {
            licence = licence.Licence,
            licenceUrl = licence.LicenceUrl,
            organisation = new { code = inventory.OrganisationCode, nameTh = inventory.NameTh, nameEn = inventory.NameEn, type = inventory.Type.ToString() },
            year = inventory.Year,
            kind = inventory.Kind.ToString(),
            status = inventory.Status.ToString(),
            publishedAt = inventory.PublishedAt,
            factorEdition = inventory.EditionCode,
            gwpSet = inventory.GwpSetCode,
            unit = "kgCO2e",
            totalCo2eKg = inventory.TotalKg,
            population = inventory.YearContext?.Population,
            areaKm2 = inventory.YearContext?.AreaKm2,
            co2eKgPerPerson = inventory.YearContext?.PerPersonKg,
            rows = inventory.Cells.Select(c => new { scope = c.Scope.ToString(), sector = c.Sector.ToString(), co2eKg = c.Kg }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Indented);
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
