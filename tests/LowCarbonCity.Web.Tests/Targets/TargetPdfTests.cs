using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Features.Reports;
using LowCarbonCity.Web.Features.Reports.Pdf;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Targets;

/// <summary>The "Target and plan" section of the inventory PDF, read back with PdfPig.</summary>
public sealed class TargetPdfTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private async Task<ReportModel> ModelAsync(Guid inventoryId)
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var result = await app.AsUserAsync<ReportService, Result<ReportModel>>(tgo, (s, u) => s.BuildAsync(u, inventoryId, CancellationToken.None));
        result.Status.Should().Be(ResultStatus.Ok);
        return result.Value!;
    }

    private static string Text(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return PdfTestSupport.NormalizeWhitespace(string.Join("\n", pdf.GetPages().Select(PdfTestSupport.PageText)));
    }

    [Fact]
    public async Task Write_OrganisationWithTarget_HasTheTargetSectionInThaiAndEnglishWithItsFigures()
    {
        var inventory = await app.CreateInventoryAsync("RYG-CM", 2019);
        // Base year 2019: 1,000,000 kg in scope 1 = 1,000 t.
        await app.StoreResultsAsync(inventory, (ActivityCategory.OnRoadDiesel, EmissionScope.Scope1, 1_000_000m));
        await app.SetStatusAsync(inventory, InventoryStatus.Approved); // a draft is no target actual
        await app.CreateTargetAsync("RYG-CM");
        var model = await ModelAsync(inventory);

        var english = Text(InventoryPdfWriter.Write(model, English).Content);
        var thai = Text(InventoryPdfWriter.Write(model, Thai).Content);

        // Target: 1,000 x (1 - 21 %) = 790 t. 2030: BAU 1,000 x 1.03^11 = 1,384.23387... t -> 1,384.234; plan = 1,384.23387 - 50
        // (the measure from 2021) = 1,334.23387... -> 1,334.234; gap = 1,334.23387... - 790 = 544.23387... -> 544.234.
        english.Should().Contain("Target and plan").And.Contain("Rayong City Municipality").And.Contain("21 % below the base year")
            .And.Contain("Base-year emissions 1,000.000").And.Contain("Target-year emissions 790.000").And.Contain("Gap chart")
            .And.Contain("2030 – 790.000 1,384.234 1,334.234 544.234");
        thai.Should().Contain("เป้าหมายและแผนลดก๊าซเรือนกระจก").And.Contain("เทศบาลนครระยอง").And.Contain("พ.ศ. 2562 (ค.ศ. 2019)")
            .And.Contain("พ.ศ. 2573 (ค.ศ. 2030)").And.Contain("790.000").And.Contain("กราฟช่องว่างสู่เป้าหมาย");
    }

    [Fact]
    public async Task Write_OrganisationWithoutTarget_HasNoTargetSection()
    {
        var inventory = await app.CreateInventoryAsync("NMA-CM", 2024);
        var model = await ModelAsync(inventory);

        model.Target.Should().BeNull();
        Text(InventoryPdfWriter.Write(model, English).Content).Should().NotContain("Target and plan");
    }
}
