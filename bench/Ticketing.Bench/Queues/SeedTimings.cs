namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>Seconds each seeding step took; indexes are dropped for the inserts and built again afterwards.</summary>
public sealed record SeedTimings(double Tickets, double Messages, double SearchDocuments, double Indexes, double VacuumAnalyze)
{
    public double Total => Math.Round(Tickets + Messages + SearchDocuments + Indexes + VacuumAnalyze, 1);
}
