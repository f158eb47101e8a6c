using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>A completed apology outreach to a customer (from CareOutreach's <c>OutreachCompleted</c>): no survey for a while after it.</summary>
public sealed class CustomerApology : ITenantScoped
{
    private CustomerApology()
    {
    }

    public Guid OutreachId { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public DateTimeOffset ApologizedAt { get; private set; }

    public static CustomerApology Record(string tenantId, Guid outreachId, Guid customerId, DateTimeOffset at) =>
        new() { OutreachId = outreachId, TenantId = tenantId, CustomerId = customerId, ApologizedAt = at };
}
