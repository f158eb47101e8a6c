namespace CxPlatform.AppHost.Hosting.Dashboard;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Tenant, IReadOnlyList<string> Roles);
