using CxPlatform.Insights.Apis;
using CxPlatform.Insights.Domain;
using Google.Protobuf.WellKnownTypes;
using SurveyScoreMessage = CxPlatform.Contracts.Grpc.Insights.SurveyScore;
using TouchpointMessage = CxPlatform.Contracts.Grpc.Insights.Touchpoint;

namespace CxPlatform.Insights.Grpc;

/// <summary>Domain → proto for <c>GetCustomerContext</c>.</summary>
internal static class ContextMessages
{
    public static TouchpointMessage ToMessage(Touchpoint touchpoint)
    {
        var message = new TouchpointMessage
        {
            TouchpointId = touchpoint.Id.ToString(),
            Kind = touchpoint.Kind,
            Source = touchpoint.Source,
            OccurredAt = Timestamp.FromDateTimeOffset(touchpoint.OccurredAt),
            Summary = touchpoint.Summary,
        };
        message.Attributes.Add(touchpoint.Attributes);
        return message;
    }

    public static SurveyScoreMessage ToMessage(SurveyScoreEntry score)
    {
        var message = new SurveyScoreMessage
        {
            SurveyKind = score.SurveyKind,
            Category = score.Category ?? "",
            RespondedAt = Timestamp.FromDateTimeOffset(score.RespondedAt),
        };
        if (score.Score is { } value)
        {
            message.Score = value;
        }
        if (score.RelatedTicketId is { } ticket)
        {
            message.RelatedTicketId = ticket.ToString();
        }
        return message;
    }
}
