using System.Collections.Frozen;

namespace LowCarbonCity.Domain.Quantities;

/// <summary>
/// A unit of measure from a closed set defined in code (docs/conventions.md D1). Stored by its <see cref="Code"/>.
/// <see cref="ToBase"/> is the exact number of base units (of the dimension) in one of this unit.
/// </summary>
public sealed record Unit
{
    private Unit(string code, Dimension dimension, decimal toBase, string nameEn, string nameTh)
    {
        Code = code;
        Dimension = dimension;
        ToBase = toBase;
        NameEn = nameEn;
        NameTh = nameTh;
    }

    /// <summary>The stable code, as stored and as sent over the API (e.g. <c>kWh</c>, <c>m3</c>).</summary>
    public string Code { get; }

    public Dimension Dimension { get; }

    /// <summary>How many base units of <see cref="Dimension"/> one of this unit holds, exactly.</summary>
    public decimal ToBase { get; }

    public string NameEn { get; }

    public string NameTh { get; }

    // Energy (base MJ)
    public static readonly Unit MJ = new("MJ", Dimension.Energy, 1m, "megajoule", "เมกะจูล");
    public static readonly Unit GJ = new("GJ", Dimension.Energy, 1_000m, "gigajoule", "กิกะจูล");
    public static readonly Unit TJ = new("TJ", Dimension.Energy, 1_000_000m, "terajoule", "เทระจูล");
    public static readonly Unit KWh = new("kWh", Dimension.Energy, 3.6m, "kilowatt-hour", "กิโลวัตต์ชั่วโมง");
    public static readonly Unit MWh = new("MWh", Dimension.Energy, 3_600m, "megawatt-hour", "เมกะวัตต์ชั่วโมง");
    /// <summary>Million British thermal units (International Table BTU = 1055.05585262 J).</summary>
    public static readonly Unit MMBtu = new("MMBTU", Dimension.Energy, 1_055.05585262m, "million BTU", "ล้านบีทียู");

    // Volume (base litre)
    public static readonly Unit Litre = new("L", Dimension.Volume, 1m, "litre", "ลิตร");
    public static readonly Unit CubicMetre = new("m3", Dimension.Volume, 1_000m, "cubic metre", "ลูกบาศก์เมตร");
    /// <summary>Standard cubic foot: 0.3048³ m³ = 28.316846592 L, exactly.</summary>
    public static readonly Unit StandardCubicFoot = new("scf", Dimension.Volume, 28.316846592m, "standard cubic foot", "ลูกบาศก์ฟุต");

    // Mass (base kg)
    public static readonly Unit Gram = new("g", Dimension.Mass, 0.001m, "gram", "กรัม");
    public static readonly Unit Kilogram = new("kg", Dimension.Mass, 1m, "kilogram", "กิโลกรัม");
    public static readonly Unit Tonne = new("t", Dimension.Mass, 1_000m, "tonne", "ตัน");
    public static readonly Unit Gigagram = new("Gg", Dimension.Mass, 1_000_000m, "gigagram", "กิกะกรัม");

    // Distance and freight
    public static readonly Unit Kilometre = new("km", Dimension.Distance, 1m, "kilometre", "กิโลเมตร");
    public static readonly Unit TonneKilometre = new("tkm", Dimension.FreightDistance, 1m, "tonne-kilometre", "ตัน-กิโลเมตร");

    // People served for a year
    public static readonly Unit PersonYear = new("person-year", Dimension.PersonYear, 1m, "person-year", "คน-ปี");

    // Area
    public static readonly Unit Hectare = new("ha", Dimension.Area, 1m, "hectare", "เฮกตาร์");
    public static readonly Unit Rai = new("rai", Dimension.Area, 0.16m, "rai", "ไร่");

    /// <summary>Every unit the application knows, in a stable order.</summary>
    public static IReadOnlyList<Unit> All { get; } =
    [
        MJ, GJ, TJ, KWh, MWh, MMBtu,
        Litre, CubicMetre, StandardCubicFoot,
        Gram, Kilogram, Tonne, Gigagram,
        Kilometre, TonneKilometre,
        PersonYear,
        Hectare, Rai,
    ];

    private static readonly FrozenDictionary<string, Unit> ByCode =
        All.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);

    /// <summary>The base unit of a dimension.</summary>
    public static Unit BaseOf(Dimension dimension) => dimension switch
    {
        Dimension.Energy => MJ,
        Dimension.Volume => Litre,
        Dimension.Mass => Kilogram,
        Dimension.Distance => Kilometre,
        Dimension.FreightDistance => TonneKilometre,
        Dimension.PersonYear => PersonYear,
        Dimension.Area => Hectare,
    };

    /// <summary>Finds a unit by its exact code.</summary>
    public static bool TryFromCode(string? code, out Unit unit)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            unit = found;
            return true;
        }

        unit = MJ;
        return false;
    }

    /// <summary>Finds a unit by its exact code, or throws.</summary>
    public static Unit FromCode(string code) =>
        TryFromCode(code, out var unit) ? unit : throw new ArgumentException($"Unknown unit '{code}'.", nameof(code));

    public override string ToString() => Code;
}
