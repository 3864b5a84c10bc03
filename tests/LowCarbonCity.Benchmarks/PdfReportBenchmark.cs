using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LowCarbonCity.Domain.Calculation;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Organisations;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// docs/design.md section 4: "PDF of one 60-line inventory with charts: under 1 s". The <see cref="ReportModel"/> is plain
/// records built in memory (no database; the figures are illustrative, the writer only renders them). Each operation
/// is one <see cref="InventoryPdfWriter.Write"/> call: layout with HarfBuzz shaping and ICU Thai wrapping, the three
/// charts, the 60-row lines table over several pages, and the PDF bytes. Fonts and ICU load once per process (in the
/// warm-up), as in the running app.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WebBuildConfig))]
public class PdfReportBenchmark
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private ReportModel? _model;

    [GlobalSetup]
    public void Setup()
    {
        _model = Model(60);
        var pdf = InventoryPdfWriter.Write(_model, Thai);
        if (_model.Lines.Count != 60 || pdf.Content.Length < 10_000)
        {
            throw new InvalidOperationException("The benchmark report must have 60 lines and produce a PDF.");
        }
    }

    /// <summary>Thai report of a 60-line CFO inventory with charts.</summary>
    [Benchmark(Baseline = true)]
    public ReportFile WriteThaiPdf() => InventoryPdfWriter.Write(_model!, Thai);

    /// <summary>The same report in English.</summary>
    [Benchmark]
    public ReportFile WriteEnglishPdf() => InventoryPdfWriter.Write(_model!, English);

    /// <summary>A CFO report model of <paramref name="lineCount"/> lines over the common categories, three trend years.</summary>
    public static ReportModel Model(int lineCount)
    {
        ActivityCategory[] categories =
        [
            ActivityCategory.GridElectricity, ActivityCategory.OnRoadDiesel, ActivityCategory.OnRoadB7, ActivityCategory.OnRoadE20,
            ActivityCategory.StationaryLpg, ActivityCategory.StationaryDiesel, ActivityCategory.RefrigerantR32, ActivityCategory.TapWaterPwa,
            ActivityCategory.PaperUncoated, ActivityCategory.OffRoadDiesel,
        ];
        var lines = Enumerable.Range(0, lineCount).Select(i =>
        {
            var d = ActivityCategories.Get(categories[i % categories.Length]);
            var amount = 1_000m + (i * 137.5m);
            var factor = 0.4999m + (i % 7);
            var co2e = amount * factor;
            return new ReportLine(
                Guid.NewGuid(), LinePart.Activity, d.Category, d.NameTh, d.NameEn, d.Group, null, d.CfoScope,
                $"สาขาที่ {i + 1} อาคารสำนักงานและสถานีสูบน้ำ (site {i + 1})", amount, d.DefaultUnit.Code, d.DefaultUnit.NameTh, d.DefaultUnit.NameEn,
                null, amount, d.DefaultUnit.Code,
                [new ReportGas(Gas.CO2e, factor, d.DefaultUnit.Code, "TGO Emission Factor CFO list updated April 2022", 1m, co2e, co2e, false)],
                co2e, 0m, i % 20 == 19, i % 20 == 19 ? "ค่าจากผู้ผลิตตามใบรับรอง (manufacturer certificate)" : null,
                "ใบแจ้งหนี้รายเดือน", (DataQuality)(i % 3), null, null, "amount × factor", false, false, false);
        }).ToList();
        decimal Sum(EmissionScope scope) => lines.Where(l => l.Scope == scope).Sum(l => l.Co2eKg ?? 0m);
        var totals = new ReportTotals(Sum(EmissionScope.Scope1), Sum(EmissionScope.Scope2), Sum(EmissionScope.Scope3), 31_680m, null, null, null);
        var groups = lines.GroupBy(l => l.Group).Select(g =>
        {
            var (th, en) = ReportNames.Of(g.Key);
            return new ReportGroupTotal(g.Key.ToString(), th, en,
                g.Where(l => l.Scope == EmissionScope.Scope1).Sum(l => l.Co2eKg ?? 0m),
                g.Where(l => l.Scope == EmissionScope.Scope2).Sum(l => l.Co2eKg ?? 0m),
                g.Where(l => l.Scope == EmissionScope.Scope3).Sum(l => l.Co2eKg ?? 0m));
        }).ToList();
        var cover = new ReportCover(
            Guid.NewGuid(), "CMI-CM", "เทศบาลนครเชียงใหม่", "Chiang Mai City Municipality", OrganisationType.CityMunicipality, "50", "เชียงใหม่", "Chiang Mai",
            Region.North, 2024, InventoryKind.Organisation, InventoryStatus.Approved, 3, "TGO-CFO-2022-04", "ค่าการปล่อยก๊าซเรือนกระจก CFO ของ อบก. ฉบับปรับปรุงเมษายน 2565",
            "TGO Emission Factor CFO, April 2022", "AR5", "IPCC AR5 (2013) ตามที่ อบก. ใช้ใน CFO", "IPCC AR5 (2013), 100-year, as TGO applies it for CFO",
            new ReportCitation("IPCC (พ.ศ. 2556) รายงานการประเมินฉบับที่ 5 คณะทำงานที่ 1 ตารางที่ 8.A.1", "IPCC (2013), AR5 WG1, Table 8.A.1"));
        var at = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        return new ReportModel(
            cover, totals, [], groups,
            [
                new ReportTrendPoint(2022, InventoryStatus.Verified, totals.Scope1Kg * 1.1m, totals.Scope2Kg, totals.Scope3Kg, false),
                new ReportTrendPoint(2023, InventoryStatus.Approved, totals.Scope1Kg * 1.05m, totals.Scope2Kg, totals.Scope3Kg, false),
                new ReportTrendPoint(2024, InventoryStatus.Approved, totals.Scope1Kg, totals.Scope2Kg, totals.Scope3Kg, true),
            ],
            lines,
            [.. lines.Select(l => new ReportFactorUsed(l.Category, l.CategoryNameTh, l.CategoryNameEn, Gas.CO2e, l.Gases[0].FactorKgPerUnit!.Value, l.UnitCode!, new ReportCitation("อบก. ค่าการปล่อยก๊าซเรือนกระจก CFO ฉบับปรับปรุงเดือนเมษายน พ.ศ. 2565", "TGO, Emission factors for CFO, updated April 2022"), l.UsesCustomFactor, 1m)).Distinct()],
            [new ReportMemoItem(Guid.NewGuid(), "สารทำความเย็น R-22", "Refrigerant R-22", "Old air-conditioners", [Gas.HCFC22], 31_680m)],
            [.. lines.GroupBy(l => l.DataQuality).Select(g => new ReportDataQuality(g.Key, g.Count(), g.Sum(l => l.Co2eKg ?? 0m)))],
            [
                new ReportReviewStep(InventoryStatus.Draft, InventoryStatus.Submitted, "officer@cmi.example", null, at.AddDays(-3)),
                new ReportReviewStep(InventoryStatus.Submitted, InventoryStatus.Approved, "reviewer@cmi.example", "ตรวจสอบแล้ว", at.AddDays(-1)),
            ],
            [],
            at);
    }

    /// <summary>
    /// The generated benchmark project rebuilds the Web project without the shared compiler, which takes longer than
    /// BenchmarkDotNet's default 2-minute build timeout on a 2-core machine.
    /// </summary>
    public sealed class WebBuildConfig : ManualConfig
    {
        public WebBuildConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
