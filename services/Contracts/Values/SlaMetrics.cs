namespace CxPlatform.Contracts;

/// <summary>The SLA targets a policy sets per priority, measured in business hours.</summary>
public static class SlaMetrics
{
    public const string FirstReply = "first_reply";
    public const string NextReply = "next_reply";
    public const string Resolution = "resolution";

    public static readonly IReadOnlyList<string> All = [FirstReply, NextReply, Resolution];
}
