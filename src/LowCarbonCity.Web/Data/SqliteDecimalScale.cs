using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LowCarbonCity.Web.Data;

/// <summary>
/// SQLite keeps decimals as text with every digit, while PostgreSQL's numeric(p,s) rounds to the declared scale.
/// So that both providers store (and later sum) the same numbers, SQLite values are rounded on write to the scale
/// the model declares, half away from zero as PostgreSQL does.
/// </summary>
internal static class SqliteDecimalScale
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.GetScale() is not { } scale)
            {
                continue;
            }

            if (property.ClrType == typeof(decimal))
            {
                property.SetValueConverter(new ValueConverter<decimal, decimal>(
                    v => Math.Round(v, scale, MidpointRounding.AwayFromZero), v => v));
            }
            else if (property.ClrType == typeof(decimal?))
            {
                property.SetValueConverter(new ValueConverter<decimal?, decimal?>(
                    v => v.HasValue ? Math.Round(v.Value, scale, MidpointRounding.AwayFromZero) : null, v => v));
            }
        }
    }
}
