using LowCarbonCity.Domain.Quantities;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LowCarbonCity.Web.Data;

/// <summary>Stores a <see cref="Unit"/> by its code (docs/conventions.md D1).</summary>
public sealed class UnitConverter() : ValueConverter<Unit, string>(unit => unit.Code, code => Unit.FromCode(code));
