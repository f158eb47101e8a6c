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
            return MetricsQuery.Create(request.Metrics, Grain(request.Period), request.From?.ToDateTimeOffset(), request.To?.ToDateTimeOffset(),
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
