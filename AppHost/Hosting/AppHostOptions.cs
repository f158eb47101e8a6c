namespace CxPlatform.AppHost.Hosting;

/// <summary>Settings of the AppHost itself (section <c>AppHost</c>; e.g. <c>dotnet run --project AppHost -- --AppHost:Servers=Local</c>).</summary>
public sealed class AppHostOptions
{
    public const string SectionName = "AppHost";

    /// <summary>The dashboard's loopback port; when taken, any free port. 0 means any free port.</summary>
    public int DashboardPort { get; set; } = 18888;

    public ServerMode Servers { get; set; } = ServerMode.Auto;

    /// <summary>Where the AppHost builds services and keeps local server data; default <c>artifacts/apphost</c> in the repository.</summary>
    public string? ArtifactsPath { get; set; }

    /// <summary>An OpenTelemetry collector (OTLP/gRPC) for the services instead of the dashboard's own receiver.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How long a started resource may take to become healthy.</summary>
    public TimeSpan HealthyTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a service gets between SIGTERM and a kill.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRestartDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Run each project's assembly as an earlier <c>dotnet build</c> of the solution left it (in the project's own
    /// <c>bin/{Configuration}</c>) instead of building it into <see cref="ArtifactsPath"/>; start-up then fails if it is missing.
    /// </summary>
    public bool Prebuilt { get; set; }

    /// <summary>The build configuration of the projects (built or, with <see cref="Prebuilt"/>, looked up).</summary>
    public string Configuration { get; set; } = "Debug";
}
