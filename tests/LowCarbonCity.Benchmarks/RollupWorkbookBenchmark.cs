using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Excel;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// docs/design.md section 4: "Excel export of the national roll-up (every inventory of a year): under 10 s and
/// 500 MB". The <see cref="RollupModel"/> is built in memory (no database; figures illustrative): 8,000 organisations
/// x 2 kinds for one year = 16,000 rows over the 77 provinces of the seed file, Thai and English names, 5-8 sector
/// rows per inventory. Each operation is one <see cref="RollupWorkbookWriter.WriteAsync"/> call (the streamed writer,
/// ADR 0008): the rows are fed one at a time as the service's database query feeds them, the five sheets go through
/// OpenXmlWriter into a zip written to a counting sink (the response body in the app). The database query itself is
/// not part of this benchmark.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PdfReportBenchmark.WebBuildConfig))]
public class RollupWorkbookBenchmark
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private RollupModel? _model;

    [GlobalSetup]
    public void Setup()
    {
        _model = Model(8_000, 2024);
        if (_model.Rows.Count != 16_000 || _model.ByProvince.Select(t => t.ProvinceCode).Distinct().Count() != 77)
        {
            throw new InvalidOperationException("The benchmark roll-up must have 16,000 rows over 77 provinces.");
        }
    }

    /// <summary>Thai national roll-up workbook, 16,000 inventories; returns the bytes written.</summary>
    [Benchmark(Baseline = true)]
    public Task<long> WriteThaiRollup() => WriteAsync(_model!, Thai);

    /// <summary>The same workbook in English.</summary>
    [Benchmark]
    public Task<long> WriteEnglishRollup() => WriteAsync(_model!, English);

    private static async Task<long> WriteAsync(RollupModel model, CultureInfo culture)
    {
        await using var sink = new CountingStream();
        await RollupWorkbookWriter.WriteAsync(model.Rows.ToAsyncEnumerable(), culture, sink, CancellationToken.None);
        return sink.Written;
    }

    /// <summary>
    /// One-off peak working set (not a BenchmarkDotNet figure): builds the model, writes the Thai workbook once and
    /// prints <see cref="Process.PeakWorkingSet64"/> before and after. Run with the argument <c>rollup-peak</c>.
    /// </summary>
    public static void PrintPeakWorkingSet()
    {
        var model = Model(8_000, 2024);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var stopwatch = Stopwatch.StartNew();
        var bytes = WriteAsync(model, Thai).GetAwaiter().GetResult();
        stopwatch.Stop();
        process.Refresh();
        Console.WriteLine(FormattableString.Invariant(
            $"rows={model.Rows.Count} bytes={bytes} first-call={stopwatch.Elapsed.TotalSeconds:F2}s peak-before={before / 1048576.0:F0}MB peak-after={process.PeakWorkingSet64 / 1048576.0:F0}MB"));
    }

    /// <summary>A national roll-up of <paramref name="organisations"/> organisations x 2 kinds for <paramref name="year"/>.</summary>
    public static RollupModel Model(int organisations, int year)
    {
        var provinces = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Seed", "provinces.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(p => (Code: p[0], Th: p[1], En: p[2], Region: Enum.Parse<Region>(p[3])))
            .ToList();
        OrganisationType[] types =
        [
            OrganisationType.SubdistrictAdministrativeOrganisation, OrganisationType.SubdistrictAdministrativeOrganisation,
            OrganisationType.SubdistrictMunicipality, OrganisationType.SubdistrictMunicipality, OrganisationType.TownMunicipality,
            OrganisationType.CityMunicipality, OrganisationType.ProvincialAdministrativeOrganisation,
        ];
        var groups = Enum.GetValues<CategoryGroup>();
        var sectors = Enum.GetValues<GpcSector>();
        var random = new Random(20_241_123);
        var rows = new List<RollupRow>(organisations * 2);
        for (var i = 0; i < organisations; i++)
        {
            var p = provinces[i % provinces.Count];
            var type = types[i % types.Length];
            var (prefixTh, prefixEn) = type switch
            {
                OrganisationType.SubdistrictAdministrativeOrganisation => ("องค์การบริหารส่วนตำบล", "Subdistrict Administrative Organisation"),
                OrganisationType.SubdistrictMunicipality => ("เทศบาลตำบล", "Subdistrict Municipality"),
                OrganisationType.TownMunicipality => ("เทศบาลเมือง", "Town Municipality"),
                OrganisationType.CityMunicipality => ("เทศบาลนคร", "City Municipality"),
                _ => ("องค์การบริหารส่วนจังหวัด", "Provincial Administrative Organisation"),
            };
            var code = FormattableString.Invariant($"LAO-{p.Code}-{i:D5}");
            var nameTh = FormattableString.Invariant($"{prefixTh}บ้านหนองน้ำใส {i + 1} จังหวัด{p.Th}");
            var nameEn = FormattableString.Invariant($"Ban Nong Nam Sai {i + 1} {prefixEn}, {p.En}");
            foreach (var kind in new[] { InventoryKind.Organisation, InventoryKind.City })
            {
                var sectorCount = kind == InventoryKind.Organisation ? 5 + random.Next(4) : 5 + random.Next(2);
                var bySector = new List<ReportGroupTotal>(sectorCount);
                for (var s = 0; s < sectorCount; s++)
                {
                    var (key, th, en) = kind == InventoryKind.Organisation
                        ? (groups[s].ToString(), ReportNames.Of(groups[s]).Th, ReportNames.Of(groups[s]).En)
                        : (sectors[s].ToString(), ReportNames.Of(sectors[s]).Th, ReportNames.Of(sectors[s]).En);
                    bySector.Add(new ReportGroupTotal(key, th, en,
                        s % 3 == 2 ? 0m : Kg(random), s % 3 == 0 ? 0m : Kg(random), s % 2 == 1 ? Kg(random) : 0m));
                }

                var s1 = bySector.Sum(g => g.Scope1Kg);
                var s2 = bySector.Sum(g => g.Scope2Kg);
                var s3 = bySector.Sum(g => g.Scope3Kg);
                var city = kind == InventoryKind.City;
                rows.Add(new RollupRow(
                    Guid.NewGuid(), code, nameTh, nameEn, type, p.Code, p.Th, p.En, p.Region, year, kind,
                    (InventoryStatus)(i % 5), kind == InventoryKind.Organisation ? "TGO-CFO-2022-04" : "TGO-CFO-2024-01",
                    s1, s2, s3, i % 4 == 0 ? Kg(random) : 0m,
                    city ? s1 + s2 : null, city ? s1 + s2 + s3 : null, city ? s1 + s2 * 0.9m : null,
                    bySector));
            }
        }

        RollupTotal Total(IEnumerable<RollupRow> rs, InventoryKind kind, string? code, string? th, string? en)
        {
            var list = rs.ToList();
            var city = kind == InventoryKind.City;
            return new RollupTotal(year, kind, code, th, en, list.Count,
                list.Sum(r => r.Scope1Kg), list.Sum(r => r.Scope2Kg), list.Sum(r => r.Scope3Kg), list.Sum(r => r.MemoKg),
                city ? list.Sum(r => r.BasicKg ?? 0m) : null, city ? list.Sum(r => r.BasicPlusKg ?? 0m) : null,
                city ? list.Sum(r => r.TerritorialKg ?? 0m) : null);
        }

        var byProvince = rows.GroupBy(r => (r.Kind, r.ProvinceCode, r.ProvinceNameTh, r.ProvinceNameEn))
            .Select(g => Total(g, g.Key.Kind, g.Key.ProvinceCode, g.Key.ProvinceNameTh, g.Key.ProvinceNameEn)).ToList();
        var byYear = rows.GroupBy(r => r.Kind).Select(g => Total(g, g.Key, null, null, null)).ToList();
        return new RollupModel(new RollupFilter(year), rows, byProvince, byYear, new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
    }

    private static decimal Kg(Random random) => Math.Round((decimal)(random.NextDouble() * 2_000_000d), 3);

    /// <summary>Counts what the writer sends and drops it (the response body's stand-in).</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;

        public override long Position
        {
            get => Written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
