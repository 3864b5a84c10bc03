using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace LowCarbonCity.PdfLayout.Tests;

public class FontTests
{
    [Theory]
    [InlineData(PdfFonts.RegularFileName, "Sarabun Regular", 83080, "b8150084e25734e6f31696c57ff009f5564efa09d295848b717d9e2328c0311d")]
    [InlineData(PdfFonts.BoldFileName, "Sarabun Bold", 82592, "5d1fc1ee63ab861fb2022a212b5ff270848582bb9d9cba73b2d2aaabb16d0a18")]
    public void VendoredFont_IsTheOflSarabunBuildWeRecorded(string fileName, string fullName, long size, string sha256)
    {
        var path = Path.Combine(PdfFonts.DefaultDirectory, fileName);

        File.Exists(path).Should().BeTrue("the Fonts folder is copied to the build output");
        var bytes = File.ReadAllBytes(path);
        bytes.LongLength.Should().Be(size);
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(sha256, "see src/LowCarbonCity.PdfLayout/Fonts/README.md");
        var names = ReadNames(bytes);
        names[4].Should().Be(fullName);
        names[13].Should().Contain("SIL Open Font License, Version 1.1");
        File.Exists(Path.Combine(PdfFonts.DefaultDirectory, "OFL.txt")).Should().BeTrue();
    }

    [Fact]
    public void Shared_LoadsRegularAndBoldFromFiles_CoveringThaiLatinAndSubscriptTwo()
    {
        var fonts = PdfFonts.Shared;

        fonts.Regular.FamilyName.Should().Be("Sarabun");
        fonts.Bold.FontStyle.Weight.Should().Be((int)SKFontStyleWeight.Bold);
        foreach (var typeface in new[] { fonts.Regular, fonts.Bold })
        {
            typeface.ContainsGlyphs("ก๊าซเรือนกระจก tCO₂e 2567").Should().BeTrue();
        }
    }

    /// <summary>Windows-platform (3) English names from the TrueType <c>name</c> table, by name id.</summary>
    private static Dictionary<int, string> ReadNames(byte[] font)
    {
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = span[(12 + (16 * i))..];
            if (Encoding.ASCII.GetString(record[..4]) != "name")
            {
                continue;
            }

            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var name = span[offset..];
            var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
            var strings = name[BinaryPrimitives.ReadUInt16BigEndian(name[4..])..];
            var result = new Dictionary<int, string>();
            for (var j = 0; j < count; j++)
            {
                var r = name[(6 + (12 * j))..];
                if (BinaryPrimitives.ReadUInt16BigEndian(r) == 3 && BinaryPrimitives.ReadUInt16BigEndian(r[4..]) == 0x409)
                {
                    var id = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
                    var length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
                    var start = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
                    result[id] = Encoding.BigEndianUnicode.GetString(strings.Slice(start, length));
                }
            }

            return result;
        }

        throw new InvalidDataException("No name table.");
    }
}
