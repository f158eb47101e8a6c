namespace CxPlatform.Insights.Domain;

/// <summary>Attribute keys Insights itself reads (external touchpoints also use the keys docs/contracts.md lists for templates).</summary>
public static class TouchpointAttributes
{
    /// <summary>A review's rating, 1–5.</summary>
    public const string Rating = "rating";

    public const string OrderId = "order_id";
    public const string SurveyKind = "survey_kind";
    public const string Score = "score";
    public const string Category = "category";
    public const string RelatedTicketId = "related_ticket_id";

    /// <summary>A completed outreach's sentiment as the care agent judged it (<c>Sentiments</c>).</summary>
    public const string Sentiment = "sentiment";
}
