using System.Globalization;
using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

public class PageNumberTests
{
    [Fact]
    public void Footer_ManyPages_EveryPageSaysNOfM()
    {
        var options = PdfTestSupport.Options() with
        {
            Header = (canvas, page) => canvas.DrawText("รายงานก๊าซเรือนกระจก", TextStyle.Small, canvas.ContentRight, canvas.Margins.Top / 2, TextAlignment.Right),
            Footer = PageCanvas.PageNumberFooter("หน้า {0} จาก {1}"),
        };
        using var builder = new PdfDocumentBuilder(options);
        for (var i = 1; i <= 150; i++)
        {
            builder.Paragraph(string.Create(CultureInfo.InvariantCulture, $"ย่อหน้าที่ {i}: การปล่อยก๊าซเรือนกระจกจากภาคพลังงาน"));
        }

        builder.NewPage();
        builder.Paragraph("หน้าสุดท้าย");

        using var pdf = PdfDocument.Open(PdfTestSupport.Save(builder, "page-numbers.pdf"));
        var count = pdf.NumberOfPages;
        count.Should().Be(builder.PageCount).And.BeGreaterThan(2);
        foreach (var page in pdf.GetPages())
        {
            var text = PdfTestSupport.PageText(page);
            text.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"หน้า {page.Number} จาก {count}"));
            text.Should().Contain("รายงานก๊าซเรือนกระจก");
        }
    }

    [Fact]
    public void Spacer_LargerThanRemainingSpace_AddsNoPageByItself()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.Paragraph("ก่อน");
        builder.Spacer(5000);

        builder.PageCount.Should().Be(1);
        builder.Paragraph("หลัง");
        builder.PageCount.Should().Be(2);
        builder.CursorY.Should().BeApproximately(builder.ContentTop + (TextStyle.Body.LineHeight * 1) + (TextStyle.Body.Size * 0.5f), 0.01f);
    }

    [Fact]
    public void NewPage_CalledTwice_CountsEmptyPageToo()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.Paragraph("one");
        builder.NewPage();
        builder.NewPage();

        using var pdf = PdfDocument.Open(builder.ToArray());

        pdf.NumberOfPages.Should().Be(3);
        PdfTestSupport.PageText(pdf.GetPage(2)).Should().Contain("Page 2 of 3");
    }
}
