using System.Globalization;

namespace LowCarbonCity.PdfLayout.Tests;

/// <summary>A document that uses every part of the layout module, as a report would.</summary>
internal static class SampleDocument
{
    public static readonly ChartItem[] Sectors =
    [
        new("พลังงานในอาคาร (Stationary energy)", 48_210.5, "48,210.5 tCO₂e"),
        new("การขนส่ง (Transportation)", 31_877.25, "31,877.3 tCO₂e"),
        new("ของเสีย (Waste)", 12_405, "12,405.0 tCO₂e"),
        new("กระบวนการอุตสาหกรรม (IPPU)", 1_530.75, "1,530.8 tCO₂e"),
        new("เกษตร ป่าไม้ (AFOLU)", 4_020, "4,020.0 tCO₂e"),
    ];

    public static readonly ChartItem[] Years =
    [
        new("ปี 2564", 101_230, "101,230"),
        new("ปี 2565", 99_875, "99,875"),
        new("ปี 2566", 98_410, "98,410"),
        new("ปี 2567", 98_043.5, "98,044"),
    ];

    public static readonly string[] Scopes = ["ขอบเขต 1 (Scope 1)", "ขอบเขต 2 (Scope 2)", "ขอบเขต 3 (Scope 3)"];

    public static readonly StackedBar[] SectorsByScope =
    [
        new("พลังงานในอาคาร", [18_210.5, 30_000, 0], "48,210.5"),
        new("การขนส่ง", [29_877.25, 1_200, 800], "31,877.3"),
        new("ของเสีย", [2_405, 0, 10_000], "12,405.0"),
    ];

    public static PdfDocumentBuilder Build()
    {
        var options = PdfTestSupport.Options("รายงานการปล่อยก๊าซเรือนกระจก") with
        {
            Header = (canvas, page) => canvas.DrawText(
                "เทศบาลนครเชียงใหม่ · Chiang Mai City Municipality", TextStyle.Small, canvas.ContentRight, canvas.Margins.Top / 2, TextAlignment.Right),
            Footer = PageCanvas.PageNumberFooter("หน้า {0} จาก {1}"),
        };
        var builder = new PdfDocumentBuilder(options);
        builder.Heading("รายงานการปล่อยก๊าซเรือนกระจก เทศบาลนครเชียงใหม่ ปี พ.ศ. 2567");
        builder.Paragraph("Greenhouse gas inventory, Chiang Mai City Municipality, 2024 (CE): 98,043.5 tCO₂e");
        builder.Paragraph("ที่ ปี่ ฝั่ง น้ำ ก๊าซ ญี่ปุ่น ฐู ป่า ฟ้า ฝุ่น ปั้น ปิ่น ศึกษา ฤดู ปู่ ป้ำ", TextStyle.Body.WithSize(16));
        builder.KeyValues(
        [
            new("องค์กร", "เทศบาลนครเชียงใหม่"),
            new("จังหวัด", "เชียงใหม่"),
            new("ปีที่รายงาน", "พ.ศ. 2567 (ค.ศ. 2024)"),
            new("ชุดค่าสัมประสิทธิ์", "TGO 2567 ฉบับที่ 1, GWP AR5 100 ปี"),
        ]);
        builder.Heading("ขอบเขตและวิธีการ", 2);
        builder.Paragraph(
            "เทศบาลนครเชียงใหม่มีเป้าหมายลดการปล่อยก๊าซเรือนกระจกลงร้อยละยี่สิบภายในปีพุทธศักราชสองพันห้าร้อยเจ็ดสิบสาม " +
            "โดยส่งเสริมการใช้พลังงานหมุนเวียน การเดินทางด้วยระบบขนส่งสาธารณะ และการจัดการขยะอย่างยั่งยืนในชุมชน " +
            "The inventory follows the GPC BASIC level with scope 1 and scope 2 emissions reported separately.");
        builder.BarChart(new BarChart("การปล่อยตามภาค (tCO₂e)", Sectors) { Height = 170 });
        builder.PieChart(new PieChart("สัดส่วนการปล่อยตามภาค", Sectors) { Height = 170 });
        builder.BarChart(new BarChart("แนวโน้มการปล่อยรายปี (tCO₂e)", Years) { Orientation = BarOrientation.Vertical, Height = 190 });
        builder.StackedBarChart(new StackedBarChart("การปล่อยตามภาคและขอบเขต (tCO₂e)", Scopes, SectorsByScope) { Height = 150 });
        builder.Heading("รายการกิจกรรม", 2);
        var table = new TableDefinition(
        [
            new TableColumn("ลำดับ", ColumnWidth.Fixed(34), TextAlignment.Right),
            new TableColumn("กิจกรรม", ColumnWidth.Proportional(3)),
            new TableColumn("ปริมาณ", ColumnWidth.Proportional(1), TextAlignment.Right),
            new TableColumn("หน่วย", ColumnWidth.Fixed(40)),
            new TableColumn("tCO₂e", ColumnWidth.Proportional(1), TextAlignment.Right),
        ]);
        var rows = Enumerable.Range(1, 45).Select(i => new TableRow(
        [
            i.ToString(CultureInfo.InvariantCulture),
            i % 5 == 0 ? "การใช้ไฟฟ้าในอาคารสำนักงานเทศบาล สถานีสูบน้ำ และไฟถนนสาธารณะทั้งหมดในเขตเทศบาล" : "น้ำมันดีเซล รถเก็บขยะมูลฝอย",
            (i * 1234.5m).ToString("N1", CultureInfo.InvariantCulture),
            i % 5 == 0 ? "kWh" : "L",
            (i * 3.21m).ToString("N2", CultureInfo.InvariantCulture),
        ])).Append(new TableRow(["", "รวมทั้งหมด (Total)", "", "", "3,317.04"], Emphasis: true));
        builder.Table(table, rows);
        return builder;
    }
}
