using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Metrics;
using CxPlatform.ServiceDefaults.Errors;
using Google.Protobuf.WellKnownTypes;

namespace CxPlatform.Insights.Grpc;

/// <summary>Maps GetMetrics between proto and <see cref="MetricsQuery"/>/<see cref="MetricsResult"/>; field names in errors are the proto's.</summary>
internal static class MetricMessages
{
    public static MetricsQuery ToQuery(GetMetricsRequest request)
    {
        try
        {
            return MetricsQuery.Create(request.Metrics, Grain(request.Period), Instant(request.From, "from"), Instant(request.To, "to"),
                [.. request.Filters.Select(f => new MetricFilter("filters", f.Dimension, f.Values))], request.GroupBy);
        }
        catch (InvalidRequestException invalid)
        {
            throw GrpcArguments.Invalid(ProtoField(invalid.Field), invalid.Message);
        }
    }

    public static GetMetricsResponse ToMessage(MetricsResult result)
    {
        var response = new GetMetricsResponse();
        response.Series.Add(result.Series.Select(ToMessage));
        return response;
    }

    private static MetricSeries ToMessage(MetricSeriesResult series)
    {
        var message = new MetricSeries { Metric = series.Metric, Unit = series.Unit };
        message.Dimensions.Add(series.Dimensions.ToDictionary());
        message.Points.Add(series.Points.Select(p => new MetricPoint
        {
            PeriodStart = Timestamp.FromDateTimeOffset(p.PeriodStart),
            Value = p.Value,
            SampleSize = p.SampleSize,
        }));
        return message;
    }

    private static DateTimeOffset? Instant(Timestamp? timestamp, string field)
    {
        if (timestamp is null)
        {
            return null;
        }
        // ToDateTimeOffset throws for seconds or nanos outside the Timestamp's normalised range.
        return timestamp is { Seconds: >= -62135596800 and <= 253402300799, Nanos: >= 0 and < 1_000_000_000 }
            ? timestamp.ToDateTimeOffset()
            : throw GrpcArguments.Invalid(field, "is not a valid timestamp.");
    }

    private static MetricGrain? Grain(MetricPeriod period) => period switch
    {
        MetricPeriod.Hour => MetricGrain.Hour,
        MetricPeriod.Day => MetricGrain.Day,
        MetricPeriod.Week => MetricGrain.Week,
        MetricPeriod.Month => MetricGrain.Month,
        _ => null,
    };

    private static string ProtoField(string field) => field switch
    {
        "metric" => "metrics",
        "groupBy" => "group_by",
        _ => field,
    };
}
