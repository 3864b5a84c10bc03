using LowCarbonCity.Domain.Inventory;

namespace LowCarbonCity.Web.Features.Reports;

/// <summary>
/// Sums roll-up rows by year, kind and province (and by year and kind) as they stream past, so neither the page model
/// nor the streamed workbook needs all rows in memory for its totals sheets. BASIC, BASIC+ and territorial stay null
/// in a total with no City inventory.
/// </summary>
public sealed class RollupTotalsBuilder
{
    private readonly Dictionary<(int Year, InventoryKind Kind, string? Province), Sum> _byProvince = [];
    private readonly Dictionary<(int Year, InventoryKind Kind, string? Province), Sum> _byYear = [];

    public void Add(RollupRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Of(_byProvince, (row.Year, row.Kind, row.ProvinceCode), row.ProvinceNameTh, row.ProvinceNameEn).Add(row);
        Of(_byYear, (row.Year, row.Kind, null), null, null).Add(row);
    }

    public List<RollupTotal> ByProvince() => _byProvince.Select(p => p.Value.Total(p.Key.Year, p.Key.Kind, p.Key.Province)).ToList();

    public List<RollupTotal> ByYear() => _byYear.Select(p => p.Value.Total(p.Key.Year, p.Key.Kind, null)).ToList();

    private static Sum Of(Dictionary<(int, InventoryKind, string?), Sum> sums, (int, InventoryKind, string?) key, string? nameTh, string? nameEn)
    {
        if (!sums.TryGetValue(key, out var sum))
        {
            sum = new Sum(nameTh, nameEn);
            sums.Add(key, sum);
        }

        return sum;
    }

    private sealed class Sum(string? nameTh, string? nameEn)
    {
        private int _count;
        private int _notFinal;
        private int _cities;
        private decimal _scope1;
        private decimal _scope2;
        private decimal _scope3;
        private decimal _memo;
        private decimal _basic;
        private decimal _basicPlus;
        private decimal _territorial;

        public void Add(RollupRow row)
        {
            _count++;
            _notFinal += RollUps.Counted.IsFinal(row.Status) ? 0 : 1;
            _scope1 += row.Scope1Kg;
            _scope2 += row.Scope2Kg;
            _scope3 += row.Scope3Kg;
            _memo += row.MemoKg;
            if (row.Kind == InventoryKind.City)
            {
                _cities++;
                _basic += row.BasicKg ?? 0m;
                _basicPlus += row.BasicPlusKg ?? 0m;
                _territorial += row.TerritorialKg ?? 0m;
            }
        }

        public RollupTotal Total(int year, InventoryKind kind, string? provinceCode) =>
            new(year, kind, provinceCode, nameTh, nameEn, _count, _scope1, _scope2, _scope3, _memo,
                _cities == 0 ? null : _basic, _cities == 0 ? null : _basicPlus, _cities == 0 ? null : _territorial, _notFinal);
    }
}
