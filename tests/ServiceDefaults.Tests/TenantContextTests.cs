using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class TenantContextTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("acme-eu-2")]
    [InlineData("9lives")]
    public void Slug_tenant_ids_are_accepted(string tenantId)
    {
        var tenant = new TenantContext();
        tenant.Use(tenantId);
        Assert.Equal(tenantId, tenant.TenantId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme corp")]
    [InlineData("acme'; drop table tickets;--")]
    public void Anything_but_a_slug_is_refused(string tenantId) =>
        Assert.Throws<ArgumentException>(() => new TenantContext().Use(tenantId));

    [Fact]
    public void The_tenant_of_an_operation_cannot_change_once_set()
    {
        var tenant = new TenantContext();
        tenant.Use("acme");
        Assert.Throws<InvalidOperationException>(() => tenant.Use("globex"));
    }
}
