namespace CxPlatform.Bench.Surveys.Service;

/// <summary>What the AppHost would hand the Surveys service: its database, broker, keys, its own address, its callees' address and the mail server's port.</summary>
public sealed record SurveysServiceSettings(
    string Database,
    string Messaging,
    string SigningKey,
    string InvitationSigningKey,
    Uri Address,
    string ContactAddress,
    int SmtpPort,
    TimeSpan RecheckInterval);
