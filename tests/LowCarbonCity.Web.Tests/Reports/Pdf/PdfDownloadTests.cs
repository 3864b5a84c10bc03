using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using LowCarbonCity.PdfLayout.Tests;
using UglyToad.PdfPig;

namespace LowCarbonCity.Web.Tests.Reports.Pdf;

/// <summary>The PDF download through the report page: a real file for viewers, refused for other organisations.</summary>
public sealed class PdfDownloadTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Download_InventoryPdfPage_ThaiReportForTheProvinceAndRefusedForAnotherMunicipality()
    {
        var client = await app.ClientForAsync(await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"));

        using var response = await client.GetAsync(new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}?handler=Pdf&lang=th", UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("CMI-CM_2024_Organisation_TGO-CFO-2022-04_th.pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        PdfTestSupport.NormalizeWhitespace(PdfTestSupport.PageText(pdf.GetPage(1))).Should().Contain("เทศบาลนครเชียงใหม่").And.Contain("2567");

        var other = await app.ClientForAsync(await app.CreateUserAsync(Roles.MunicipalOfficer, "LCB-CM"));
        using var forbidden = await other.GetAsync(new Uri($"/Reports/Inventory/{DemoIds.Cfo2024}?handler=Pdf", UriKind.Relative));
        forbidden.Headers.Location!.OriginalString.Should().Contain("/Account/AccessDenied");
    }
}
