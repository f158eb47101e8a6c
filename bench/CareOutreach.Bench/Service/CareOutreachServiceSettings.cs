namespace CxPlatform.Bench.CareOutreach.Service;

/// <summary>What the AppHost would hand the CareOutreach service: its database, broker, signing key, endpoints and mail server.</summary>
public sealed record CareOutreachServiceSettings(
    string Database, string Messaging, string SigningKey, Uri HttpAddress, Uri GrpcAddress, int SmtpPort);
