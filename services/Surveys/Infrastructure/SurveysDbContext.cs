using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Infrastructure;

public sealed class SurveysDbContext(DbContextOptions<SurveysDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();
    public DbSet<DistributionRule> DistributionRules => Set<DistributionRule>();
    public DbSet<PlannedInvitation> PlannedInvitations => Set<PlannedInvitation>();
    public DbSet<CustomerApology> CustomerApologies => Set<CustomerApology>();
    public DbSet<SurveySettings> Settings => Set<SurveySettings>();
    public DbSet<KnownCustomer> KnownCustomers => Set<KnownCustomer>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SurveysDbContext).Assembly);
        // Invitation e-mails and webhooks (services/Delivery), committed with the invitation they send.
        modelBuilder.AddDeliveryQueue();
    }
}
