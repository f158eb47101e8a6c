namespace CxPlatform.Care.Domain;

/// <summary>The customer's current decision for one channel and purpose: the latest entry of the history for that pair.</summary>
public sealed record ConsentState(string Channel, string Purpose, bool Granted, DateTimeOffset ChangedAt);
