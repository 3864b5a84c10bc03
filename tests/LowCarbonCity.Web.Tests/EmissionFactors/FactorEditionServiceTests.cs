using LowCarbonCity.Domain.Factors;
using LowCarbonCity.Domain.Inventory;
using LowCarbonCity.Domain.Quantities;
using LowCarbonCity.Web.Features.EmissionFactors;
using LowCarbonCity.Web.Features.Inventories;
using LowCarbonCity.Web.Features.Shared;
using LowCarbonCity.Web.Hosting;
using LowCarbonCity.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LowCarbonCity.Web.Tests.EmissionFactors;

public sealed class FactorEditionServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ValidCsv =
        "category,gas,value,mass_unit,per_unit,source,note\n" +
        "GridElectricity,CO2e,0.4818,kg,kWh,TGO test list item 1,\n" +
        "OnRoadDiesel,CO2Fossil,2.6987,kg,L,\"TGO test list, item 2\",a note\n";

    private static PublishEditionInput Header(string code) => new()
    {
        Code = code, NameEn = "Test edition", NameTh = "ชุดทดสอบ", Source = "TGO test publication", ValidFromYear = 2090, ValidToYear = 2091, DefaultGwpSetCode = "AR5",
    };

    private Task<Result<string>> PublishAsync(TestUser user, PublishEditionInput header, string csv) =>
        app.AsUserAsync<FactorEditionService, Result<string>>(user, (s, p) => s.PublishAsync(p, header, csv, CancellationToken.None));

    private Task<int> EditionCountAsync() => app.WithDbAsync(db => db.EmissionFactorEditions.CountAsync());

    [Fact]
    public async Task PublishAsync_TgoAnalyst_CreatesANewEditionWithEveryFactorAndAnAuditEntry()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await PublishAsync(tgo, Header("TEST-PUB-1"), ValidCsv);

        result.Status.Should().Be(ResultStatus.Ok);
        var detail = await app.AsUserAsync<FactorEditionService, Result<EditionDetail>>(tgo, (s, p) => s.GetAsync(p, "TEST-PUB-1", CancellationToken.None));
        detail.Value!.Factors.Should().HaveCount(2);
        detail.Value.Factors.Should().ContainSingle(f => f.Category == ActivityCategory.GridElectricity && f.Value == 0.4818m && f.PerUnit == "kWh");
        detail.Value.Sources.Should().Contain(["TGO test publication", "TGO test list item 1", "TGO test list, item 2"]);
        detail.Value.Summary.IsLocked.Should().BeFalse();
        var audited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(EmissionFactorEdition) && a.Action == "Added" && a.UserId == tgo.Id));
        audited.Should().BeTrue();
    }

    [Theory]
    [InlineData(Roles.Administrator, null)]
    [InlineData(Roles.MunicipalOfficer, "CMI-CM")]
    [InlineData(Roles.ProvincialOfficer, "PONRE-50")]
    public async Task PublishAsync_NotATgoAnalyst_IsForbiddenAndCreatesNothing(string role, string? organisation)
    {
        var user = await app.CreateUserAsync(role, organisation);
        var before = await EditionCountAsync();

        var result = await PublishAsync(user, Header($"TEST-NO-{role}"[..15]), ValidCsv);

        result.Status.Should().Be(ResultStatus.Forbidden);
        (await EditionCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PublishAsync_InvalidCsv_ReportsEveryErrorWithLineAndColumnAndCreatesNothing()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var before = await EditionCountAsync();
        const string csv =
            "category,gas,value,mass_unit,per_unit,source,note\n" +
            "GridElectricity,CO2e,0.5,kg,kWh,ok,\n" +
            "NoSuchCategory,CO2e,0.5,kg,kWh,src,\n" +
            "GridElectricity,CH4Fossil,-1,kg,kWh,src,\n";

        var result = await PublishAsync(tgo, Header("TEST-BAD-CSV"), csv);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors["Csv"].Should().Contain(m => m.StartsWith("line 3, column category", StringComparison.Ordinal));
        result.Errors["Csv"].Should().Contain(m => m.StartsWith("line 4, column value", StringComparison.Ordinal));
        (await EditionCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PublishAsync_BadMetadataOrEmptyFile_IsInvalidKeyedByField()
    {
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);

        var result = await PublishAsync(tgo, Header("TGO-CFO-2022-04") with { ValidToYear = 2080, DefaultGwpSetCode = "AR99" }, string.Empty);

        result.Status.Should().Be(ResultStatus.Invalid);
        result.Errors.Keys.Should().Contain(["Code", "ValidToYear", "DefaultGwpSetCode", "Csv"]);
    }

    [Fact]
    public async Task SubmitAsync_InventoryUsesAnEdition_LocksItAndTheEditionCannotGetFactorsAdded()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");
        var tgo = await app.CreateUserAsync(Roles.TgoAnalyst);
        var inventoryId = await app.CreateInventoryAsync("CMI-CM", 2024);
        var inventory = await app.InventoryAsync(inventoryId);
        var code = await app.WithDbAsync(db => db.EmissionFactorEditions.Where(e => e.Id == inventory.FactorEditionId).Select(e => e.Code).SingleAsync());

        var submitted = await app.AsUserAsync<InventoryWorkflowService, Result<int>>(municipal, (s, p) =>
            s.SubmitAsync(p, new TransitionInput { InventoryId = inventoryId, ExpectedVersion = inventory.Version }, CancellationToken.None));

        submitted.Status.Should().Be(ResultStatus.Ok);
        var detail = await app.AsUserAsync<FactorEditionService, Result<EditionDetail>>(municipal, (s, p) => s.GetAsync(p, code, CancellationToken.None));
        detail.Value!.Summary.IsLocked.Should().BeTrue();
        var edition = await app.WithDbAsync(db => db.EmissionFactorEditions.Include(e => e.Factors).SingleAsync(e => e.Code == code));
        var add = () => edition.AddFactor(new EmissionFactor(ActivityCategory.GridElectricity, Gas.CH4Fossil, 0.001m, Unit.Kilogram, Unit.KWh, "late addition"));
        add.Should().Throw<InvalidOperationException>().WithMessage("*locked*");
        var republish = await PublishAsync(tgo, Header(code), ValidCsv);
        republish.Status.Should().Be(ResultStatus.Invalid);
        republish.Errors.Should().ContainKey("Code");
        var lockAudited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(EmissionFactorEdition) && a.Action == "Modified" && a.NewValues!.Contains("IsLocked")));
        lockAudited.Should().BeTrue();
    }

    [Fact]
    public async Task ListAsync_AnySignedInUser_SeesTheSeededEditions()
    {
        var municipal = await app.CreateUserAsync(Roles.MunicipalOfficer, "CMI-CM");

        var list = await app.AsUserAsync<FactorEditionService, Result<IReadOnlyList<EditionSummary>>>(municipal, (s, p) => s.ListAsync(p, CancellationToken.None));

        list.Value!.Select(e => e.Code).Should().Contain(["TGO-CFO-2022-04", "TGO-CFO-2026-01"]);
        list.Value!.Should().OnlyContain(e => e.FactorCount > 0);
    }
}
