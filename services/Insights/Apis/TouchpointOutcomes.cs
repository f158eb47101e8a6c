namespace CxPlatform.Insights.Apis;

public static class TouchpointOutcomes
{
    public const string Created = "created";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}
