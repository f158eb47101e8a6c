using System.Globalization;
using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// Folds one new touchpoint into the customer's state row with a single upsert: counts add up, first/last instants are
/// LEAST/GREATEST, and a "last score" is replaced only by one that occurred later, so arrival order does not matter.
/// </summary>
internal static class CustomerStates
{
    public static Task UpsertAsync(InsightsDbContext db, string tenantId, Guid customerId, TouchpointDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = draft.OccurredAt;
        var isOrder = draft.Kind == TouchpointKinds.OrderPlaced;
        var orderAt = isOrder ? at : (DateTimeOffset?)null;
        var nps = SurveyScore(draft, SurveyKinds.Nps);
        var csat = SurveyScore(draft, SurveyKinds.Csat);
        var rating = draft.Kind == TouchpointKinds.ReviewPosted ? Number(draft.Attributes, TouchpointAttributes.Rating) : null;
        var npsAt = nps is null ? (DateTimeOffset?)null : at;
        var csatAt = csat is null ? (DateTimeOffset?)null : at;
        var ratingAt = rating is null ? (DateTimeOffset?)null : at;
        var sentiment = draft.Kind == PlatformKinds.OutreachCompleted ? draft.Attributes.GetValueOrDefault(TouchpointAttributes.Sentiment) : null;
        var sentimentAt = sentiment is null ? (DateTimeOffset?)null : at;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO customer_states AS s ("TenantId", "CustomerId", "FirstSeenAt", "LastActivityAt", "TouchpointCount", "OrderCount",
                "FirstOrderAt", "LastOrderAt", "LastNpsScore", "LastNpsAt", "LastCsatScore", "LastCsatAt", "LastReviewRating", "LastReviewAt", "LastSentiment", "LastSentimentAt", "HealthReasons", "BelowThreshold", "UpdatedAt")
            VALUES ({tenantId}, {customerId}, {at}, {at}, 1, {(isOrder ? 1 : 0)},
                {orderAt}, {orderAt}, {nps}, {npsAt}, {csat}, {csatAt}, {rating}, {ratingAt}, {sentiment}, {sentimentAt}, ARRAY[]::text[], FALSE, {now})
            ON CONFLICT ("TenantId", "CustomerId") DO UPDATE SET
                "FirstSeenAt" = LEAST(s."FirstSeenAt", EXCLUDED."FirstSeenAt"),
                "LastActivityAt" = GREATEST(s."LastActivityAt", EXCLUDED."LastActivityAt"),
                "TouchpointCount" = s."TouchpointCount" + 1,
                "OrderCount" = s."OrderCount" + EXCLUDED."OrderCount",
                "FirstOrderAt" = LEAST(s."FirstOrderAt", EXCLUDED."FirstOrderAt"),
                "LastOrderAt" = GREATEST(s."LastOrderAt", EXCLUDED."LastOrderAt"),
                "LastNpsScore" = CASE WHEN EXCLUDED."LastNpsAt" >= s."LastNpsAt" OR s."LastNpsAt" IS NULL THEN COALESCE(EXCLUDED."LastNpsScore", s."LastNpsScore") ELSE s."LastNpsScore" END,
                "LastNpsAt" = GREATEST(s."LastNpsAt", EXCLUDED."LastNpsAt"),
                "LastCsatScore" = CASE WHEN EXCLUDED."LastCsatAt" >= s."LastCsatAt" OR s."LastCsatAt" IS NULL THEN COALESCE(EXCLUDED."LastCsatScore", s."LastCsatScore") ELSE s."LastCsatScore" END,
                "LastCsatAt" = GREATEST(s."LastCsatAt", EXCLUDED."LastCsatAt"),
                "LastReviewRating" = CASE WHEN EXCLUDED."LastReviewAt" >= s."LastReviewAt" OR s."LastReviewAt" IS NULL THEN COALESCE(EXCLUDED."LastReviewRating", s."LastReviewRating") ELSE s."LastReviewRating" END,
                "LastReviewAt" = GREATEST(s."LastReviewAt", EXCLUDED."LastReviewAt"),
                "LastSentiment" = CASE WHEN EXCLUDED."LastSentimentAt" >= s."LastSentimentAt" OR s."LastSentimentAt" IS NULL THEN COALESCE(EXCLUDED."LastSentiment", s."LastSentiment") ELSE s."LastSentiment" END,
                "LastSentimentAt" = GREATEST(s."LastSentimentAt", EXCLUDED."LastSentimentAt"),
                "UpdatedAt" = EXCLUDED."UpdatedAt"
            """, cancellationToken);
    }

    private static int? SurveyScore(TouchpointDraft draft, string surveyKind) =>
        draft.Kind == PlatformKinds.SurveyResponded && draft.Attributes.GetValueOrDefault(TouchpointAttributes.SurveyKind) == surveyKind
            ? Number(draft.Attributes, TouchpointAttributes.Score)
            : null;

    private static int? Number(IReadOnlyDictionary<string, string> attributes, string key) =>
        attributes.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
