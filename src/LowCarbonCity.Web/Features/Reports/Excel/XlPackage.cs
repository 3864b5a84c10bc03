using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LowCarbonCity.Web.Features.Reports.Excel;

/// <summary>
/// The fixed parts of a streamed xlsx package (content types, relationships, styles, workbook), written straight
/// into a <see cref="ZipArchive"/> in create mode: the sheets are the only large parts and are written by
/// <see cref="SheetStreamWriter"/>. Worksheets are <c>xl/worksheets/sheet{n}.xml</c>, n from 1.
/// </summary>
internal static class XlPackage
{
    /// <summary>Cell style indexes in <see cref="Styles"/>.</summary>
    public const uint HeaderStyle = 1;

    public const uint TonneStyle = 2;

    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static ZipArchiveEntry Entry(ZipArchive zip, string path) => zip.CreateEntry(path, CompressionLevel.Fastest);

    public static string SheetPath(int n) => string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{n}.xml");

    /// <summary>Content types, package and workbook relationships and styles.</summary>
    public static void WriteFixedParts(ZipArchive zip, int sheets)
    {
        Xml(zip, "[Content_Types].xml", w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(w, "xml", "application/xml");
            Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheets; i++)
            {
                Override(w, "/" + SheetPath(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            w.WriteEndElement();
        });
        Xml(zip, "_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            w.WriteEndElement();
        });
        Xml(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", PackageRelNs);
            for (var i = 1; i <= sheets; i++)
            {
                Relationship(w, SheetRelationship(i), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", string.Create(CultureInfo.InvariantCulture, $"worksheets/sheet{i}.xml"));
            }

            Relationship(w, "rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            w.WriteEndElement();
        });
        using var styles = Entry(zip, "xl/styles.xml").Open();
        Styles().Save(styles);
    }

    /// <summary>The workbook part: sheet names in order, and the hidden filter range of the first sheet if any.</summary>
    public static void WriteWorkbook(ZipArchive zip, IReadOnlyList<string> names, string? firstSheetFilter)
    {
        var sheets = new Sheets();
        for (var i = 0; i < names.Count; i++)
        {
            sheets.Append(new Sheet { Name = names[i], SheetId = (uint)(i + 1), Id = SheetRelationship(i + 1) });
        }

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
        workbook.AddNamespaceDeclaration("r", RelNs);
        if (firstSheetFilter is not null)
        {
            var range = string.Join(':', firstSheetFilter.Split(':').Select(Absolute));
            workbook.Append(new DefinedNames(new DefinedName("'" + names[0].Replace("'", "''", StringComparison.Ordinal) + "'!" + range)
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
        }

        using var stream = Entry(zip, "xl/workbook.xml").Open();
        workbook.Save(stream);
    }

    /// <summary>0 default; 1 header (bold on a light blue fill, wrapped); 2 tonnes (<see cref="XlCells.TonneFormat"/>).</summary>
    public static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = XlCells.TonneFormat }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static string SheetRelationship(int n) => string.Create(CultureInfo.InvariantCulture, $"rIdSheet{n}");

    private static string Absolute(string cell)
    {
        var split = cell.AsSpan().IndexOfAnyInRange('0', '9');
        return "$" + cell[..split] + "$" + cell[split..];
    }

    private static void Xml(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = Entry(zip, path).Open();
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        w.WriteStartDocument(true);
        write(w);
        w.WriteEndDocument();
    }

    private static void Default(XmlWriter w, string extension, string type)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string type)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }
}
