using System.IO.Compression;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace CxPlatform.AppHost.Otlp;

/// <summary>
/// The AppHost's OTLP/HTTP receiver (binary protobuf, optionally gzip-compressed): <c>POST /v1/traces</c>, <c>/v1/logs</c>
/// and <c>/v1/metrics</c>, the paths an OpenTelemetry SDK appends to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>.
/// </summary>
internal static class OtlpEndpoints
{
    public const string ProtobufContentType = "application/x-protobuf";

    public static IEndpointRouteBuilder MapOtlpReceiver(this IEndpointRouteBuilder app)
    {
        var otlp = app.MapGroup("/v1");
        otlp.MapPost("/traces", (HttpRequest request, TraceStore store) =>
                ReceiveAsync(request, ExportTraceServiceRequest.Parser, message => store.Add(message), new ExportTraceServiceResponse()))
            .WithName("OtlpTraces");
        otlp.MapPost("/logs", (HttpRequest request, LogStore store) =>
                ReceiveAsync(request, ExportLogsServiceRequest.Parser, message => store.Add(message), new ExportLogsServiceResponse()))
            .WithName("OtlpLogs");
        otlp.MapPost("/metrics", (HttpRequest request, MetricStore store) =>
                ReceiveAsync(request, ExportMetricsServiceRequest.Parser, message => store.Add(message), new ExportMetricsServiceResponse()))
            .WithName("OtlpMetrics");
        return app;
    }

    private static async Task<IResult> ReceiveAsync<TRequest>(
        HttpRequest request, MessageParser<TRequest> parser, Action<TRequest> store, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), ProtobufContentType, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem($"Send OTLP as {ProtobufContentType} (http/protobuf).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        TRequest message;
        try
        {
            var body = request.Headers.ContentEncoding.ToString().Equals("gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(request.Body, CompressionMode.Decompress)
                : request.Body;
            await using (body)
            {
                using var buffer = new MemoryStream();
                await body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
                buffer.Position = 0;
                message = parser.ParseFrom(buffer);
            }
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidDataException)
        {
            return Results.Problem($"Not an OTLP protobuf message: {exception.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        store(message);
        return Results.Bytes(response.ToByteArray(), ProtobufContentType);
    }
}
