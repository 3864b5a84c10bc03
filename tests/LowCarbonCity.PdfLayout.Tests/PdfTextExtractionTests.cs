using UglyToad.PdfPig;

namespace LowCarbonCity.PdfLayout.Tests;

public class PdfTextExtractionTests
{
    private const string ThaiHeading = "รายงานการปล่อยก๊าซเรือนกระจก เทศบาลนครเชียงใหม่ ปี พ.ศ. 2567";
    private const string EnglishLine = "Greenhouse gas inventory of Chiang Mai City Municipality, 2024: 123,456.78 tCO₂e";
    private const string StressLine = "ที่ ปี่ ฝั่ง น้ำ ก๊าซ ญี่ปุ่น ฐู ป่า ฟ้า ฝุ่น ปั้น ปิ่น ศึกษา ฤดู ปู่ ป้ำ";

    [Fact]
    public void WriteTo_ThaiAndEnglishText_ExtractsExactlyWithToneMarks()
    {
        using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
        builder.Heading(ThaiHeading);
        builder.Paragraph(EnglishLine);
        builder.Paragraph(StressLine);
        builder.Paragraph(StressLine, TextStyle.Body.AsBold());

        var bytes = PdfTestSupport.Save(builder, "text-extraction.pdf");

        using var pdf = PdfDocument.Open(bytes);
        var text = PdfTestSupport.NormalizeWhitespace(PdfTestSupport.PageText(pdf.GetPage(1)));
        text.Should().Contain(ThaiHeading);
        text.Should().Contain(EnglishLine);
        text.Should().Contain(StressLine + " " + StressLine, "regular and bold (its own shaper and font) both extract");
        text.Should().Contain("tCO₂e");
        text.Should().Contain("ก๊าซ").And.Contain("ปล่อย");
    }

    [Fact]
    public void WriteTo_Metadata_IsTheOptionsPassedIn()
    {
        var options = PdfTestSupport.Options("รายงานทดสอบ") with { Author = "เทศบาลนครเชียงใหม่", Subject = "GHG" };
        using var builder = new PdfDocumentBuilder(options);
        builder.Paragraph("x");

        using var pdf = PdfDocument.Open(builder.ToArray());

        pdf.Information.Title.Should().Be("รายงานทดสอบ");
        pdf.Information.Author.Should().Be("เทศบาลนครเชียงใหม่");
        pdf.Information.Subject.Should().Be("GHG");
        pdf.Information.GetCreatedDateTimeOffset().Should().Be(PdfTestSupport.Created);
    }

    [Fact]
    public void WriteTo_SameContent_SameText()
    {
        string Render()
        {
            using var builder = new PdfDocumentBuilder(PdfTestSupport.Options());
            builder.Paragraph(StressLine);
            using var pdf = PdfDocument.Open(builder.ToArray());
            return PdfTestSupport.PageText(pdf.GetPage(1));
        }

        Render().Should().Be(Render());
    }
}
