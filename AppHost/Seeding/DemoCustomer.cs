namespace CxPlatform.AppHost.Seeding;

/// <summary>A customer of the demo tenant as CareOutreach created it.</summary>
internal sealed record DemoCustomer(Guid Id, string FullName, string Email);
