using System.Globalization;

namespace LowCarbonCity.Web.Pages.Verification;

/// <summary>
/// Dates as people type and read them in these pages: day/month/year with the year in their calendar (Buddhist Era
/// in Thai: 1/1/2569 is 1 January 2026), shown by Display.Date.
/// </summary>
public static class CalendarDate
{
    /// <summary>The value of a date box: "1/1/2569" in Thai, "1/1/2026" in English.</summary>
    public static string Input(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{Display.YearInCalendar(date.Year)}");

    /// <summary>Reads "d/m/yyyy" with the year in the user's calendar (also "-" or "." between the parts); null when it is not a date.</summary>
    public static DateOnly? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Trim().Split(['/', '-', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var typedYear))
        {
            return null;
        }

        var year = Display.YearFromCalendar(typedYear);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
