using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.ServiceDefaults;

namespace CxPlatform.Insights.Apis;

/// <summary>The rules an external touchpoint must meet; every broken rule is reported under its field's name.</summary>
public static class TouchpointValidation
{
    private static readonly HashSet<string> PlatformSources = [ResourceNames.Ticketing, ResourceNames.CareOutreach, ResourceNames.Surveys, ResourceNames.Insights];

    public static Dictionary<string, string[]> Validate(TouchpointRequest? request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors[""] = ["A touchpoint is required."];
            return errors;
        }
        if (string.IsNullOrWhiteSpace(request.Kind) || !TouchpointKinds.All.Contains(request.Kind))
        {
            errors["kind"] = [$"The kind must be one of: {string.Join(", ", TouchpointKinds.All)}."];
        }
        var source = request.Source?.Trim();
        if (string.IsNullOrEmpty(source) || source.Length > TouchpointLimits.SourceLength)
        {
            errors["source"] = [$"The source is required, at most {TouchpointLimits.SourceLength} characters."];
        }
        else if (PlatformSources.Contains(source.ToLowerInvariant()))
        {
            errors["source"] = ["Platform services' names are reserved for their own events."];
        }
        if (request.ExternalId is { } externalId && (externalId.Trim().Length == 0 || externalId.Length > TouchpointLimits.ExternalIdLength))
        {
            errors["externalId"] = [$"The external id is 1–{TouchpointLimits.ExternalIdLength} characters, or absent."];
        }
        if (request.CustomerId == Guid.Empty)
        {
            errors["customerId"] = ["The customer id must not be the empty UUID."];
        }
        if (request.OccurredAt is not { } occurredAt)
        {
            errors["occurredAt"] = ["When the touchpoint happened is required."];
        }
        else if (occurredAt > now + TouchpointLimits.MaxFutureSkew || occurredAt < TouchpointLimits.EarliestOccurredAt)
        {
            errors["occurredAt"] = ["The touchpoint must have happened already (after 1970)."];
        }
        if (request.Summary?.Length > TouchpointLimits.SummaryLength)
        {
            errors["summary"] = [$"The summary is at most {TouchpointLimits.SummaryLength} characters."];
        }
        if (AttributeProblem(request) is { } problem)
        {
            errors["attributes"] = [problem];
        }
        return errors;
    }

    private static string? AttributeProblem(TouchpointRequest request)
    {
        var attributes = request.Attributes ?? [];
        if (attributes.Count > TouchpointLimits.MaxAttributes)
        {
            return $"At most {TouchpointLimits.MaxAttributes} attributes.";
        }
        if (attributes.Any(a => a.Key.Length is 0 or > TouchpointLimits.AttributeKeyLength || a.Value is null || a.Value.Length > TouchpointLimits.AttributeValueLength))
        {
            return $"Attribute names are 1–{TouchpointLimits.AttributeKeyLength} characters, values at most {TouchpointLimits.AttributeValueLength}.";
        }
        if (request.Kind == TouchpointKinds.ReviewPosted && attributes.TryGetValue(TouchpointAttributes.Rating, out var rating)
            && rating is not ("1" or "2" or "3" or "4" or "5"))
        {
            return "A review's rating is a whole number from 1 to 5.";
        }
        return null;
    }
}
