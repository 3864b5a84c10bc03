using System.Globalization;
using LowCarbonCity.Web.Pages.Inventories;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>One field of one recorded change, as a report prints it: who, when, what record, field, old and new value.</summary>
public sealed record AuditRow(DateTimeOffset At, string? User, string Record, string Action, string Field, string? Old, string? New);

/// <summary>
/// The audit trail flattened for reports, field by field and in the report's language, with the same names and
/// formatting as the audit page (<see cref="AuditText"/>): no JSON, no ids, no enum names. A change with no readable
/// field (only ids or versions moved) still gets one row, so nothing recorded disappears from the report.
/// </summary>
public static class AuditRows
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<AuditRow> Of(IEnumerable<ReportAuditEntry> entries, ReportLanguage l)
    {
        ArgumentNullException.ThrowIfNull(entries);
        // AuditText speaks the current UI culture (it serves the pages); the report's language may differ from the request's.
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var target = l == ReportLanguage.Thai ? Thai : English;
        CultureInfo.CurrentUICulture = target;
        CultureInfo.CurrentCulture = target;
        try
        {
            var rows = new List<AuditRow>();
            foreach (var e in entries)
            {
                var record = AuditText.Entity(e.EntityType);
                var action = AuditText.Action(e.Action);
                var old = AuditText.Values(e.OldValues).ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
                var @new = AuditText.Values(e.NewValues).ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
                var fields = old.Keys.Concat(@new.Keys).Distinct(StringComparer.Ordinal).ToList();
                if (fields.Count == 0)
                {
                    rows.Add(new AuditRow(e.At, e.User, record, action, string.Empty, null, null));
                }

                rows.AddRange(fields.Select(f => new AuditRow(e.At, e.User, record, action, f, old.GetValueOrDefault(f), @new.GetValueOrDefault(f))));
            }

            return rows;
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
