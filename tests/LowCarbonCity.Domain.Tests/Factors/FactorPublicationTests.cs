using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;

namespace LowCarbonCity.Domain.Tests.Factors;

/// <summary>
/// The publications an edition's factors cite for a reader: read from <c>publications.csv</c> and the factor files'
/// <c>publication</c> column, every seeded factor citing one of its own edition's, with a Thai citation in the
/// Buddhist Era and an English one in the Common Era.
/// </summary>
public class FactorPublicationTests
{
    [Fact]
    public void SeedEditions_EveryFactorCitesAPublicationOfItsEdition()
    {
        foreach (var edition in SeedData.Editions)
        {
            edition.Publications.Should().NotBeEmpty(edition.Code);
            edition.Factors.Should().OnlyContain(f => edition.PublicationOf(f) != null, edition.Code);
        }
    }

    [Fact]
    public void SeedPublications_ThaiInBuddhistEraEnglishInCommonEra_NoDeveloperNote()
    {
        var all = SeedData.Editions.SelectMany(e => e.Publications).ToList();

        // The April 2022 CFO list: พ.ศ. 2565 in Thai, 2022 in English.
        var cfo2022 = SeedData.Tgo2022.Publications.Single(p => p.Key == "tgo-cfo-2022-04");
        cfo2022.CitationTh.Should().Contain("เมษายน พ.ศ. 2565").And.NotContain("2022");
        cfo2022.CitationEn.Should().Contain("April 2022").And.NotContain("2565");
        all.Should().OnlyContain(p => p.CitationTh.Any(c => c >= '\u0E00' && c <= '\u0E7F'), "a Thai citation is written in Thai");
        foreach (var note in new[] { "transcri", "[S]", "[V]", "nationthailand", ".md", "gas split", "METHODOLOGY" })
        {
            all.Should().NotContain(p => p.CitationTh.Contains(note, StringComparison.OrdinalIgnoreCase) || p.CitationEn.Contains(note, StringComparison.OrdinalIgnoreCase), note);
        }
    }

    [Fact]
    public void SeedEditions_GridFactors_CiteTheirOwnPublication()
    {
        static string KeyOf(EmissionFactorEdition e) => e.Factors.Single(f => f.Category == ActivityCategory.GridElectricity).PublicationKey!;

        KeyOf(SeedData.Tgo2022).Should().Be("tgo-cfo-2022-04");
        KeyOf(SeedData.Tgo2026).Should().Be("tgo-grid-2025-11");
    }

    [Fact]
    public void ReadEditions_FactorNamingAnotherEditionsPublication_ErrorNamesFileLineAndColumn()
    {
        var files = new Dictionary<string, string>
        {
            ["editions.csv"] = "code,name_en,name_th,source,valid_from_year,valid_to_year,default_gwp,file\nE1,One,หนึ่ง,src,2020,,AR5,e1.csv\nE2,Two,สอง,src,2020,,AR5,e2.csv\n",
            ["publications.csv"] = "edition,key,citation_th,citation_en\nE1,list-a,รายการ ก,List A\nE2,list-b,รายการ ข,List B\n",
            ["e1.csv"] = "category,gas,value,mass_unit,per_unit,source,note,publication\nGridElectricity,CO2e,0.5,kg,kWh,src,,list-a\n",
            ["e2.csv"] = "category,gas,value,mass_unit,per_unit,source,note,publication\nGridElectricity,CO2e,0.5,kg,kWh,src,,list-a\n",
        };

        var result = FactorEditionCsv.ReadEditions(name => new StringReader(files[name]));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<CsvError>(e => e.Line == 2 && e.Column == "publication" && e.Message.StartsWith("e2.csv: Unknown publication 'list-a'"));
    }

    [Fact]
    public void ParsePublications_MissingCitationAndDuplicateKey_ReportsEach()
    {
        const string csv = "edition,key,citation_th,citation_en\nE1,a,ก,A\nE1,b,,B\nE1,a,ก,A again\nE2,a,ก,A\n";

        var result = FactorEditionCsv.ParsePublications(new StringReader(csv));

        result.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "citation_th"), (4, "key"));
    }

    [Fact]
    public void ParseFactors_NoPublicationColumn_StillParses()
    {
        var result = FactorEditionCsv.ParseFactors(new StringReader("category,gas,value,mass_unit,per_unit,source,note\nGridElectricity,CO2e,0.5,kg,kWh,src,\n"), new HashSet<string>());

        result.Errors.Should().BeEmpty();
        result.Items.Single().PublicationKey.Should().BeNull();
    }

    [Fact]
    public void AddFactor_UnknownPublication_Throws()
    {
        var edition = new EmissionFactorEdition("E", "E", "อ", "src", 2020, null, "AR5");
        edition.AddPublication(new FactorPublication("a", "ก", "A"));

        var add = () => edition.AddFactor(new EmissionFactor(ActivityCategory.GridElectricity, Gas.CO2e, 0.5m, Unit.Kilogram, Unit.KWh, "src", publicationKey: "b"));

        add.Should().Throw<InvalidOperationException>().WithMessage("*no publication b*");
    }
}
