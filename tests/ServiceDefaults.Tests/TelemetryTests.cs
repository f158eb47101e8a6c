using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class TelemetryTests(PlatformContainers containers) : IAsyncLifetime
{
    private readonly SampleServiceFixture _fixture = new(containers);

    public ValueTask InitializeAsync() => _fixture.InitializeAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Traces_metrics_and_logs_are_exported_over_OTLP_when_an_endpoint_is_configured()
    {
        await using var collector = await OtlpSink.StartAsync();
        await using var service = await _fixture.StartServiceAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "sample",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });

        // Database work, an outbox publish and a consumption: each produces spans, metrics and logs.
        await service.AddNotesAsync("acme", 2);

        var exported = await Eventually.ReturnsAsync(
            () => Task.FromResult(new[] { "/v1/traces", "/v1/metrics", "/v1/logs" }.Count(path => collector.ExportsTo(path) > 0)),
            n => n == 3);
        Assert.Equal(3, exported);
    }

    [Fact]
    public async Task Nothing_is_exported_without_an_endpoint()
    {
        await using var collector = await OtlpSink.StartAsync();
        await using var service = await _fixture.StartServiceAsync();

        await service.AddNotesAsync("acme", 1);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, collector.ExportsTo("/v1/traces"));
    }
}
