namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>Authorization policies; admins may do what every human role may do.</summary>
public static class CxPolicies
{
    public const string Agent = "agent";
    public const string Care = "care";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
    public const string Service = "service";

    /// <summary>Service-to-service APIs (gRPC): another service, or an admin inspecting them.</summary>
    public const string ServiceOrAdmin = "service-or-admin";
}
