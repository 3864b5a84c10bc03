namespace LowCarbonCity.Web.Tests.Browser;

/// <summary>Browser journeys run one class at a time: each starts Chromium, which is heavy on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
