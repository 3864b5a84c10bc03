using System.Globalization;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.PdfLayout;
using T = LowCarbonCity.Web.Features.Reports.Pdf.PdfReportTexts;

namespace LowCarbonCity.Web.Features.Reports.Pdf;

/// <summary>
/// What every page of an inventory's documents carries around its content, in one place for the inventory report and
/// the GPC report: the DRAFT / ร่าง watermark while the inventory is not final (<see cref="RollUps.Counted.IsFinal"/>),
/// from page 2 a running head (organisation and year on the left, the document's title on the right), and a footer
/// with when it was generated (Thailand time, named) and "page N of M".
/// </summary>
public static class ReportPageFrame
{
    public static PageDecoration Header(InventoryStatus status, string running, string title, ReportLanguage l) => (canvas, page) =>
    {
        if (!RollUps.Counted.IsFinal(status))
        {
            canvas.DrawWatermark(SignOffPdfSection.DraftMark(l), SignOffPdfSection.WatermarkColor);
        }

        if (page.Number > 1)
        {
            var y = canvas.ContentTop - (canvas.Margins.Top / 2);
            canvas.DrawText(running, TextStyle.Small, canvas.ContentLeft, y);
            canvas.DrawText(title, TextStyle.Small, canvas.ContentRight, y, TextAlignment.Right);
        }
    };

    public static PageDecoration Footer(string generatedAt, ReportLanguage l, PdfReportFormat f, CultureInfo culture)
    {
        var generated = l.Pick("จัดทำเมื่อ ", "Generated on ") + generatedAt;
        var pageFormat = T.PageFormat(l);
        return (canvas, page) =>
        {
            var y = canvas.ContentBottom + (canvas.Margins.Bottom / 2);
            canvas.DrawText(generated, TextStyle.Small, canvas.ContentLeft, y);
            canvas.DrawText(string.Format(culture, pageFormat, f.Count(page.Number), f.Count(page.Count)), TextStyle.Small, canvas.ContentRight, y, TextAlignment.Right);
        };
    }
}
