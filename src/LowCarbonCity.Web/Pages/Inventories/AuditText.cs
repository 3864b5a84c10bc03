using System.Globalization;
using System.Text.Json;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Resources;

namespace LowCarbonCity.Web.Pages.Inventories;

/// <summary>
/// The audit trail as people read it: what changed and how, in the user's language, and each recorded value with
/// its field's name and formatted as the pages show it (no ids, no JSON, no enum names).
/// </summary>
public static class AuditText
{
    /// <summary>What kind of record changed ("รายการกิจกรรม").</summary>
    public static string Entity(string entityType) => Text("Editor_AuditEntity_" + entityType) ?? Texts.Instance["Editor_AuditEntity_Other"].Value;

    /// <summary>How it changed ("เพิ่ม", "แก้ไข", "ลบ").</summary>
    public static string Action(string action) => Text("Editor_AuditAction_" + action) ?? action;

    /// <summary>
    /// The recorded values of one side of a change, field by field: ids, versions and empty values left out,
    /// monthly values M01-M12 under their months.
    /// </summary>
    public static IReadOnlyList<(string Field, string Value)> Values(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var list = new List<(string, string)>();
        foreach (var p in document.RootElement.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Null || p.Name == "Id" || p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name is "Version" or "ParametersJson" or "IsMonthly" or "UploadedBy" or "Content")
            {
                continue;
            }

            var field = p.Name.Length == 3 && p.Name[0] == 'M' && int.TryParse(p.Name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                ? Texts.Instance[string.Create(CultureInfo.InvariantCulture, $"Editor_Month{month}")].Value
                : Text("Editor_AuditField_" + p.Name) ?? p.Name;
            list.Add((field, Value(p.Name, p.Value)));
        }

        return list;
    }

    private static string Value(string field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return field == "Year" ? Display.Year(value.GetInt32()) : Display.Number(value.GetDecimal(), 6);
        }

        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False)
        {
            return Texts.Instance[value.GetBoolean() ? "Common_Yes" : "Common_No"].Value;
        }

        var text = value.ToString();
        return field switch
        {
            "Category" when Enum.TryParse<ActivityCategory>(text, out var category) => Display.Category(category),
            "GpcSubsector" when Enum.TryParse<GpcSubsector>(text, out var subsector) => EditorTexts.Subsector(subsector),
            "NotationKey" when Enum.TryParse<NotationKey>(text, out var key) => text + " · " + EditorTexts.Notation(key),
            "DataQuality" => Text("Quality_" + text) ?? text,
            "Status" or "From" or "To" => Text("Status_" + text) ?? text,
            "Kind" => Text("Kind_" + text) ?? text,
            "Stage" => Text("VerificationStage_" + text) ?? text,
            "Level" => Text("AssuranceLevel_" + text) ?? text,
            "Opinion" => Text("VerificationOpinion_" + text) ?? text,
            "Role" => Text("AdminUsers_Role_" + text) ?? text,
            "Type" => Text("OrgType_" + text) ?? text,
            "Unit" => Display.Unit(text),
            _ when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) && text.Contains('T', StringComparison.Ordinal) => Display.DateTime(at),
            _ => text,
        };
    }

    private static string? Text(string key) => Texts.Instance[key] is { ResourceNotFound: false } found ? found.Value : null;
}
