using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Customers;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Apis;

/// <summary>Customer profiles for care agents and admins. An id that was merged away answers with (and changes) the survivor.</summary>
public static class CustomersApi
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxOpenOutreachInView = 20;

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/customers").WithTags("Customers").RequireAuthorization(CxPolicies.Care);

        api.MapPost("/", CreateCustomer).WithName("CreateCustomer").WithSummary("Create a customer profile").WithIdempotency();
        api.MapGet("/", ListCustomers).WithName("ListCustomers").WithSummary("Customers, oldest first, cursor-paginated");
        api.MapGet("/by-contact-point", FindByContactPoint).WithName("FindCustomerByContactPoint")
            .WithSummary("The customer who owns a contact point (normalized the way it is stored)");
        api.MapGet("/{id:guid}", GetCustomer).WithName("GetCustomer").WithSummary("Get a customer profile");
        api.MapGet("/{id:guid}/view", GetCustomerView).WithName("GetCustomerView")
            .WithSummary("The customer view: profile, open outreach, and Insights' journey context when Insights answers");
        api.MapPatch("/{id:guid}", ChangeCustomer).WithName("ChangeCustomer").WithSummary("Change a profile's details (If-Match)");
        api.MapPost("/{id:guid}/contact-points", AddContactPoint).WithName("AddContactPoint").WithSummary("Add a contact point");
        api.MapDelete("/{id:guid}/contact-points/{contactPointId:guid}", RemoveContactPoint).WithName("RemoveContactPoint")
            .WithSummary("Remove a contact point");
        api.MapPost("/{id:guid}/contact-points/{contactPointId:guid}/verify", VerifyContactPoint).WithName("VerifyContactPoint")
            .WithSummary("Mark a contact point as verified");
        api.MapPost("/{id:guid}/consents", RecordConsent).WithName("RecordConsent")
            .WithSummary("Record a consent decision for a channel and purpose");
        api.MapGet("/{id:guid}/consents/history", GetConsentHistory).WithName("GetConsentHistory")
            .WithSummary("Every consent decision, oldest first");
        api.MapGet("/{id:guid}/contact-decisions", GetContactDecisions).WithName("GetContactDecisions")
            .WithSummary("Contacts the contact budget suppressed or deferred, newest first, with the rule that decided");
        api.MapPost("/{id:guid}/notes", AddNote).WithName("AddCustomerNote").WithSummary("Add a care agent's note");
        api.MapPost("/{id:guid}/merge", MergeCustomer).WithName("MergeCustomer")
            .WithSummary("Fold a duplicate profile of the same person into this one");
        return app;
    }

    public static async Task<Created<CustomerResponse>> CreateCustomer(
        CreateCustomerRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        var contactPoints = request.ContactPoints.Select(p => (p.Normalized(), p.Verified)).ToList();
        foreach (var (contactPoint, _) in contactPoints)
        {
            await services.Directory.EnsureAvailableAsync(contactPoint, null, cancellationToken);
        }
        var customer = Customer.Register(services.Tenant.RequiredTenantId, contactPoints, request.ToDetails(), services.Now);
        services.Db.Customers.Add(customer);
        var response = await services.SaveAsync(customer, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", response);
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> GetCustomer(
        Guid id, [AsParameters] CustomerServices services, CancellationToken cancellationToken) =>
        await services.Directory.FindAsync(id, cancellationToken) is { } customer
            ? TypedResults.Ok(services.Answer(customer))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<CustomerViewResponse>, NotFound>> GetCustomerView(
        Guid id, [AsParameters] CustomerServices services, CustomerInsights insights, CancellationToken cancellationToken)
    {
        if (await services.Directory.FindAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        // Insights is asked first and alone: the context's queries must not wait for a remote call's deadline.
        var context = await insights.FindAsync(customer.Id, cancellationToken);
        var open = await services.Db.OutreachTasks.AsNoTracking()
            .Where(t => t.CustomerId == customer.Id && OutreachStatuses.Open.Contains(t.Status))
            .OrderBy(t => t.DueAt).Take(MaxOpenOutreachInView)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CustomerViewResponse(
            services.Answer(customer), open.Select(OutreachTaskResponse.From).ToList(), context is not null, context));
    }

    public static async Task<Ok<CustomerPage>> ListCustomers(
        [AsParameters] CustomerServices services, [Range(1, MaxPageSize)] int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = services.Db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null);
        if (cursor is not null)
        {
            var after = IdCursor.TryDecode(cursor, out var lastId)
                ? lastId
                : throw new InvalidRequestException("cursor", "Pass back a nextCursor this API returned.");
            query = query.Where(c => c.Id > after);
        }
        var pageSize = limit ?? DefaultPageSize;
        var customers = await query.OrderBy(c => c.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = customers.Count > pageSize ? IdCursor.Encode(customers[pageSize - 1].Id) : null;
        return TypedResults.Ok(new CustomerPage(customers.Take(pageSize).Select(CustomerResponse.From).ToList(), next));
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> FindByContactPoint(
        [AsParameters] CustomerServices services,
        [Required, ValueSet(typeof(ContactPointKinds))] string kind,
        [Required, StringLength(CustomerLimits.ContactPointLength)] string value,
        CancellationToken cancellationToken)
    {
        if (!ContactPointNormalizer.TryNormalize(kind, value, out var contactPoint, out var problem))
        {
            throw new InvalidRequestException(nameof(value), problem);
        }
        return await services.Directory.FindByContactPointAsync(contactPoint, cancellationToken) is { } customer
            ? TypedResults.Ok(services.Answer(customer))
            : TypedResults.NotFound();
    }

    /// <remarks>With <c>If-Match</c> (the ETag of a GET), a change based on a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<CustomerResponse>, NotFound>> ChangeCustomer(
        Guid id, ChangeCustomerRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        customer.Change(request.ToChange(), services.Now);
        return TypedResults.Ok(await services.SaveAsync(customer, cancellationToken));
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> AddContactPoint(
        Guid id, ContactPointRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        var contactPoint = request.Normalized();
        await services.Directory.EnsureAvailableAsync(contactPoint, customer.Id, cancellationToken);
        customer.AddContactPoint(contactPoint, request.Verified, services.Now);
        return TypedResults.Ok(await services.SaveAsync(customer, cancellationToken));
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> RemoveContactPoint(
        Guid id, Guid contactPointId, [AsParameters] CustomerServices services, CancellationToken cancellationToken) =>
        await services.FindForChangeAsync(id, cancellationToken) is { } customer && customer.RemoveContactPoint(contactPointId, services.Now)
            ? TypedResults.Ok(await services.SaveAsync(customer, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> VerifyContactPoint(
        Guid id, Guid contactPointId, [AsParameters] CustomerServices services, CancellationToken cancellationToken) =>
        await services.FindForChangeAsync(id, cancellationToken) is { } customer && customer.VerifyContactPoint(contactPointId, services.Now)
            ? TypedResults.Ok(await services.SaveAsync(customer, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> RecordConsent(
        Guid id, RecordConsentRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        customer.RecordConsent(
            request.Channel, request.Purpose, request.Decision == ConsentDecisions.Granted, services.Actor, request.Source?.Trim(), services.Now);
        return TypedResults.Ok(await services.SaveAsync(customer, cancellationToken));
    }

    public const int MaxContactDecisions = 200;

    /// <remarks>The newest <see cref="MaxContactDecisions"/>; a merged-away id answers with the survivor's.</remarks>
    public static async Task<Results<Ok<List<ContactDecisionResponse>>, NotFound>> GetContactDecisions(
        Guid id, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.Directory.FindAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        var decisions = await services.Db.ContactDecisions.AsNoTracking().Where(d => d.CustomerId == customer.Id)
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).Take(MaxContactDecisions).ToListAsync(cancellationToken);
        return TypedResults.Ok(decisions.Select(ContactDecisionResponse.From).ToList());
    }

    public static async Task<Results<Ok<List<ConsentChangeResponse>>, NotFound>> GetConsentHistory(
        Guid id, [AsParameters] CustomerServices services, CancellationToken cancellationToken) =>
        await services.Directory.FindAsync(id, cancellationToken) is { } customer
            ? TypedResults.Ok(customer.ConsentHistory.Select(ConsentChangeResponse.From).ToList())
            : TypedResults.NotFound();

    public static async Task<Results<Ok<CustomerResponse>, NotFound>> AddNote(
        Guid id, AddNoteRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } customer)
        {
            return TypedResults.NotFound();
        }
        customer.AddNote(request.Text.Trim(), services.Actor, services.Now);
        return TypedResults.Ok(await services.SaveAsync(customer, cancellationToken));
    }

    /// <remarks>The duplicate's contact points, consent history, notes and missing details move here; its id then answers with this customer.</remarks>
    public static async Task<Results<Ok<CustomerResponse>, NotFound>> MergeCustomer(
        Guid id, MergeCustomerRequest request, [AsParameters] CustomerServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } survivor)
        {
            return TypedResults.NotFound();
        }
        var merged = await services.Merger.MergeAsync(survivor, request.DuplicateId, cancellationToken)
            ?? throw new InvalidRequestException("duplicateId", "There is no such customer.");
        return TypedResults.Ok(services.Answer(merged));
    }
}
