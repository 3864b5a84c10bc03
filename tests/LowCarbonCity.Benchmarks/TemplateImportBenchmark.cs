using System.Globalization;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Web.Data;
using LowCarbonCity.Web.Data.Seed;
using LowCarbonCity.Web.Features.Reports.Template;
using LowCarbonCity.Web.Features.Users;
using LowCarbonCity.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LowCarbonCity.Benchmarks;

/// <summary>
/// docs/design.md section 4: "import of a 500-line filled template under 2 s, all-or-nothing". The app's own
/// services (built as Program builds them, not started) over a fresh SQLite file: [GlobalSetup] creates a municipal
/// officer and builds a filled 500-line template (5 categories, distinct descriptions); [IterationSetup] creates a
/// fresh empty inventory and stamps its id into the template's meta sheet (a template is refused elsewhere). Each
/// operation is one <see cref="TemplateService.ImportAsync"/>: file check, read, cell checks, preview, one
/// ApplyChangesAsync (rights, status, audit, recalculation, one transaction).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PdfReportBenchmark.WebBuildConfig))]
public class TemplateImportBenchmark
{
    public const int Lines = 500;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly (string Category, string Unit)[] Rows =
    [
        ("StationaryDiesel", "L"), ("GridElectricity", "kWh"), ("OnRoadDiesel", "L"), ("StationaryDiesel", "L"), ("GridElectricity", "kWh"),
    ];

    private WebApplication? _app;
    private string? _databaseFile;
    private ClaimsPrincipal? _officer;
    private byte[]? _template;
    private byte[]? _file;
    private Guid _inventoryId;
    private int _version;
    private int _nextYear = 1950;
    private int _editionId;
    private string _gwpSetCode = string.Empty;
    private int _organisationId;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NewInventory() => NewInventoryAsync().GetAwaiter().GetResult();

    /// <summary>Imports the 500-line template into the fresh inventory; throws unless all 500 lines were added.</summary>
    [Benchmark]
    public async Task<int> Import500Lines()
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TemplateService>()
            .ImportAsync(_officer!, _inventoryId, _file!, _version, English, CancellationToken.None);
        return result.IsOk && result.Value!.Added == Lines
            ? result.Value.Added
            : throw new InvalidOperationException("Import failed: " + string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_databaseFile is not null && File.Exists(_databaseFile))
        {
            File.Delete(_databaseFile);
        }
    }

    private async Task SetupAsync()
    {
        _databaseFile = Path.Combine(Path.GetTempPath(), $"lcc-template-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_databaseFile}",
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "false",
        });
        builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
        builder.Services.AddAppServices();
        _app = builder.Build();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
            var created = await provisioner.CreateAsync("bench@bench.local", "Benchmark officer", "Bench-Passw0rd!", Roles.MunicipalOfficer, [DemoDataSeeder.OrganisationCode], CancellationToken.None);
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
            _officer = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByIdAsync(created.Value!))!);

            // An edition for the benchmark's inventories (given by id): the seeded factors, so every line calculates.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var seeded = await db.EmissionFactorEditions.AsNoTracking().Include(e => e.Factors).FirstAsync(e => e.Code == "TGO-CFO-2022-04");
            var edition = new EmissionFactorEdition("BENCH-1950", "Benchmark edition", "ชุดทดสอบ", "benchmark", 1950, 1999, seeded.DefaultGwpSetCode);
            foreach (var f in seeded.Factors)
            {
                edition.AddFactor(new EmissionFactor(f.Category, f.Gas, f.Value, f.MassUnit, f.PerUnit, f.Source, f.Note));
            }

            db.EmissionFactorEditions.Add(edition);
            await db.SaveChangesAsync();
            _editionId = edition.Id;
            _gwpSetCode = edition.DefaultGwpSetCode;
            _organisationId = await db.Organisations.Where(o => o.Code == DemoDataSeeder.OrganisationCode).Select(o => o.Id).SingleAsync();
        }

        await NewInventoryAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var download = await scope.ServiceProvider.GetRequiredService<TemplateService>().DownloadAsync(_officer, _inventoryId, English, CancellationToken.None);
            using var workbook = new XLWorkbook(new MemoryStream(download.Value!.Content));
            var sheet = workbook.Worksheet(TemplateWorkbook.LinesSheet);
            for (var i = 0; i < Lines; i++)
            {
                var (category, unit) = Rows[i % Rows.Length];
                var row = sheet.Row(i + 2);
                row.Cell(TemplateWorkbook.Col.Category).SetValue(category);
                row.Cell(TemplateWorkbook.Col.Description).SetValue(FormattableString.Invariant($"Meter {i + 1:D3}"));
                row.Cell(TemplateWorkbook.Col.Quantity).SetValue(1_000m + i);
                row.Cell(TemplateWorkbook.Col.Unit).SetValue(unit);
            }

            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            _template = stream.ToArray();
        }

        _file = ForInventory(_template, _inventoryId);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var preview = await scope.ServiceProvider.GetRequiredService<TemplateService>().PreviewAsync(_officer, _inventoryId, _file, English, CancellationToken.None);
            if (!preview.IsOk || preview.Value!.Errors.Count != 0 || preview.Value.Added != Lines)
            {
                throw new InvalidOperationException("The benchmark template must preview as 500 good added lines.");
            }
        }
    }

    private async Task NewInventoryAsync()
    {
        // One organisation, one inventory per year: 151 fresh inventories (1950-2100) are enough for any job.
        var year = _nextYear++;
        await using var scope = _app!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inventory = new Inventory(Guid.NewGuid(), _organisationId, year, InventoryKind.Organisation, _editionId, _gwpSetCode, DateTimeOffset.UtcNow);
        db.Inventories.Add(inventory);
        await db.SaveChangesAsync();
        _inventoryId = inventory.Id;
        _version = inventory.Version;
        if (_template is not null)
        {
            _file = ForInventory(_template, _inventoryId);
        }
    }

    /// <summary>The filled template with <paramref name="inventoryId"/> in its meta sheet (setup work, not measured).</summary>
    private static byte[] ForInventory(byte[] template, Guid inventoryId)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        workbook.Worksheet(TemplateWorkbook.MetaSheet).Cell(3, 2).SetValue(inventoryId.ToString("D", CultureInfo.InvariantCulture));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
