using System.Diagnostics;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// The environment a service gets, with the names a .NET Aspire AppHost uses (STYLE.md), so services also run unchanged
/// under Aspire.
/// </summary>
internal sealed class ServiceEnvironment(
    DistributedApplicationModel model, DevelopmentCredentials credentials, AppHostOptions options, DashboardAddress dashboard)
{
    // Inherited from whoever started the AppHost, these would contradict what the AppHost sets.
    private static readonly string[] OwnedPrefixes =
        ["ConnectionStrings__", "services__", "OTEL_", "ASPNETCORE_", "Kestrel__", "Auth__", "Database__", "DOTNET_LAUNCH_PROFILE"];

    public IReadOnlyDictionary<string, string> For(ProjectResource project)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in project.References)
        {
            environment[$"ConnectionStrings__{reference.Name}"] = reference.ConnectionString
                ?? throw new InvalidOperationException($"'{reference.Name}' has no address yet.");
        }
        foreach (var other in model.Projects.Where(other => other != project))
        {
            environment[$"services__{other.Name}__http__0"] = other.HttpUrl;
            environment[$"services__{other.Name}__grpc__0"] = other.GrpcUrl;
        }

        environment["Kestrel__Endpoints__http__Url"] = project.HttpUrl;
        environment["Kestrel__Endpoints__grpc__Url"] = project.GrpcUrl;
        environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        environment["OTEL_SERVICE_NAME"] = project.Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.InstanceId}";
        environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        environment["OTEL_TRACES_SAMPLER"] = "always_on";
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            // A collector of the developer's own (--AppHost:OtlpEndpoint), spoken to over gRPC.
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = options.OtlpEndpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
        }
        else
        {
            // The dashboard's own receiver: the SDK appends /v1/traces, /v1/logs and /v1/metrics.
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.Url;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        }

        environment["Auth__SigningKey"] = credentials.SigningKey;
        environment["Database__MigrateOnStartup"] = "true";
        foreach (var (key, value) in project.Environment)
        {
            environment[key] = value;
        }
        return environment;
    }

    /// <summary>Sets the variables directly on the process (hyphenated names such as <c>services__care-outreach__http__0</c> cannot go through a shell).</summary>
    public void ApplyTo(ProcessStartInfo startInfo, ProjectResource project)
    {
        var inherited = startInfo.Environment.Keys
            .Where(key => OwnedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }
        foreach (var (key, value) in For(project))
        {
            startInfo.Environment[key] = value;
        }
    }
}
