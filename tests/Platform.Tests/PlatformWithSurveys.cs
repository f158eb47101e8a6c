using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>CareOutreach, Ticketing and Surveys up, in the AppHost's order: Surveys calls both and consumes Ticketing's events.</summary>
public sealed class PlatformWithSurveys : PlatformServices
{
    public PlatformWithSurveys(PlatformContainers containers) : base(containers) =>
        Surveys = new SurveysService(containers, Ticketing, CareOutreach);

    public SurveysService Surveys { get; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Surveys.InitializeAsync();
        await CareOutreach.StartAsync();
        await Ticketing.StartAsync();
        await Surveys.StartAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Surveys.DisposeAsync();
        await base.DisposeAsync();
    }
}
