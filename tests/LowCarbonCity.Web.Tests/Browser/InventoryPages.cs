using Microsoft.Playwright;

namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>What a person does on the inventory pages, by the pages' element ids (docs/ui.md), for the journeys.</summary>
internal static class InventoryPages
{
    /// <summary>Starts an inventory of <paramref name="year"/> (Common Era) on /Inventories/Start; returns its id (the editor's URL).</summary>
    public static async Task<Guid> StartAsync(IPage page, int year, bool copyLastYear = false)
    {
        await page.GotoAsync("/Inventories/Start");
        // The year is typed in the page's calendar: the Buddhist Era in Thai.
        var typed = await page.GetAttributeAsync("html", "lang") == "th" ? year + 543 : year;
        await page.FillAsync("#Input_Year", typed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (copyLastYear)
        {
            await page.CheckAsync("#Input_CopyLastYear");
        }

        await page.ClickAsync("#start-button");
        await page.WaitForURLAsync("**/Inventories/Detail/**");
        return Guid.Parse(page.Url.Split('/').Last().Split('?', '#')[0]);
    }

    /// <summary>Adds a line with a quantity through the editor's add form.</summary>
    public static async Task AddQuantityAsync(IPage page, string category, decimal amount, string unit)
    {
        await OpenAddFormAsync(page);
        await page.SelectOptionAsync("#add-category", category);
        await page.FillAsync("#new-amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#new-unit", unit);
        await SaveNewLineAsync(page);
    }

    /// <summary>Adds a line with a notation key and its explanation through the editor's add form.</summary>
    public static async Task AddNotationAsync(IPage page, string category, string key, string explanation)
    {
        await OpenAddFormAsync(page);
        await page.SelectOptionAsync("#add-category", category);
        await page.SelectOptionAsync("#new-notation", key);
        await page.FillAsync("#new-notation-explanation", explanation);
        await SaveNewLineAsync(page);
    }

    /// <summary>The add-line form sits in a closed details box once the inventory has lines.</summary>
    private static async Task OpenAddFormAsync(IPage page)
    {
        if (!await page.Locator("#add-line-box").EvaluateAsync<bool>("d => d.open"))
        {
            await page.ClickAsync("#add-line");
        }
    }

    private static async Task SaveNewLineAsync(IPage page)
    {
        var before = await page.Locator("tbody[id^='line-']").CountAsync();
        await page.ClickAsync("#add-save");
        await page.Locator("tbody[id^='line-']").Nth(before).WaitForAsync();
    }

    /// <summary>The id prefix ("l{id:N}-") of the line row whose annual quantity input holds <paramref name="amount"/> (stored with its scale: 10000.000000).</summary>
    public static async Task<string> CardPrefixAsync(IPage page, decimal amount)
    {
        var value = amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await page.Locator($"tbody[id^='line-']:has(input[id$='-amount']:is([value='{value}'], [value^='{value}.']))").First.GetAttributeAsync("id");
        return PrefixOf(id!);
    }

    /// <summary>The id prefix ("l{id:N}-") of the line row whose description is <paramref name="description"/>.</summary>
    public static async Task<string> RowPrefixAsync(IPage page, string description)
    {
        var id = await page.Locator("tbody[id^='line-']", new() { Has = page.Locator(".line-title", new() { HasTextString = description }) }).First.GetAttributeAsync("id");
        return PrefixOf(id!);
    }

    /// <summary>Opens a row's details (loaded on demand) and waits for them.</summary>
    public static async Task OpenDetailsAsync(IPage page, string prefix)
    {
        await page.ClickAsync($"#{prefix}toggle");
        await page.Locator($"#{prefix}details-body").WaitForAsync();
    }

    private static string PrefixOf(string rowId) => "l" + Guid.Parse(rowId["line-".Length..]).ToString("N") + "-";

    public static async Task SubmitAsync(IPage page, Guid inventoryId)
    {
        await page.GotoAsync($"/Inventories/Submit/{inventoryId}");
        await page.ClickAsync("#submit-button");
        await page.WaitForURLAsync(url => !url.Contains("/Inventories/Submit/", StringComparison.Ordinal));
    }
}
