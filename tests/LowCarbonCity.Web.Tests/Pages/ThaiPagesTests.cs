using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Resources;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Web.Tests.Pages;

/// <summary>
/// Every page the app maps, as every role, in Thai, on the demo data: no text that comes from the English resources
/// (an English entry whose Thai differs), no enum member name of the domain, no number without its thousands
/// separators or with a dangling ".0", and no empty alert box.
/// </summary>
public sealed partial class ThaiPagesTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    /// <summary>
    /// Enum names that are also the words a Thai page prints on purpose: the GPC notation keys are the standard's own
    /// abbreviations (printed beside their Thai meaning, as TGO's Thai forms do).
    /// </summary>
    private static readonly HashSet<Type> PrintedEnums = [typeof(NotationKey)];

    [Fact]
    public async Task EveryPage_EveryRole_InThai_HasNoEnglishTextEnumNameOrUnformattedNumber()
    {
        var (targetId, _) = await app.CreateTargetAsync("CMI-CM");
        var lineId = await app.WithDbAsync(db => db.ActivityLines.Where(l => l.InventoryId == DemoIds.Cfo2025).OrderBy(l => l.Category).Select(l => l.Id).FirstAsync());
        var organisationId = await app.OrganisationIdAsync("CMI-CM");
        var users = new[]
        {
            await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM"),
            await app.CreateUserAsync(Roles.ProvincialOfficer, "PONRE-50"),
            await app.CreateUserAsync(Roles.TgoAnalyst),
            await app.CreateUserAsync(Roles.Administrator),
            await app.CreateUserAsync(Roles.Verifier, DemoDataSeeder.VerificationBodyCode),
        };
        // An approved inventory of another LAO assigned to the demo body: what its verifier reads (the demo's own
        // approved 2024 inventory stays unassigned, for the page that sends it for verification).
        var bodyId = await app.OrganisationIdAsync(DemoDataSeeder.VerificationBodyCode);
        var assignedId = await app.AssignedInventoryAsync("LCB-CM", 2024, bodyId, users[2].Id);
        await app.CreateEvidenceAsync(DemoIds.Cfo2025, users[0].Id);
        // The assigned inventory with a corrective action and a clarification (answered): the verification page's content.
        await app.RaiseFindingAsync(assignedId, LowCarbonCity.Domain.Verification.FindingKind.CorrectiveAction, "ใบแจ้งหนี้ค่าไฟฟ้าเดือนมีนาคมขาด", 1_200m);
        await app.RaiseFindingAsync(assignedId, LowCarbonCity.Domain.Verification.FindingKind.Clarification, "โปรดชี้แจงที่มาของข้อมูล", null, "จากใบแจ้งหนี้ 12 เดือน");
        var clients = new List<(string Who, HttpClient Client)> { ("anonymous", AppFactory.InThai(app.AnonymousClient())) };
        foreach (var user in users)
        {
            clients.Add((user.Role, AppFactory.InThai(await app.ClientForAsync(user))));
        }

        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Where(p => !p.StartsWith("api/", StringComparison.Ordinal) && !p.StartsWith("openapi", StringComparison.Ordinal) && p != "health")
            .Select(p => p.EndsWith("Index", StringComparison.Ordinal) ? p[..^"Index".Length].TrimEnd('/') : p)
            .Distinct().ToList();
        patterns.Should().Contain(["Inventories/Detail/{id:guid}", "Admin/Users", "Boards/National"]);
        var urls = patterns.ToDictionary(p => p, p => new List<string> { "/" + p
            .Replace("Public/Inventory/{code}/{year:int}/{kind}", "Public/Inventory/CMI-CM/2024/Organisation", StringComparison.Ordinal)
            .Replace("Inventories/Line/{id:guid}", "Inventories/Line/" + lineId, StringComparison.Ordinal)
            .Replace("Verification/Assign/{inventoryId:guid}", "Verification/Assign/" + DemoIds.Cfo2024, StringComparison.Ordinal)
            .Replace("Verification/Bodies/Edit/{id:int?}", "Verification/Bodies/Edit/" + bodyId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{inventoryId:guid}", assignedId.ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", DemoIds.Cfo2025.ToString(), StringComparison.Ordinal)
            .Replace("{id}", users[0].Id, StringComparison.Ordinal)
            .Replace("{id:int}", organisationId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{code}", "TGO-CFO-2022-04", StringComparison.Ordinal)
            .Replace("{targetId:int}", targetId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) });
        // The other demo inventories (approved and read-only; a city by GPC sector), a board with a target's chart, a roll-up with rows.
        foreach (var p in patterns.Where(p => p.StartsWith("Inventories/", StringComparison.Ordinal) && p.EndsWith("{id:guid}", StringComparison.Ordinal) && !p.Contains("Line", StringComparison.Ordinal)))
        {
            urls[p].Add(urls[p][0].Replace(DemoIds.Cfo2025.ToString(), DemoIds.Cfo2024.ToString(), StringComparison.Ordinal));
            urls[p].Add(urls[p][0].Replace(DemoIds.Cfo2025.ToString(), DemoIds.City2025.ToString(), StringComparison.Ordinal));
        }

        // The verifier's view of the inventory assigned to their body, and TGO's form for a new body.
        foreach (var p in new[] { "Inventories/Detail/{id:guid}", "Inventories/Summary/{id:guid}", "Inventories/Review/{id:guid}", "Inventories/Audit/{id:guid}", "Reports/Inventory/{id:guid}" })
        {
            urls[p].Add("/" + p.Replace("{id:guid}", assignedId.ToString(), StringComparison.Ordinal));
        }

        urls["Verification/Assign/{inventoryId:guid}"].Add("/Verification/Assign/" + assignedId);
        urls["Verification/Bodies/Edit/{id:int?}"].Add("/Verification/Bodies/Edit");
        urls["Boards/Province"].Add($"/Boards/Province?province=50&year=2025&target={targetId}");
        urls["Boards/National"].Add("/Boards/National?year=2024");
        urls["Reports/Rollup"].Add("/Reports/Rollup?year=2568"); // typed in the Buddhist Era: 2025

        var english = EnglishOnlyTexts();
        var enumNames = DomainEnumNames();
        var problems = new List<string>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var checkedPages = 0;
        foreach (var (pattern, list) in urls)
        {
            foreach (var url in list)
            {
                foreach (var (who, client) in clients)
                {
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                    if (response.StatusCode != HttpStatusCode.OK && !(pattern == "Account/AccessDenied" && response.StatusCode == HttpStatusCode.Forbidden))
                    {
                        continue;
                    }

                    shown.Add(pattern);
                    checkedPages++;
                    var html = await response.Content.ReadAsStringAsync();
                    problems.AddRange(Check(html, english, enumNames).Distinct().Select(p => $"{url} as {who}: {p}"));
                }
            }
        }

        // The statement is a PDF, read back in Thai by the verification tests.
        patterns.Where(p => !shown.Contains(p) && p is not "Account/SignOut" and not "Account/Language" and not "Verification/Statement/{inventoryId:guid}")
            .Should().BeEmpty("every page should be rendered by some role");
        checkedPages.Should().BeGreaterThan(patterns.Count);
        string.Join(Environment.NewLine, problems.Distinct()).Should().BeEmpty();
    }

    /// <summary>What a person sees on the page that is not Thai: each problem once per page.</summary>
    internal static IEnumerable<string> Check(string html, IReadOnlyList<(string Key, Regex Pattern)> english, IReadOnlyDictionary<string, string> enumNames)
    {
        if (EmptyAlert().Match(html) is { Success: true } empty)
        {
            yield return $"empty alert box {empty.Value}";
        }

        foreach (var text in VisibleTexts(html).Distinct())
        {
            if (AmountAlone().IsMatch(text) && RawNumber().Match(text) is { Success: true } number)
            {
                yield return $"number {number.Value} not formatted for the culture in \"{text}\"";
            }

            if (!AsciiLetter().IsMatch(text))
            {
                continue;
            }

            foreach (var (key, pattern) in english)
            {
                if (pattern.IsMatch(text))
                {
                    yield return $"English text of '{key}' in \"{text}\"";
                }
            }

            // A compound name ("CO2Fossil", "OffRoad") anywhere; a plain word ("City", "Energy") when it is the whole text,
            // as people's own English data ("Chiang Mai City") may use the word.
            var words = Word().Matches(text);
            foreach (Match word in words)
            {
                if (enumNames.TryGetValue(word.Value, out var owner) && (Compound().IsMatch(word.Value) || (words.Count == 1 && text.Trim(' ', ':', '·', '(', ')').Length == word.Length)))
                {
                    yield return $"enum name {owner}.{word.Value} in \"{text}\"";
                }
            }
        }
    }

    /// <summary>The texts of a page a person reads: its title, text nodes, and the placeholder, title, label and alt attributes.</summary>
    internal static IEnumerable<string> VisibleTexts(string html)
    {
        var title = Title().Match(html);
        if (title.Success)
        {
            yield return WebUtility.HtmlDecode(title.Groups[1].Value).Trim();
        }

        var body = NotShown().Replace(html, " ");
        foreach (Match attribute in ShownAttribute().Matches(body))
        {
            yield return WebUtility.HtmlDecode(attribute.Groups["v"].Value).Trim();
        }

        foreach (var node in Tag().Split(body))
        {
            var text = Spaces().Replace(WebUtility.HtmlDecode(node), " ").Trim();
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// Every English resource text whose Thai differs, as a pattern of its literal parts (placeholders match anything),
    /// matched as whole words; texts without a word of three letters are left out (symbols, "CO2e", "%").
    /// </summary>
    internal static IReadOnlyList<(string Key, Regex Pattern)> EnglishOnlyTexts()
    {
        var thai = CultureInfo.GetCultureInfo("th");
        var list = new List<(string, Regex)>();
        foreach (var baseName in Texts.BaseNames)
        {
            var manager = new ResourceManager(baseName, typeof(Texts).Assembly);
            using var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
            using var translated = manager.GetResourceSet(thai, createIfNotExists: true, tryParents: false)!;
            foreach (System.Collections.DictionaryEntry entry in neutral)
            {
                var en = (string)entry.Value!;
                if (string.Equals(en, translated.GetString((string)entry.Key), StringComparison.Ordinal) || !ThreeLetters().IsMatch(en))
                {
                    continue;
                }

                // One word ("Name", "Feb") counts when it is the whole text; longer texts wherever they appear.
                var parts = Placeholder().Split(en.Trim()).Select(Regex.Escape).ToList();
                var pattern = parts.Count == 1 && !en.Trim().Contains(' ', StringComparison.Ordinal)
                    ? @"^\W*" + parts[0] + @"\W*$"
                    : @"(?<![\p{L}\p{N}])" + string.Join(".*?", parts) + @"(?![\p{L}\p{N}])";
                list.Add(((string)entry.Key, new Regex(pattern, RegexOptions.CultureInvariant)));
            }
        }

        return list;
    }

    /// <summary>Every member name of the domain's enums (two letters or more), with its enum's name.</summary>
    internal static IReadOnlyDictionary<string, string> DomainEnumNames() =>
        typeof(ActivityCategory).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && !PrintedEnums.Contains(t))
            .SelectMany(t => Enum.GetNames(t).Select(n => (Name: n, Enum: t.Name)))
            .Where(e => e.Name.Length >= 2)
            .GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Enum, StringComparer.Ordinal);

    [Fact]
    public void Check_FindsEnglishEnumNamesRawNumbersAndEmptyAlerts()
    {
        var english = EnglishOnlyTexts();
        var enums = DomainEnumNames();
        var save = Texts.Instance.Get("Common_Save", CultureInfo.GetCultureInfo("en-GB"));

        Check($"<p>{save}</p>", english, enums).Should().ContainSingle(p => p.Contains("English text of 'Common_Save'", StringComparison.Ordinal));
        Check("<li>CO2Fossil: 1 kg</li>", english, enums).Should().ContainSingle(p => p.Contains("enum name Gas.CO2Fossil", StringComparison.Ordinal));
        Check("<td>1250000.0</td>", english, enums).Should().ContainSingle(p => p.Contains("1250000.0", StringComparison.Ordinal));
        Check("<div class=\"alert alert-danger validation-summary-valid\"><ul><li style=\"display:none\"></li></ul></div>", english, enums)
            .Should().ContainSingle(p => p.StartsWith("empty alert box", StringComparison.Ordinal));
        Check("<p>บันทึก 1,250,000 kWh · พ.ศ. 2569 (NE)</p><div class=\"alert alert-success\">บันทึกแล้ว</div>", english, enums).Should().BeEmpty();
    }

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    /// <summary>
    /// What is not checked: what the browser does not show as text (the head, scripts, styles, comments), sources cited
    /// as published (<c>&lt;cite&gt;</c>: factor sources) and the engine's calculation trace (<c>&lt;code&gt;</c>: formulas).
    /// </summary>
    [GeneratedRegex(@"<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<template\b.*?</template>|<cite\b.*?</cite>|<code\b.*?</code>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NotShown();

    [GeneratedRegex(@"\s(?:placeholder|title|aria-label|alt)=""(?<v>[^""]*)""")]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A capital or a digit after the first letter: "CO2Fossil", "OffRoad", "SF6".</summary>
    [GeneratedRegex(@"^.+[A-Z0-9]")]
    private static partial Regex Compound();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+")]
    private static partial Regex Word();

    /// <summary>Five or more digits with no thousands separator (not part of a longer token), or a decimal ending in ".0".</summary>
    [GeneratedRegex(@"(?<![\w.,:/-])\d{5,}(?:\.\d+)?(?![\w,/-])|(?<![\w.])\d[\d,]*\.0(?![\d\w])")]
    private static partial Regex RawNumber();

    /// <summary>An alert box with nothing in it (a validation summary with no errors, an empty message).</summary>
    [GeneratedRegex(@"<(?:div|p)\b[^>]*class=""[^""]*\balert\b[^""]*""[^>]*>(?:\s|<ul>|</ul>|<li[^>]*>\s*</li>)*</(?:div|p)>")]
    private static partial Regex EmptyAlert();

    /// <summary>A text that is an amount on its own, perhaps with a unit: "1250000.0", "5,000 kg".</summary>
    [GeneratedRegex(@"^[-−+]?\d[\d.,]*(?:\s+\S+)?$")]
    private static partial Regex AmountAlone();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z]")]
    private static partial Regex AsciiLetter();

    [GeneratedRegex(@"[A-Za-z]{3}")]
    private static partial Regex ThreeLetters();
}
