using System.Globalization;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Calculation.Refrigerants;
using LowCarbonCity.Domain.Calculation.Waste;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>The browser over the demo data (Chiang Mai City Municipality's 2024 and 2025 inventories, its landfill).</summary>
public sealed class DemoBrowserFixture : BrowserFixture
{
    public DemoBrowserFixture()
        : base(new SocketDemoAppFactory())
    {
    }
}

/// <summary>
/// Issue 17's "done means", in Thai in Chromium, on the demo municipality: the municipal officer starts 2026 from
/// last year (the demo's 16 lines), gives every copied line this year's value (15 quantities saved in place, one
/// notation key), adds a landfill line on an existing disposal site, a domestic wastewater line, a monthly electricity
/// meter, a refrigerant line by the screening form and a line with a custom factor, attaches a bill to one line and
/// submits; nothing typed is JSON or an id. Page loads and actions (clicks, fills, selects, uploads, addresses
/// opened) are counted and bounded; the figures are in docs/ui.md. A shorter task on a 390 px phone: open the year,
/// change two lines, save, see "saved" and the total move.
/// Figures by hand (TGO CFO 2026 edition: grid 0.4750 kg CO2e/kWh; AR5: HFC-32 677, HFC-125 3,170):
/// meter 12 x 1,000 kWh = 12,000 kWh x 0.4750 = 5,700 kg = 5.700 t; R-410A 20 kg x 10 %/yr = 2 kg = 1 kg x 677 +
/// 1 kg x 3,170 = 3,847 kg = 3.847 t; a supplier's 0.4 kg CO2e/kWh x 10,000 kWh = 4,000 kg = 4.000 t.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DataEntryJourneyTests(DemoBrowserFixture browser) : IClassFixture<DemoBrowserFixture>
{
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    private const string Saved = "บันทึกรายการแล้ว";

    /// <summary>What a person does on a page, counted: every click, fill, choice, upload and address opened; every page load.</summary>
    private sealed class Person
    {
        private readonly IPage _page;

        public Person(IPage page)
        {
            _page = page;
            page.Load += (_, loaded) =>
            {
                Loads++;
                Pages.Add(loaded.Url);
            };
        }

        public int Actions { get; private set; }

        public int Loads { get; private set; }

        /// <summary>The addresses loaded, in order (printed with the counts).</summary>
        public List<string> Pages { get; } = [];

        public async Task GoAsync(string url)
        {
            Actions++;
            await _page.GotoAsync(url);
        }

        public async Task ClickAsync(string selector)
        {
            Actions++;
            await _page.ClickAsync(selector);
        }

        public async Task FillAsync(string selector, string value)
        {
            // Nothing a person types is JSON or an id.
            value.Should().NotContain("{").And.NotContain("[");
            GuidPattern().IsMatch(value).Should().BeFalse();
            Actions++;
            await _page.FillAsync(selector, value);
        }

        public async Task SelectAsync(string selector, string value)
        {
            Actions++;
            await _page.SelectOptionAsync(selector, value);
        }

        public async Task SelectLabelAsync(string selector, string label)
        {
            Actions++;
            await _page.SelectOptionAsync(selector, new SelectOptionValue { Label = label });
        }

        public async Task UploadAsync(string selector, string path)
        {
            Actions++;
            await _page.SetInputFilesAsync(selector, path);
        }

        /// <summary>Opens the add-line form when it is closed (it is once the inventory has lines).</summary>
        public async Task OpenAddFormAsync()
        {
            if (!await _page.Locator("#add-line-box").EvaluateAsync<bool>("d => d.open"))
            {
                await ClickAsync("#add-line");
            }
        }

        /// <summary>Adds the line in the add form and waits for the editor it leads to.</summary>
        public async Task AddAsync()
        {
            var before = await _page.Locator("tbody[id^='line-']").CountAsync();
            await ClickAsync("#add-save");
            await _page.Locator("tbody[id^='line-']").Nth(before).WaitForAsync();
        }

        public async Task CheckAsync(string selector)
        {
            Actions++;
            await _page.CheckAsync(selector);
        }
    }

    /// <summary>A second disposal site of the demo municipality, with two years of deposits (the journey's "existing site").</summary>
    private async Task SeedSecondSiteAsync()
    {
        var organisationId = await browser.App.OrganisationIdAsync("CMI-CM");
        await browser.App.WithDbAsync(async db =>
        {
            var site = new SolidWasteSite(Guid.NewGuid(), organisationId, "บ่อฝังกลบบ้านแหวน", SiteManagement.UnmanagedShallow, ClimateZone.TropicalMoistWet, coveredWithOxidisingMaterial: false);
            site.SetDeposit(2024, WasteType.Food, 900m, isBackCast: false);
            site.SetDeposit(2025, WasteType.Food, 950m, isBackCast: false);
            db.SolidWasteSites.Add(site);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Last year's figure in a row ("2,812,160 kWh"), as the number to type ("2812160").</summary>
    private static string Number(string lastYear) => lastYear.Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Officer_CopiesLastYear_FillsEveryLine_AddsFiveByForm_AttachesABill_Submits_InThai_NoJsonNoId()
    {
        await SeedSecondSiteAsync();
        var page = await browser.NewPageAsync("th-TH");
        await page.SetViewportSizeAsync(1366, 768);
        await BrowserFixture.SignInAsync(page, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        await page.WaitForLoadStateAsync(LoadState.Load); // the sign-in's own page load is not the journey's
        var officer = new Person(page);

        // Start 2026 (พ.ศ. 2569) from last year.
        await officer.GoAsync("/Inventories/Start");
        await officer.FillAsync("#Input_Year", "2569");
        await officer.CheckAsync("#Input_CopyLastYear");
        await officer.ClickAsync("#start-button");
        await page.WaitForURLAsync("**/Inventories/Detail/**");
        var id = Guid.Parse(page.Url.Split('/').Last().Split('?', '#')[0]);
        var copied = await page.Locator("tbody.line.awaiting").CountAsync();
        copied.Should().Be(16, "the demo's 2025 inventory has 16 lines");
        await BrowserFixture.ScreenshotAsync(page, "journey-copied-th");

        // Every copied line with a quantity last year: this year's figure typed into its row, one "save all".
        var rows = page.Locator("tbody.line.awaiting");
        var keyRow = (string?)null;
        for (var i = 0; i < copied; i++)
        {
            var rowId = await rows.Nth(i).GetAttributeAsync("id");
            var prefix = "l" + Guid.Parse(rowId!["line-".Length..]).ToString("N") + "-";
            var lastYear = await page.InnerTextAsync($"#{prefix}last-year");
            if (!char.IsDigit(lastYear[0]))
            {
                keyRow = prefix; // last year's notation key: this year's too
                continue;
            }

            await officer.FillAsync($"#{prefix}amount", Number(lastYear));
        }

        await officer.ClickAsync("#save-all");
        try
        {
            await page.Locator("#save-status", new() { HasTextString = Saved }).WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await BrowserFixture.ScreenshotAsync(page, "journey-debug");
            Console.WriteLine("DEBUG status: " + await page.InnerTextAsync("#save-status"));
            foreach (var alert in await page.Locator("td[id$='alerts']").AllInnerTextsAsync())
            {
                Console.WriteLine("DEBUG alert: " + alert);
            }

            throw;
        }
        (await page.Locator("tbody.line.awaiting").CountAsync()).Should().Be(1);

        // The one with a notation key: its details, the key and why.
        keyRow.Should().NotBeNull();
        await officer.ClickAsync($"#{keyRow}toggle");
        await page.Locator($"#{keyRow}details-body").WaitForAsync();
        await officer.SelectAsync($"#{keyRow}notation", nameof(NotationKey.NO));
        await officer.FillAsync($"#{keyRow}notation-explanation", "ไม่มีระบบท่อก๊าซธรรมชาติในเขตเทศบาล");
        await officer.ClickAsync($"#{keyRow}save");
        await page.Locator($"#{keyRow}status", new() { HasTextString = Saved }).WaitForAsync();
        (await page.Locator("tbody.line.awaiting").CountAsync()).Should().Be(0);
        var loadsBeforeAdding = officer.Loads;

        // A landfill line on an existing disposal site, picked by its name.
        await officer.OpenAddFormAsync();
        await officer.SelectAsync("#add-category", nameof(ActivityCategory.SolidWasteDisposal));
        await officer.SelectLabelAsync("#new-method-site", "บ่อฝังกลบบ้านแหวน");
        await officer.FillAsync("#new-amount", "1000");
        await officer.SelectAsync("#new-unit", "t");
        await officer.FillAsync("#new-description", "ขยะเข้าบ่อฝังกลบบ้านแหวน");
        await officer.AddAsync();

        // Domestic wastewater: population served and the treatment system.
        await officer.OpenAddFormAsync();
        await officer.SelectAsync("#add-category", nameof(ActivityCategory.DomesticWastewater));
        await officer.FillAsync("#new-amount", "5000");
        await officer.SelectAsync("#new-unit", "person-year");
        await officer.SelectAsync("#new-method-DwPathway", nameof(TreatmentPathway.SepticSystem));
        await officer.FillAsync("#new-description", "ชุมชนริมน้ำ บ่อเกรอะ");
        await officer.AddAsync();

        // A new electricity meter, month by month.
        await officer.OpenAddFormAsync();
        await officer.SelectAsync("#add-category", nameof(ActivityCategory.GridElectricity));
        for (var m = 1; m <= 12; m++)
        {
            await officer.FillAsync($"#new-m{m}", "1000");
        }

        await officer.SelectAsync("#new-unit", "kWh");
        await officer.FillAsync("#new-description", "มิเตอร์ศูนย์พัฒนาเด็กเล็กแห่งใหม่");
        await officer.AddAsync();

        // A refrigerant by the screening form: the gas by its Thai name, the charge and the leak rate.
        await officer.OpenAddFormAsync();
        await officer.SelectLabelAsync("#add-category", "สารทำความเย็น R-410A");
        (await page.IsVisibleAsync("#new-method-Refrigerant")).Should().BeTrue();
        await officer.SelectAsync("#new-method-RefEquipment", nameof(RefrigerationEquipmentClass.Chillers));
        await officer.FillAsync("#new-method-RefChargeKg", "20");
        await officer.FillAsync("#new-method-RefLeakPercent", "10");
        await officer.FillAsync("#new-description", "เครื่องทำน้ำเย็นอาคารสำนักงาน");
        await page.Locator("#new-method-Refrigerant").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-refrigerant-form-th", fullPage: false);
        await officer.AddAsync();

        // A line with the supplier's own factor, in the same add: its value and source (CO2e is preselected, the
        // factor's unit follows the quantity's).
        await officer.OpenAddFormAsync();
        await officer.SelectAsync("#add-category", nameof(ActivityCategory.GridElectricity));
        await officer.FillAsync("#new-amount", "10000");
        await officer.SelectAsync("#new-unit", "kWh");
        await officer.FillAsync("#new-description", "ไฟฟ้าจากผู้ผลิตเอกชนตามสัญญา");
        await officer.ClickAsync("#new-factor-toggle");
        (await page.InputValueAsync("#new-factor-unit")).Should().Be("kWh");
        await officer.FillAsync("#new-factor-value", "0.4");
        await officer.FillAsync("#new-factor-source", "ค่าจากใบรับรองของผู้ผลิตไฟฟ้า");
        await page.Locator("#new-factor-box").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-own-factor-th", fullPage: false);
        await officer.AddAsync();
        var supplier = await InventoryPages.RowPrefixAsync(page, "ไฟฟ้าจากผู้ผลิตเอกชนตามสัญญา");

        var meter = await InventoryPages.RowPrefixAsync(page, "มิเตอร์ศูนย์พัฒนาเด็กเล็กแห่งใหม่");
        var chiller = await InventoryPages.RowPrefixAsync(page, "เครื่องทำน้ำเย็นอาคารสำนักงาน");
        (await page.InnerTextAsync($"#{meter}tco2e")).Should().Be("5.700");
        (await page.InnerTextAsync($"#{chiller}tco2e")).Should().Be("3.847");
        (await page.InnerTextAsync($"#{supplier}tco2e")).Should().Be("4.000");

        // A bill attached from the line, shown on the line.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"journey-{id:N}")).FullName;
        var bill = Path.Combine(folder, "bill-2569-01.pdf");
        await File.WriteAllBytesAsync(bill, "%PDF-1.4\n% electricity bill\n"u8.ToArray());
        await officer.ClickAsync($"#{meter}toggle");
        await page.Locator($"#{meter}details-body").WaitForAsync();
        await officer.ClickAsync($"#{meter}evidence [data-evidence-line]");
        await officer.UploadAsync("#evidence-file", bill);
        await officer.ClickAsync("#evidence-upload");
        var listed = page.Locator("#evidence-list tbody tr", new() { HasTextString = Path.GetFileName(bill) });
        await listed.WaitForAsync();
        (await listed.InnerTextAsync()).Should().Contain("PDF").And.NotContain("application/");
        Directory.Delete(folder, recursive: true);
        await InventoryPages.OpenDetailsAsync(page, meter);
        (await page.InnerTextAsync($"#{meter}evidence")).Should().Contain(Path.GetFileName(bill));
        await BrowserFixture.ScreenshotAsync(page, "journey-editor-th");
        var body = await page.InnerTextAsync("body");
        body.Should().NotContain("ParametersJson");
        GuidPattern().IsMatch(body).Should().BeFalse("no id is shown to a person");

        // Submit.
        await officer.ClickAsync("#link-submit");
        await page.Locator("#checklist-complete").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-submit-th");
        await officer.ClickAsync("#submit-button");
        await page.WaitForURLAsync(url => !url.Contains("/Inventories/Submit/", StringComparison.Ordinal));
        var status = await browser.App.WithDbAsync(db => db.Inventories.AsNoTracking().Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
        status.Should().Be(InventoryStatus.Submitted);

        var lines = await browser.App.WithDbAsync(db => db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == id).ToListAsync());
        lines.Should().HaveCount(21).And.OnlyContain(l => !l.AwaitsValue);
        lines.Single(l => l.Description == "เครื่องทำน้ำเย็นอาคารสำนักงาน").Amount.Should().Be(2m);
        var ownFactor = lines.Single(l => l.Description == "ไฟฟ้าจากผู้ผลิตเอกชนตามสัญญา").CustomFactor!;
        (ownFactor.Gas, ownFactor.KgPerUnit, ownFactor.PerUnit.Code, ownFactor.Justification).Should().Be((Gas.CO2e, 0.4m, "kWh", "ค่าจากใบรับรองของผู้ผลิตไฟฟ้า"));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data-entry journey: {copied} copied lines + 5 added; {officer.Actions} actions, {officer.Loads} page loads ({loadsBeforeAdding} before adding lines): {string.Join(" ", officer.Pages.Select(u => new Uri(u).PathAndQuery))}"));
        officer.Actions.Should().BeLessThanOrEqualTo(77);
        officer.Loads.Should().BeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task OnAPhone_OpenTheYear_ChangeTwoLines_Save_SeeSavedAndTheTotalMove()
    {
        var page = await browser.NewPageAsync("th-TH");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.SignInAsync(page, await browser.App.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"));
        await page.WaitForLoadStateAsync(LoadState.Load); // the sign-in's own page load is not the journey's
        var officer = new Person(page);

        await officer.GoAsync("/Inventories");
        await officer.ClickAsync($"a[href$='/Inventories/Detail/{DemoIds.Cfo2025}']");
        await page.WaitForURLAsync($"**/Inventories/Detail/{DemoIds.Cfo2025}");
        var before = await page.InnerTextAsync("#total-tco2e");
        var tap = await InventoryPages.RowPrefixAsync(page, "สำนักงานและโรงเรียน");
        var paper = await InventoryPages.RowPrefixAsync(page, "กระดาษ A4");
        var tapTonnes = await page.InnerTextAsync($"#{tap}tco2e");

        // 58,000 x 1.04 = 60,320 m3 last entered; this year's bills say 62,000. Paper 7,644 kg -> 7,800.
        await officer.FillAsync($"#{tap}amount", "62000");
        await officer.FillAsync($"#{paper}amount", "7800");
        await officer.ClickAsync("#save-all");
        await page.Locator($"#{tap}status", new() { HasTextString = Saved }).WaitForAsync();
        await page.Locator($"#{paper}status", new() { HasTextString = Saved }).WaitForAsync();
        await page.Locator("#save-status", new() { HasTextString = Saved }).WaitForAsync();

        (await page.InnerTextAsync("#total-tco2e")).Should().NotBe(before);
        (await page.InnerTextAsync($"#{tap}tco2e")).Should().NotBe(tapTonnes);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing is wider than the phone");
        await page.Locator($"#line-{Guid.ParseExact(tap[1..^1], "N")}").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-phone-th", fullPage: false);
        var stored = await browser.App.WithDbAsync(db => db.ActivityLines.AsNoTracking().Where(l => l.InventoryId == DemoIds.Cfo2025 && (l.Description == "สำนักงานและโรงเรียน" || l.Description == "กระดาษ A4")).Select(l => l.Amount).ToListAsync());
        stored.Should().BeEquivalentTo(new decimal?[] { 62_000m, 7_800m });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phone journey (390 px): {officer.Actions} actions, {officer.Loads} page loads"));
        officer.Actions.Should().BeLessThanOrEqualTo(6);
        officer.Loads.Should().BeLessThanOrEqualTo(2);
    }
}
