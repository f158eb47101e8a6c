using System.Data;
using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Globalization;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.Surveys.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// Invitations by API call (the "API call" trigger): another service or an admin invites a customer and gets the signed link. The
/// distribution scheduler sends it (unless <c>deliver: false</c>) once CareOutreach's contact policy allows, on the channel it allows.
/// </summary>
public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/surveys/{surveyId:guid}/invitations").WithTags("Invitations")
            .RequireAuthorization(CxPolicies.ServiceOrAdmin);

        api.MapPost("/", CreateInvitation).WithName("CreateInvitation")
            .WithSummary("Invite someone to the survey's latest published version; answers the signed public link").WithIdempotency();
        api.MapGet("/{id:guid}", GetInvitation).WithName("GetInvitation").WithSummary("An invitation, its status and its link");
        return app;
    }

    public static async Task<Results<Created<InvitationDetails>, NotFound>> CreateInvitation(
        Guid surveyId, CreateInvitationRequest request, [AsParameters] InvitationServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken) is not { } survey)
        {
            return TypedResults.NotFound();
        }
        if (!survey.Anonymous && request.CustomerId is null)
        {
            throw new InvalidRequestException("customerId", "This survey is not anonymous: name the customer to invite.");
        }
        var now = services.Time.GetUtcNow();
        var invitation = Invitation.Create(
            services.Tenant.RequiredTenantId,
            survey,
            new InvitationRecipient(request.CustomerId, Normalized(request.Language), request.RelatedTicketId, request.RelatedOutreachId),
            ExpiryOf(request, services, now),
            now);
        if (request.Deliver)
        {
            invitation.SendWhenAllowed(now);
        }
        services.Db.Invitations.Add(invitation);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{surveyId}/invitations/{invitation.Id}", services.Answer(invitation));
    }

    /// <remarks>With the status of its deliveries (the invitation's and the reminder's), read in one snapshot with the invitation.</remarks>
    public static async Task<Results<Ok<InvitationDetails>, NotFound>> GetInvitation(
        Guid surveyId, Guid id, [AsParameters] InvitationServices services, CancellationToken cancellationToken)
    {
        await using var snapshot = await services.Db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        if (await services.Db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.SurveyId == surveyId, cancellationToken) is not { } invitation)
        {
            return TypedResults.NotFound();
        }
        Guid[] ids = invitation.ReminderDeliveryId is { } reminderId ? [invitation.Id, reminderId] : [invitation.Id];
        var deliveries = await services.Db.Deliveries().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        var delivery = deliveries.FirstOrDefault(d => d.Id == invitation.Id);
        var reminder = deliveries.FirstOrDefault(d => d.Id == invitation.ReminderDeliveryId);
        return TypedResults.Ok(services.Answer(invitation) with
        {
            Delivery = delivery is null ? null : InvitationDelivery.From(delivery),
            ReminderDelivery = reminder is null ? null : InvitationDelivery.From(reminder),
        });
    }

    private static string? Normalized(string? language) =>
        string.IsNullOrEmpty(language) ? null : LanguageTags.TryNormalize(language, out var normalized) ? normalized : language;

    private static DateTimeOffset ExpiryOf(CreateInvitationRequest request, InvitationServices services, DateTimeOffset now)
    {
        var options = services.Options.Value;
        var expiresAt = request.ExpiresAt ?? now + options.DefaultInvitationLifetime;
        if (expiresAt <= now.AddMinutes(1) || expiresAt > now + options.MaxInvitationLifetime)
        {
            throw new InvalidRequestException("expiresAt",
                $"An invitation expires in the future, at most {options.MaxInvitationLifetime.TotalDays:0} days from now.");
        }
        return expiresAt;
    }
}
