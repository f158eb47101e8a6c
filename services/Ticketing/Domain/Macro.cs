using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A canned reply with placeholders, optionally also setting a status and adding tags when applied.</summary>
public sealed class Macro : ITenantScoped
{
    private Macro()
    {
    }

    public Macro(string tenantId, MacroDefinition definition, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        CreatedAt = now;
        Redefine(definition);
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Body { get; private set; } = "";
    public bool IsPublic { get; private set; }
    public string? SetStatus { get; private set; }
    public List<string> AddTags { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public void Redefine(MacroDefinition definition)
    {
        MacroTemplate.EnsureValid(definition.Body);
        (Name, Body, IsPublic, SetStatus, AddTags) =
            (definition.Name, definition.Body, definition.IsPublic, definition.SetStatus, TicketTags.Normalize(definition.AddTags));
    }

    /// <summary>Writes the macro's reply on the ticket and applies its status and tags.</summary>
    public TicketMessage ApplyTo(Ticket ticket, Author agent, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        var message = ticket.AddMessage(agent, MacroTemplate.Render(Body, ticket, agent), IsPublic, now, slaPolicies);
        if (AddTags.Count > 0)
        {
            ticket.ChangeDetails(new TicketDetailsChange(Tags: ticket.Tags.Union(AddTags).ToList()), agent, now, slaPolicies);
        }
        if (SetStatus is not null)
        {
            ticket.ChangeStatus(SetStatus, agent, now, slaPolicies);
        }
        return message;
    }
}
