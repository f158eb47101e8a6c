using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CxPlatform.AppHost.Otlp;
using CxPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Tests;

/// <summary>
/// The AppHost's OTLP receiver fed by the real OpenTelemetry .NET SDK and OTLP exporter, configured exactly as a service
/// is: ServiceDefaults' <c>AddDefaultTelemetry</c> with the variables the AppHost sets (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// = the dashboard, <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>).
/// </summary>
public sealed class OtlpReceiverTests(AppHostFixture apphost)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Traces_logs_and_metrics_a_service_exports_are_decoded_and_served_to_the_dashboard()
    {
        var service = $"otlp-{Guid.NewGuid():N}"[..16];
        string traceId, rootSpanId;
        using (var host = BuildServiceHost(service))
        {
            await host.StartAsync();
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CxPlatform.Tickets.Outbox");
            var requests = CxDiagnostics.Meter.CreateCounter<long>($"{service}.requests");
            var latency = CxDiagnostics.Meter.CreateHistogram<double>($"{service}.latency", unit: "ms");
            using var source = new ActivitySource(service);

            using (var root = source.StartActivity("GET /api/tickets", ActivityKind.Server)!)
            {
                root.SetTag("http.request.method", "GET");
                traceId = root.TraceId.ToHexString();
                rootSpanId = root.SpanId.ToHexString();
                using (var query = source.StartActivity("SELECT tickets", ActivityKind.Client)!)
                {
                    query.SetTag("db.system.name", "postgresql");
                }
                using (var grpc = source.StartActivity("cx.careoutreach.v1.CareOutreach/GetPlan", ActivityKind.Client)!)
                {
                    using var publish = source.StartActivity("ticket-created publish", ActivityKind.Producer)!;
                    publish.SetStatus(ActivityStatusCode.Error, "broker unreachable");
                }
                logger.LogWarning("Ticket {TicketId} waits for care plan {PlanId}", 42, "p-7");
                requests.Add(3, new KeyValuePair<string, object?>("route", "/api/tickets"));
                latency.Record(12.5);
                latency.Record(30);
            }
            logger.LogDebug("Not exported: below the default level");
            await host.StopAsync();
        }

        // Disposing the host flushed every exporter; the receiver stored what arrived.
        var traces = await apphost.Http.GetFromJsonAsync<List<TraceSummary>>($"/api/traces?service={service}", AppHostFixture.Json);
        var summary = Assert.Single(traces!);
        Assert.Equal(traceId, summary.TraceId);
        Assert.Equal("GET /api/tickets", summary.Name);
        Assert.Equal(service, summary.Service);
        Assert.Equal(4, summary.SpanCount);
        Assert.True(summary.HasError);

        var trace = await apphost.Http.GetFromJsonAsync<TraceDetail>($"/api/traces/{traceId}", AppHostFixture.Json);
        Assert.Equal(
            [("GET /api/tickets", 0, "Server"), ("SELECT tickets", 1, "Client"), ("cx.careoutreach.v1.CareOutreach/GetPlan", 1, "Client"), ("ticket-created publish", 2, "Producer")],
            trace!.Spans.Select(span => (span.Span.Name, span.Depth, span.Span.Kind)));
        var rootSpan = trace.Spans[0].Span;
        Assert.Null(rootSpan.ParentSpanId);
        Assert.Equal(rootSpanId, rootSpan.SpanId);
        Assert.Equal("GET", rootSpan.Attributes["http.request.method"]);
        Assert.Equal(rootSpanId, trace.Spans[1].Span.ParentSpanId);
        Assert.Equal("postgresql", trace.Spans[1].Span.Attributes["db.system.name"]);
        Assert.Equal(("Error", "broker unreachable"), (trace.Spans[3].Span.Status, trace.Spans[3].Span.StatusMessage));
        Assert.All(trace.Spans, span => Assert.True(span.OffsetMs >= 0 && span.Span.DurationMs >= 0));

        var logs = await apphost.Http.GetFromJsonAsync<List<LogEntry>>($"/api/logs?service={service}&level=Warning", AppHostFixture.Json);
        var log = Assert.Single(logs!);
        Assert.Equal("Ticket 42 waits for care plan p-7", log.Message);
        Assert.Equal("Warning", log.Level);
        Assert.Equal("CxPlatform.Tickets.Outbox", log.Category);
        Assert.Equal(traceId, log.TraceId);
        Assert.Equal("42", log.Attributes["TicketId"]);
        var searched = await apphost.Http.GetFromJsonAsync<List<LogEntry>>($"/api/logs?service={service}&search=P-7", AppHostFixture.Json);
        Assert.Equal([log.Sequence], searched!.Select(entry => entry.Sequence));

        var metrics = await apphost.Http.GetFromJsonAsync<List<MetricData>>($"/api/metrics?service={service}", AppHostFixture.Json);
        var counter = Assert.Single(metrics!, metric => metric.Name == $"{service}.requests");
        Assert.Equal("Sum", counter.Type);
        var series = Assert.Single(counter.Series);
        Assert.Equal("/api/tickets", series.Attributes["route"]);
        Assert.Equal(3, series.Latest.Value);
        var histogram = Assert.Single(metrics!, metric => metric.Name == $"{service}.latency");
        Assert.Equal(("Histogram", "ms"), (histogram.Type, histogram.Unit));
        Assert.Equal((2UL, 42.5, 12.5, 30.0), (histogram.Series[0].Latest.Count, histogram.Series[0].Latest.Sum, histogram.Series[0].Latest.Min, histogram.Series[0].Latest.Max));
    }

    [Fact]
    public async Task Searching_traces_finds_them_by_attribute_and_a_missing_trace_is_not_found()
    {
        var service = $"otlp-{Guid.NewGuid():N}"[..16];
        var marker = Guid.NewGuid().ToString("N");
        using (var host = BuildServiceHost(service))
        {
            await host.StartAsync();
            using var source = new ActivitySource(service);
            using (var activity = source.StartActivity("consume ticket-created", ActivityKind.Consumer)!)
            {
                activity.SetTag("messaging.message.id", marker);
            }
            using (source.StartActivity("unrelated", ActivityKind.Internal))
            {
            }
            await host.StopAsync();
        }

        var found = await apphost.Http.GetFromJsonAsync<List<TraceSummary>>($"/api/traces?search={marker}", AppHostFixture.Json);
        Assert.Equal(["consume ticket-created"], found!.Select(trace => trace.Name));
        using var missing = await apphost.Http.GetAsync($"/api/traces/{new string('0', 31)}1");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Only_binary_protobuf_is_accepted()
    {
        using var json = new StringContent("{}", new MediaTypeHeaderValue("application/json"));
        using var garbage = new ByteArrayContent([0xff, 0xff, 0xff]);
        garbage.Headers.ContentType = new MediaTypeHeaderValue(OtlpEndpoints.ProtobufContentType);

        using var jsonResponse = await apphost.Http.PostAsync("/v1/traces", json);
        using var garbageResponse = await apphost.Http.PostAsync("/v1/logs", garbage);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, jsonResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbageResponse.StatusCode);
    }

    /// <summary>A host configured like a service the AppHost starts: ServiceDefaults' telemetry and the AppHost's OTEL_ variables.</summary>
    private IHost BuildServiceHost(string service)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = service,
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = apphost.DashboardUrl,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = service,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={service}-1",
            ["OTEL_TRACES_SAMPLER"] = "always_on",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.AddDefaultTelemetry();
        return builder.Build();
    }
}
