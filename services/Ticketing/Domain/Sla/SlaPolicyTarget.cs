namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>A policy's goal for one metric (<see cref="CxPlatform.Contracts.SlaMetrics"/>), in business minutes.</summary>
public sealed record SlaPolicyTarget(string Metric, int Minutes);
